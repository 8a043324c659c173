// bytes: an immutable byte string backed by a Uint8Array, and the three
// codecs pygil knows (utf-8, ascii, latin-1) that convert between bytes and
// str.
//
// The codecs are written out rather than left to TextEncoder/TextDecoder
// because Python programs see the details those hide: the position and
// reason in a UnicodeDecodeError, and the error handlers ('replace',
// 'ignore', 'backslashreplace' ...), which replace exactly the byte ranges
// CPython's decoder reports.

import { PyObject, makeBuiltinType, PyType } from './object.js';
import { pyErr, newException, UnicodeDecodeError, UnicodeEncodeError, LookupError } from './exceptions.js';

export const bytesType = makeBuiltinType('bytes', null, 'other');

export class PyBytes extends PyObject {
  b: Uint8Array;
  constructor(b: Uint8Array, cls: PyType = bytesType) {
    super(cls);
    this.b = b;
  }
}

bytesType.alloc = (cls) => new PyBytes(new Uint8Array(0), cls);

export const bytearrayType = makeBuiltinType('bytearray', null, 'other');

/**
 * bytearray: a PyBytes whose buffer may be replaced when it changes size.
 * Being a PyBytes, it is accepted wherever bytes-like arguments are.
 */
export class PyByteArray extends PyBytes {
  constructor(b: Uint8Array, cls: PyType = bytearrayType) {
    super(b, cls);
  }
}

bytearrayType.alloc = (cls) => new PyByteArray(new Uint8Array(0), cls);

export type Codec = 'utf-8' | 'ascii' | 'latin-1';

/** CPython's codec lookup for the encodings pygil has; null when unknown. */
export function lookupCodec(name: string): Codec | null {
  switch (name.toLowerCase().replace(/[-_ ]/g, '')) {
    case 'utf8': case 'u8': case 'utf': case 'cp65001':
      return 'utf-8';
    case 'ascii': case 'usascii': case '646': case 'us':
      return 'ascii';
    case 'latin1': case 'latin': case 'l1': case 'iso88591': case '8859': case 'cp819': case 'iso8859':
      return 'latin-1';
  }
  return null;
}

export function unknownEncoding(name: string): PyObject {
  return pyErr(LookupError, `unknown encoding: ${name}`);
}

function unknownHandler(name: string): PyObject {
  return pyErr(LookupError, `unknown error handler name '${name}'`);
}

/** Index in code points of the code unit at `unit` (CPython counts code points). */
function cpIndex(s: string, unit: number): number {
  let n = 0;
  for (let i = 0; i < unit; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < unit) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) i++;
    }
    n++;
  }
  return n;
}

function escapeChar(cp: number): string {
  if (cp < 0x100) return '\\x' + cp.toString(16).padStart(2, '0');
  if (cp < 0x10000) return '\\u' + cp.toString(16).padStart(4, '0');
  return '\\U' + cp.toString(16).padStart(8, '0');
}

// ---------------------------------------------------------------- encoding

/** A growable byte buffer (encoders do not know the final size up front). */
class ByteSink {
  buf: Uint8Array;
  n = 0;
  constructor(capacity: number) {
    this.buf = new Uint8Array(Math.max(16, capacity));
  }
  push(b: number): void {
    if (this.n === this.buf.length) {
      const nb = new Uint8Array(this.buf.length * 2);
      nb.set(this.buf);
      this.buf = nb;
    }
    this.buf[this.n++] = b;
  }
  pushAscii(s: string): void {
    for (let i = 0; i < s.length; i++) this.push(s.charCodeAt(i));
  }
  result(): Uint8Array {
    return this.buf.slice(0, this.n);
  }
}

/** str.encode(encoding, errors) for a codec returned by lookupCodec. */
export function encodeString(s: string, codec: Codec, errors: string): Uint8Array {
  const limit = codec === 'ascii' ? 0x80 : codec === 'latin-1' ? 0x100 : 0x110000;
  const out = new ByteSink(s.length);
  for (let i = 0; i < s.length; ) {
    let cp = s.charCodeAt(i);
    let w = 1;
    if (cp >= 0xd800 && cp < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (d - 0xdc00);
        w = 2;
      }
    }
    const lone = cp >= 0xd800 && cp < 0xe000;
    if (cp < limit && !(codec === 'utf-8' && lone)) {
      if (codec === 'utf-8') pushUtf8(out, cp);
      else out.push(cp);
      i += w;
      continue;
    }
    // An unencodable run: strict mode reports all of it at once.
    let j = i + w;
    while (j < s.length) {
      const c2 = s.codePointAt(j)!;
      const bad = codec === 'utf-8' ? c2 >= 0xd800 && c2 < 0xe000 : c2 >= limit;
      if (!bad) break;
      j += c2 > 0xffff ? 2 : 1;
    }
    encodeError(s, i, j, codec, errors, out);
    i = j;
  }
  return out.result();
}

function pushUtf8(out: ByteSink, cp: number): void {
  if (cp < 0x80) out.push(cp);
  else if (cp < 0x800) {
    out.push(0xc0 | (cp >> 6));
    out.push(0x80 | (cp & 0x3f));
  } else if (cp < 0x10000) {
    out.push(0xe0 | (cp >> 12));
    out.push(0x80 | ((cp >> 6) & 0x3f));
    out.push(0x80 | (cp & 0x3f));
  } else {
    out.push(0xf0 | (cp >> 18));
    out.push(0x80 | ((cp >> 12) & 0x3f));
    out.push(0x80 | ((cp >> 6) & 0x3f));
    out.push(0x80 | (cp & 0x3f));
  }
}

function encodeError(s: string, start: number, end: number, codec: Codec, errors: string, out: ByteSink): void {
  const cps: number[] = [];
  for (let k = start; k < end; ) {
    const c = s.codePointAt(k)!;
    // A lone high surrogate followed by a low one would read as a pair; keep them apart.
    const cp = c > 0xffff && codec === 'utf-8' ? s.charCodeAt(k) : c;
    cps.push(cp);
    k += cp > 0xffff ? 2 : 1;
  }
  const strictError = () => {
    const reason = codec === 'utf-8' ? 'surrogates not allowed' : `ordinal not in range(${codec === 'ascii' ? 128 : 256})`;
    const p = cpIndex(s, start);
    // str() of the error spells out the message from these five (exception-type.ts).
    return newException(UnicodeEncodeError, [codec, s, p, p + cps.length, reason]);
  };
  switch (errors) {
    case 'strict':
      throw strictError();
    case 'ignore':
      return;
    case 'replace':
      for (let k = 0; k < cps.length; k++) out.push(0x3f);
      return;
    case 'backslashreplace':
      for (const cp of cps) out.pushAscii(escapeChar(cp));
      return;
    case 'xmlcharrefreplace':
      for (const cp of cps) out.pushAscii(`&#${cp};`);
      return;
    // The two surrogate handlers cope with some characters only; for others
    // the codec's own error stands.
    case 'surrogatepass':
      if (codec !== 'utf-8' || !cps.every((cp) => cp >= 0xd800 && cp <= 0xdfff)) throw strictError();
      for (const cp of cps) pushUtf8(out, cp);
      return;
    case 'surrogateescape':
      // A byte that decoding with surrogateescape turned into U+DC80..U+DCFF.
      if (!cps.every((cp) => cp >= 0xdc80 && cp <= 0xdcff)) throw strictError();
      for (const cp of cps) out.push(cp - 0xdc00);
      return;
  }
  throw unknownHandler(errors);
}

// ---------------------------------------------------------------- decoding

/** bytes.decode(encoding, errors) for a codec returned by lookupCodec. */
export function decodeBytes(b: Uint8Array, codec: Codec, errors: string): string {
  if (codec === 'latin-1') return latin1String(b);
  let out = '';
  let from = 0; // start of the pending run of ASCII bytes
  for (let i = 0; i < b.length; ) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    out += latin1String(b.subarray(from, i));
    if (codec === 'ascii') {
      out += decodeError(b, i, i + 1, codec, 'ordinal not in range(128)', errors);
      from = ++i;
      continue;
    }
    const r = utf8Sequence(b, i);
    if (r.cp >= 0) out += String.fromCodePoint(r.cp);
    else if (errors === 'surrogatepass' && isEncodedSurrogate(b, i)) {
      out += String.fromCharCode(0xd000 | ((b[i + 1] & 0x3f) << 6) | (b[i + 2] & 0x3f));
      r.len = 3;
    } else out += decodeError(b, i, i + r.len, codec, r.reason, errors);
    i += r.len;
    from = i;
  }
  return out + latin1String(b.subarray(from));
}

/**
 * The UTF-8 sequence starting at b[i] (a non-ASCII byte): its code point and
 * length, or cp -1 with the reason and the length of the bad prefix, as
 * CPython reports them.
 */
function utf8Sequence(b: Uint8Array, i: number): { cp: number; len: number; reason: string } {
  const c = b[i];
  let need: number, lo = 0x80, hi = 0xbf, cp: number;
  if (c >= 0xc2 && c <= 0xdf) { need = 1; cp = c & 0x1f; }
  else if (c >= 0xe0 && c <= 0xef) {
    need = 2; cp = c & 0x0f;
    if (c === 0xe0) lo = 0xa0;
    else if (c === 0xed) hi = 0x9f; // no encoded surrogates
  } else if (c >= 0xf0 && c <= 0xf4) {
    need = 3; cp = c & 0x07;
    if (c === 0xf0) lo = 0x90;
    else if (c === 0xf4) hi = 0x8f;
  } else return { cp: -1, len: 1, reason: 'invalid start byte' };
  for (let k = 1; k <= need; k++) {
    if (i + k >= b.length) return { cp: -1, len: k, reason: 'unexpected end of data' };
    const d = b[i + k];
    if (d < lo || d > hi) return { cp: -1, len: k, reason: 'invalid continuation byte' };
    lo = 0x80;
    hi = 0xbf;
    cp = (cp << 6) | (d & 0x3f);
  }
  return { cp, len: need + 1, reason: '' };
}

/** ED A0..BF 80..BF at b[i]: a surrogate (U+D800..U+DFFF) written as UTF-8, which strict UTF-8 refuses. */
function isEncodedSurrogate(b: Uint8Array, i: number): boolean {
  return i + 2 < b.length && b[i] === 0xed && b[i + 1] >= 0xa0 && b[i + 1] <= 0xbf && b[i + 2] >= 0x80 && b[i + 2] <= 0xbf;
}

function decodeError(b: Uint8Array, start: number, end: number, codec: Codec, reason: string, errors: string): string {
  switch (errors) {
    case 'strict':
    case 'surrogatepass': // passes only encoded surrogates (decodeBytes), else fails as strict
      // str() of the error spells out the message from these five (exception-type.ts).
      throw newException(UnicodeDecodeError, [codec, new PyBytes(b.slice()), start, end, reason]);
    case 'ignore':
      return '';
    case 'replace':
      return '\ufffd';
    case 'backslashreplace': {
      let s = '';
      for (let k = start; k < end; k++) s += escapeChar(b[k]);
      return s;
    }
    case 'surrogateescape': {
      let s = '';
      for (let k = start; k < end; k++) s += String.fromCharCode(0xdc00 + b[k]);
      return s;
    }
  }
  throw unknownHandler(errors);
}

/** Each byte as the character with that code (latin-1), in chunks to bound argument lists. */
export function latin1String(b: Uint8Array): string {
  if (b.length < 4096) return String.fromCharCode.apply(null, b as unknown as number[]);
  let s = '';
  for (let i = 0; i < b.length; i += 4096) s += String.fromCharCode.apply(null, b.subarray(i, i + 4096) as unknown as number[]);
  return s;
}

/** The inverse of latin1String: every code unit must be below 256. */
export function latin1Bytes(s: string): Uint8Array {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
  return b;
}
