// bytes: the constructor, the special methods and the common methods.
//
// Most methods view the bytes as a latin-1 string (one character per byte)
// and reuse the str algorithms of format/str-methods.ts, which then behave
// exactly as CPython's bytes methods do. The exceptions are the ones where
// bytes differ from str: whitespace (ASCII only), case (ASCII letters only)
// and the character classes.

import { PyObject, PyType, typeOf } from '../object.js';
import { method, constructor, classMethod, staticMethod } from '../define.js';
import { typeError, valueError, indexError, overflowError, PyBaseException } from '../exceptions.js';
import { ssizeValue } from '../int-math.js';
import { typeName, hashString, toIndex, callDescr, call, getIter, iterNext, allocInstance } from '../ops.js';
import { bytesRepr } from '../format/int-text.js';
import * as M from '../format/str-methods.js';
import { PySlice, sliceIndices } from '../slice.js';
import { PyList, PyTuple, tuple } from '../tuple.js';
import { PyIter } from '../iter.js';
import { defineIteratorMethods } from './tuple-type.js';
import { PyBuiltin, PyClassMethod } from '../function.js';
import { makeBuiltinType } from '../object.js';
import { NotImplemented } from '../singletons.js';
import { arith, repeatOverflows } from '../arith.js';
import { percentFormat } from '../format/percent.js';
import { bytesPercentHost } from '../format-hosts.js';
import {
  PyBytes, PyByteArray, bytearrayType, bytesType, lookupCodec, encodeString, decodeBytes, unknownEncoding, latin1String, latin1Bytes,
} from '../bytes.js';
import { noArgs, oneArg, posArgs, posArgsOld, kwArgs, wrapperArgs, badSelf, clinicTypeName } from './native-args.js';
import { strValue, sliceStr, ssizeArg, cIntArg } from './str-type.js';
import { intValue } from './int-type.js';

const bytesIteratorType = makeBuiltinType('bytes_iterator', null, 'other');
const bytearrayIteratorType = makeBuiltinType('bytearray_iterator', null, 'other');

class BytesIter extends PyIter {
  i = 0;
  constructor(readonly b: Uint8Array, cls: PyType = bytesIteratorType) {
    super(cls);
  }
  next(): unknown {
    return this.i < this.b.length ? this.b[this.i++] : undefined;
  }
}

defineIteratorMethods(bytesIteratorType);
defineIteratorMethods(bytearrayIteratorType);

function selfBytes(args: unknown[], name: string): Uint8Array {
  const s = args[0];
  if (s instanceof PyBytes) return s.b;
  throw badSelf('bytes', name, s);
}

/** self as a latin-1 string, for the methods that reuse the str algorithms. */
function selfText(args: unknown[], name: string): string {
  return latin1String(selfBytes(args, name));
}

function result(s: string): PyBytes {
  return new PyBytes(latin1Bytes(s));
}

/** A bytes argument as a latin-1 string: "a bytes-like object is required, not 'str'". */
function bytesArg(v: unknown): string {
  if (v instanceof PyBytes) return latin1String(v.b);
  throw typeError(`a bytes-like object is required, not '${typeName(v)}'`);
}

/** The `sub` of find/count/index: bytes, or an int naming one byte. */
function subArg(v: unknown): string {
  if (v instanceof PyBytes) return latin1String(v.b);
  const i = intValue(v);
  if (i === undefined && !(v instanceof PyObject && typeOf(v).lookup('__index__') !== undefined)) {
    throw typeError(`argument should be integer or bytes-like object, not '${typeName(v)}'`);
  }
  return String.fromCharCode(byteValue(v));
}

function byteValue(v: unknown): number {
  const n = toIndex(v);
  if (n < 0 || n > 255) throw valueError('byte must be in range(0, 256)');
  return Number(n);
}

function sliceArg(v: unknown): M.SliceIndex {
  if (v === undefined || v === null) return null;
  const i = intValue(v);
  if (i !== undefined) return i;
  if (typeOf(v).lookup('__index__') !== undefined) return toIndex(v);
  throw typeError('slice indices must be integers or None or have an __index__ method');
}

// ---------------------------------------------------------------- constructor

constructor(bytesType, (args, kw) => {
  const t = args[0] as PyType;
  const [src, encoding, errors] = kwArgs('bytes', args, kw, ['source', 'encoding', 'errors']);
  const b = makeBytes(src, encoding, errors);
  if (t === bytesType) return new PyBytes(b);
  const o = allocInstance(t) as PyBytes;
  o.b = b;
  return o;
});

function makeBytes(src: unknown, encoding: unknown, errors: unknown): Uint8Array {
  const enc = encoding === undefined ? undefined : clinicStr(encoding, 'bytes', 'encoding');
  const err = errors === undefined ? undefined : clinicStr(errors, 'bytes', 'errors');
  const s = strValue(src);
  if (s !== undefined) {
    if (enc === undefined) throw typeError('string argument without an encoding');
    const codec = lookupCodec(enc);
    if (codec === null) throw unknownEncoding(enc);
    return encodeString(s, codec, err ?? 'strict');
  }
  if (encoding !== undefined) throw typeError('encoding without a string argument');
  if (errors !== undefined) throw typeError('errors without a string argument');
  if (src === undefined) return new Uint8Array(0);
  if (src instanceof PyByteArray) return src.b.slice(); // a snapshot of the mutable buffer
  if (src instanceof PyBytes) return src.b;
  const conv = typeOf(src).lookup('__bytes__');
  if (conv !== undefined && conv !== null) {
    const r = callDescr(conv, src, []);
    if (!(r instanceof PyBytes)) throw typeError(`__bytes__ returned non-bytes (type ${typeName(r)})`);
    return r.b;
  }
  const n = intValue(src);
  if (n !== undefined) {
    if (n < 0) throw valueError('negative count');
    return new Uint8Array(Number(n));
  }
  return bytesFromIterable(src);
}

function clinicStr(v: unknown, fname: string, param: string): string {
  const s = strValue(v);
  if (s === undefined) throw typeError(`${fname}() argument '${param}' must be str, not ${clinicTypeName(v)}`);
  return s;
}

function bytesFromIterable(src: unknown): Uint8Array {
  let it: unknown;
  try {
    it = getIter(src);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.name === 'TypeError') throw typeError(`cannot convert '${typeName(src)}' object to bytes`);
    throw e;
  }
  const out: number[] = [];
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) {
    const n = toIndex(x);
    if (n < 0 || n > 255) throw valueError('bytes must be in range(0, 256)');
    out.push(Number(n));
  }
  return Uint8Array.from(out);
}

// ---------------------------------------------------------------- special methods

method(bytesType, '__repr__', (args, kw) => {
  wrapperArgs('__repr__', args, kw, 0);
  return bytesRepr(selfBytes(args, '__repr__'));
});
method(bytesType, '__hash__', (args, kw) => {
  wrapperArgs('__hash__', args, kw, 0);
  // Equal to the hash of the same characters as a str, as in CPython.
  return hashString(selfText(args, '__hash__'));
});
method(bytesType, '__len__', (args, kw) => {
  wrapperArgs('__len__', args, kw, 0);
  return selfBytes(args, '__len__').length;
});
method(bytesType, '__iter__', (args, kw) => {
  wrapperArgs('__iter__', args, kw, 0);
  return new BytesIter(selfBytes(args, '__iter__'));
});

method(bytesType, '__getitem__', (args, kw) => {
  wrapperArgs('__getitem__', args, kw, 1);
  const b = selfBytes(args, '__getitem__');
  const k = args[1];
  if (k instanceof PySlice) return result(sliceStr(latin1String(b), k));
  const i0 = intValue(k);
  const mutable = args[0] instanceof PyByteArray; // CPython's messages say "bytearray" for it
  if (i0 === undefined && !(k instanceof PyObject && typeOf(k).lookup('__index__') !== undefined)) {
    throw typeError(`${mutable ? 'bytearray' : 'byte'} indices must be integers or slices, not ${typeName(k)}`);
  }
  const v = ssizeValue(i0 ?? toIndex(k));
  if (v === undefined) throw indexError("cannot fit 'int' into an index-sized integer");
  const i = v < 0 ? v + b.length : v;
  if (i >= 0 && i < b.length) return b[i];
  throw indexError(mutable ? 'bytearray index out of range' : 'index out of range');
});

method(bytesType, '__contains__', (args, kw) => {
  wrapperArgs('__contains__', args, kw, 1);
  const s = selfText(args, '__contains__');
  const x = args[1];
  if (x instanceof PyBytes) return s.includes(latin1String(x.b));
  if (intValue(x) !== undefined) return s.includes(String.fromCharCode(byteValue(x)));
  throw typeError(`a bytes-like object is required, not '${typeName(x)}'`);
});

method(bytesType, '__add__', (args, kw) => {
  wrapperArgs('__add__', args, kw, 1);
  const a = selfBytes(args, '__add__');
  const o = args[1];
  if (o instanceof PyBytes) {
    const r = new Uint8Array(a.length + o.b.length);
    r.set(a);
    r.set(o.b, a.length);
    return new PyBytes(r);
  }
  // Leave user types their __radd__; CPython's sequence concat raises otherwise.
  const t = typeOf(o);
  if (!t.builtin && t.lookup('__radd__') !== undefined) return NotImplemented;
  throw typeError(`can't concat ${typeName(o)} to bytes`);
});

function repeat(args: unknown[], kw: Parameters<typeof wrapperArgs>[2], name: string): unknown {
  wrapperArgs(name, args, kw, 1);
  const s = selfText(args, name);
  const n = args[1];
  if (intValue(n) === undefined && !(n instanceof PyObject && typeOf(n).lookup('__index__') !== undefined)) return NotImplemented;
  const count = toIndex(n);
  const c = ssizeValue(count);
  if (c !== undefined && repeatOverflows(s.length, c)) throw overflowError('repeated bytes are too long');
  return result(arith(s, count, 5) as string);
}
method(bytesType, '__mod__', (args, kw) => {
  wrapperArgs('__mod__', args, kw, 1);
  return result(percentFormat(selfText(args, '__mod__'), args[1], bytesPercentHost));
});
method(bytesType, '__rmod__', (args, kw) => {
  wrapperArgs('__rmod__', args, kw, 1);
  selfBytes(args, '__rmod__');
  const fmt = args[1];
  if (!(fmt instanceof PyBytes)) return NotImplemented;
  return result(percentFormat(latin1String(fmt.b), args[0], bytesPercentHost));
});

method(bytesType, '__mul__', (args, kw) => repeat(args, kw, '__mul__'));
method(bytesType, '__rmul__', (args, kw) => repeat(args, kw, '__rmul__'));

const CMP_NAMES = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];
CMP_NAMES.forEach((name, op) => {
  method(bytesType, name, (args, kw) => {
    wrapperArgs(name, args, kw, 1);
    const a = selfText(args, name);
    const o = args[1];
    if (!(o instanceof PyBytes)) return NotImplemented;
    const b = latin1String(o.b);
    switch (op) {
      case 0: return a < b;
      case 1: return a <= b;
      case 2: return a === b;
      case 3: return a !== b;
      case 4: return a > b;
      default: return a >= b;
    }
  });
});

method(bytesType, '__getnewargs__', (args, kw) => {
  noArgs('bytes.__getnewargs__', args, kw);
  return tuple([new PyBytes(selfBytes(args, '__getnewargs__'))]);
});

// ---------------------------------------------------------------- decoding and hex

method(bytesType, 'decode', (args, kw) => {
  const b = selfBytes(args, 'decode');
  const [e, r] = kwArgs('decode', args, kw, ['encoding', 'errors']);
  const enc = e === undefined ? 'utf-8' : clinicStr(e, 'decode', 'encoding');
  const errors = r === undefined ? 'strict' : clinicStr(r, 'decode', 'errors');
  const codec = lookupCodec(enc);
  if (codec === null) throw unknownEncoding(enc);
  return decodeBytes(b, codec, errors);
});

method(bytesType, 'hex', (args, kw) => {
  const b = selfBytes(args, 'hex');
  const [sepArg, perArg] = kwArgs('hex', args, kw, ['sep', 'bytes_per_sep']);
  let out = '';
  for (let i = 0; i < b.length; i++) out += (b[i] < 16 ? '0' : '') + b[i].toString(16);
  if (sepArg === undefined) return out;
  const per = perArg === undefined ? 1 : ssizeArg(perArg);
  const sepStr = sepArg instanceof PyBytes ? latin1String(sepArg.b) : strValue(sepArg);
  if (sepStr === undefined) {
    if (typeOf(sepArg).lookup('__len__') !== undefined) throw typeError('sep must be str or bytes.');
    throw typeError(`object of type '${typeName(sepArg)}' has no len()`);
  }
  if (sepStr.length !== 1) throw valueError('sep must be length 1.');
  if (per === 0) return out;
  // Groups of |per| bytes, counted from the right when per > 0, from the left when < 0.
  const w = Math.abs(per) * 2;
  const parts: string[] = [];
  if (per > 0) {
    for (let end = out.length; end > 0; end -= w) parts.unshift(out.slice(Math.max(0, end - w), end));
  } else {
    for (let start = 0; start < out.length; start += w) parts.push(out.slice(start, start + w));
  }
  return parts.join(sepStr);
});

classMethod(bytesType, 'fromhex', (args, kw) => {
  const s = strValue(oneArg('bytes.fromhex', args, kw));
  if (s === undefined) throw typeError(`fromhex() argument must be str, not ${clinicTypeName(args[1])}`);
  const out: number[] = [];
  let i = 0;
  const hexVal = (c: number) => (c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1);
  while (i < s.length) {
    if (s[i] === ' ' || s[i] === '\t' || s[i] === '\n' || s[i] === '\r' || s[i] === '\v' || s[i] === '\f') {
      i++;
      continue;
    }
    const hi = hexVal(s.charCodeAt(i));
    if (hi < 0) throw valueError(`non-hexadecimal number found in fromhex() arg at position ${i}`);
    const lo = i + 1 < s.length ? hexVal(s.charCodeAt(i + 1)) : -1;
    if (lo < 0) throw valueError(`non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
    out.push(hi * 16 + lo);
    i += 2;
  }
  const b = new PyBytes(Uint8Array.from(out));
  return args[0] === bytesType ? b : call(args[0], [b]);
});

// ---------------------------------------------------------------- searching

type Finder = (s: string, sub: string, start?: M.SliceIndex, end?: M.SliceIndex) => number;
function defFind(name: string, fn: Finder, raises: boolean): void {
  method(bytesType, name, (args, kw) => {
    const s = selfText(args, name);
    posArgsOld(`bytes.${name}`, args, kw, 1, 3);
    const start = sliceArg(args[2]), end = sliceArg(args[3]);
    const r = fn(s, subArg(args[1]), start, end);
    if (raises && r < 0) throw valueError('subsection not found');
    return r;
  });
}
defFind('find', M.find, false);
defFind('rfind', M.rfind, false);
defFind('index', M.find, true);
defFind('rindex', M.rfind, true);
defFind('count', M.count, false);

function defAffix(name: 'startswith' | 'endswith', fn: typeof M.startswith): void {
  method(bytesType, name, (args, kw) => {
    const s = selfText(args, name);
    posArgsOld(`bytes.${name}`, args, kw, 1, 3);
    const start = sliceArg(args[2]), end = sliceArg(args[3]);
    const a = args[1];
    if (a instanceof PyBytes) return fn(s, latin1String(a.b), start, end);
    if (!(a instanceof PyTuple)) {
      throw typeError(`${name} first arg must be bytes or a tuple of bytes, not ${typeName(a)}`);
    }
    // One item at a time: a match ends the scan before a later bad item is seen.
    for (const x of a.items) {
      if (!(x instanceof PyBytes)) throw typeError(`a bytes-like object is required, not '${typeName(x)}'`);
      if (fn(s, latin1String(x.b), start, end)) return true;
    }
    return false;
  });
}
defAffix('startswith', M.startswith);
defAffix('endswith', M.endswith);

// ---------------------------------------------------------------- splitting, joining, stripping

const isAsciiSpace = (c: number) => c === 0x20 || (c >= 0x09 && c <= 0x0d);

function splitSpace(s: string, limit: number, fromRight: boolean): string[] {
  const out: string[] = [];
  if (!fromRight) {
    let i = 0;
    for (let n = 0; ; n++) {
      while (i < s.length && isAsciiSpace(s.charCodeAt(i))) i++;
      if (i === s.length) break;
      if (n === limit) {
        out.push(s.slice(i));
        break;
      }
      const j = i;
      while (i < s.length && !isAsciiSpace(s.charCodeAt(i))) i++;
      out.push(s.slice(j, i));
    }
    return out;
  }
  let i = s.length;
  for (let n = 0; ; n++) {
    while (i > 0 && isAsciiSpace(s.charCodeAt(i - 1))) i--;
    if (i === 0) break;
    if (n === limit) {
      out.push(s.slice(0, i));
      break;
    }
    const j = i;
    while (i > 0 && !isAsciiSpace(s.charCodeAt(i - 1))) i--;
    out.push(s.slice(i, j));
  }
  return out.reverse();
}

for (const name of ['split', 'rsplit']) {
  method(bytesType, name, (args, kw) => {
    const s = selfText(args, name);
    const [sepArg, maxArg] = kwArgs(name, args, kw, ['sep', 'maxsplit']);
    const max = maxArg === undefined ? -1 : ssizeArg(maxArg);
    let parts: string[];
    if (sepArg === undefined || sepArg === null) parts = splitSpace(s, max < 0 ? Infinity : max, name === 'rsplit');
    else {
      const sep = bytesArg(sepArg);
      if (sep.length === 0) throw valueError('empty separator');
      parts = name === 'split' ? M.split(s, sep, max) : M.rsplit(s, sep, max);
    }
    return new PyList(parts.map(result));
  });
}

method(bytesType, 'splitlines', (args, kw) => {
  const s = selfText(args, 'splitlines');
  const [keep] = kwArgs('splitlines', args, kw, ['keepends']);
  const keepends = keep !== undefined && toIndex(keep) != 0;
  // Only \n, \r and \r\n end lines in bytes.
  const out: PyBytes[] = [];
  let i = 0;
  while (i < s.length) {
    let j = i;
    while (j < s.length && s[j] !== '\n' && s[j] !== '\r') j++;
    let next = j;
    if (j < s.length) next = s[j] === '\r' && s[j + 1] === '\n' ? j + 2 : j + 1;
    out.push(result(s.slice(i, keepends ? next : j)));
    i = next;
  }
  return new PyList(out);
});

method(bytesType, 'join', (args, kw) => {
  const sep = selfText(args, 'join');
  const iterable = oneArg('bytes.join', args, kw);
  let it: unknown;
  try {
    it = getIter(iterable);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.name === 'TypeError') throw typeError('can only join an iterable');
    throw e;
  }
  const parts: string[] = [];
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) {
    if (!(x instanceof PyBytes)) throw typeError(`sequence item ${parts.length}: expected a bytes-like object, ${typeName(x)} found`);
    parts.push(latin1String(x.b));
  }
  return result(parts.join(sep));
});

for (const [name, fn] of [['partition', M.partition], ['rpartition', M.rpartition]] as const) {
  method(bytesType, name, (args, kw) => {
    const s = selfText(args, name);
    const sep = bytesArg(oneArg(`bytes.${name}`, args, kw));
    return tuple(fn(s, sep).map(result));
  });
}

for (const [name, left, right] of [['strip', true, true], ['lstrip', true, false], ['rstrip', false, true]] as const) {
  method(bytesType, name, (args, kw) => {
    const s = selfText(args, name);
    posArgs(`bytes.${name}`, args, kw, 0, 1);
    const c = args[1];
    if (c !== undefined && c !== null) {
      const chars = bytesArg(c);
      return result(left && right ? M.strip(s, chars) : left ? M.lstrip(s, chars) : M.rstrip(s, chars));
    }
    let i = 0, j = s.length;
    if (left) while (i < j && isAsciiSpace(s.charCodeAt(i))) i++;
    if (right) while (j > i && isAsciiSpace(s.charCodeAt(j - 1))) j--;
    return result(s.slice(i, j));
  });
}

method(bytesType, 'replace', (args, kw) => {
  const s = selfText(args, 'replace');
  posArgs('bytes.replace', args, kw, 2, 3);
  const old = bytesArg(args[1]), repl = bytesArg(args[2]);
  const count = args.length > 3 ? ssizeArg(args[3]) : -1;
  return result(M.replace(s, old, repl, count));
});

for (const [name, fn] of [['removeprefix', M.removeprefix], ['removesuffix', M.removesuffix]] as const) {
  method(bytesType, name, (args, kw) => {
    const s = selfText(args, name);
    return result(fn(s, bytesArg(oneArg(`bytes.${name}`, args, kw))));
  });
}

// ---------------------------------------------------------------- case and classes (ASCII only)

/**
 * bytes.istitle: some cased letter, every uppercase letter after an uncased
 * byte and every lowercase letter after a cased one (ASCII letters only).
 */
function isTitleAscii(s: string): boolean {
  let cased = false;
  let prevCased = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const upper = c >= 0x41 && c <= 0x5a;
    const lower = c >= 0x61 && c <= 0x7a;
    if ((upper && prevCased) || (lower && !prevCased)) return false;
    if (upper || lower) cased = true;
    prevCased = upper || lower;
  }
  return cased;
}

const upperAscii = (s: string) => s.replace(/[a-z]+/g, (m) => m.toUpperCase());
const lowerAscii = (s: string) => s.replace(/[A-Z]+/g, (m) => m.toLowerCase());
const NO_ARG: [string, (s: string) => unknown][] = [
  ['upper', (s) => result(upperAscii(s))],
  ['lower', (s) => result(lowerAscii(s))],
  ['swapcase', (s) => result(s.replace(/[a-zA-Z]/g, (c) => (c <= 'Z' ? c.toLowerCase() : c.toUpperCase())))],
  ['capitalize', (s) => result(upperAscii(s.slice(0, 1)) + lowerAscii(s.slice(1)))],
  ['title', (s) => result(s.replace(/[a-zA-Z]+/g, (w) => w[0].toUpperCase() + w.slice(1).toLowerCase()))],
  ['isdigit', (s) => /^[0-9]+$/.test(s)],
  ['isalpha', (s) => /^[a-zA-Z]+$/.test(s)],
  ['isalnum', (s) => /^[a-zA-Z0-9]+$/.test(s)],
  ['isspace', (s) => /^[ \t\n\r\x0b\x0c]+$/.test(s)],
  ['isupper', (s) => /[A-Z]/.test(s) && !/[a-z]/.test(s)],
  ['islower', (s) => /[a-z]/.test(s) && !/[A-Z]/.test(s)],
  ['isascii', (s) => /^[\x00-\x7f]*$/.test(s)],
  ['istitle', isTitleAscii],
];
for (const [name, fn] of NO_ARG) {
  const qual = `bytes.${name}`;
  method(bytesType, name, (args, kw) => {
    const s = selfText(args, name);
    if (args.length !== 1 || kw !== null) noArgs(qual, args, kw);
    return fn(s);
  });
}

function defPad(name: string, fn: typeof M.ljust): void {
  method(bytesType, name, (args, kw) => {
    const s = selfText(args, name);
    posArgs(`bytes.${name}`, args, kw, 1, 2);
    const width = ssizeArg(args[1]);
    let fill = ' ';
    if (args.length > 2) {
      const f = args[2];
      if (!(f instanceof PyBytes) || f.b.length !== 1) {
        throw typeError(`${name}() argument 2 must be a byte string of length 1, not ${typeName(f)}`);
      }
      fill = latin1String(f.b);
    }
    return result(fn(s, width, fill));
  });
}
defPad('ljust', M.ljust);
defPad('rjust', M.rjust);
defPad('center', M.center);

method(bytesType, 'expandtabs', (args, kw) => {
  const s = selfText(args, 'expandtabs');
  const [size] = kwArgs('expandtabs', args, kw, ['tabsize']);
  // Columns restart after \n and \r, as for str; every other byte is one column.
  return result(M.expandtabs(s, size === undefined ? 8 : cIntArg(size)));
});

// ---------------------------------------------------------------- translation

/** bytes.maketrans(from, to): the identity table with from[i] mapped to to[i]. */
function maketrans(args: unknown[], kw: Parameters<typeof posArgs>[2]): PyBytes {
  posArgs('maketrans', [null, ...args], kw, 2, 2);
  const from = bytesArg(args[0]), to = bytesArg(args[1]);
  if (from.length !== to.length) throw valueError('maketrans arguments must have same length');
  const table = new Uint8Array(256);
  for (let i = 0; i < 256; i++) table[i] = i;
  for (let i = 0; i < from.length; i++) table[from.charCodeAt(i)] = to.charCodeAt(i);
  return new PyBytes(table);
}
staticMethod(bytesType, 'maketrans', maketrans);
staticMethod(bytearrayType, 'maketrans', maketrans);

method(bytesType, 'translate', (args, kw) => {
  const b = selfBytes(args, 'translate');
  // table is positional-only; '/table' can never match a keyword's name.
  if (args.length < 2) throw typeError('translate() takes at least 1 positional argument (0 given)');
  const [tableArg, deleteArg] = kwArgs('translate', args, kw, ['/table', 'delete']);
  let table: Uint8Array | null = null;
  if (tableArg !== null) {
    if (!(tableArg instanceof PyBytes)) throw typeError(`a bytes-like object is required, not '${typeName(tableArg)}'`);
    if (tableArg.b.length !== 256) throw valueError('translation table must be 256 characters long');
    table = tableArg.b;
  }
  const deleted = new Set<number>();
  if (deleteArg !== undefined) for (const c of latin1Bytes(bytesArg(deleteArg))) deleted.add(c);
  const out: number[] = [];
  for (const c of b) if (!deleted.has(c)) out.push(table === null ? c : table[c]);
  return new PyBytes(Uint8Array.from(out));
});

method(bytesType, 'zfill', (args, kw) => {
  const s = selfText(args, 'zfill');
  return result(M.zfill(s, ssizeArg(oneArg('bytes.zfill', args, kw))));
});

// ---------------------------------------------------------------- bytearray

// Construction, repr, the read-only bytes methods (whose bytes results
// become bytearrays, as in CPython), and the mutators: item and slice
// assignment and deletion, +=, *=, append, extend, insert, remove, pop,
// reverse and clear.

constructor(bytearrayType, (args, kw) => {
  const t = args[0] as PyType;
  const [src, encoding, errors] = kwArgs('bytearray', args, kw, ['source', 'encoding', 'errors']);
  const b = makeBytes(src, encoding, errors);
  const o = allocInstance(t) as PyByteArray;
  o.b = b === (src as PyBytes | undefined)?.b ? b.slice() : b;
  return o;
});

function asByteArray(v: unknown): unknown {
  if (v instanceof PyBytes && !(v instanceof PyByteArray)) return new PyByteArray(v.b);
  if (v instanceof PyList) return new PyList(v.items.map(asByteArray));
  if (v instanceof PyTuple) return tuple(v.items.map(asByteArray));
  return v;
}

const NOT_SHARED = new Set(['__new__', '__repr__', '__hash__', '__getnewargs__', 'fromhex', '__iter__']);
for (const [name, fn] of bytesType.ns) {
  if (NOT_SHARED.has(name) || !(fn instanceof PyBuiltin)) continue;
  const inner = fn.fn;
  method(bytearrayType, name, (args, kw) => asByteArray(inner(args, kw)));
}
bytearrayType.ns.set('__hash__', null);
method(bytearrayType, '__iter__', (args, kw) => {
  wrapperArgs('__iter__', args, kw, 0);
  return new BytesIter(selfBytes(args, '__iter__'), bytearrayIteratorType);
});
method(bytearrayType, '__repr__', (args, kw) => {
  wrapperArgs('__repr__', args, kw, 0);
  return `bytearray(${bytesRepr(selfBytes(args, '__repr__'))})`;
});

function selfArray(args: unknown[], name: string): PyByteArray {
  const s = args[0];
  if (s instanceof PyByteArray) return s;
  throw badSelf('bytearray', name, s);
}

/** An item index of a bytearray, made non-negative; IndexError when out of range. */
function itemIndex(a: PyByteArray, k: unknown): number {
  if (intValue(k) === undefined && !(k instanceof PyObject && typeOf(k).lookup('__index__') !== undefined)) {
    throw typeError(`bytearray indices must be integers or slices, not ${typeName(k)}`);
  }
  const n = ssizeValue(toIndex(k));
  if (n === undefined) throw indexError("cannot fit 'int' into an index-sized integer");
  const i = n < 0 ? n + a.b.length : n;
  if (i < 0 || i >= a.b.length) throw indexError('bytearray index out of range');
  return i;
}

/** The right side of `ba[i:j] = v`: bytes-like, or an iterable of ints in range(256). */
function assignedBytes(v: unknown): Uint8Array {
  if (v instanceof PyBytes) return v.b.slice();
  if (strValue(v) !== undefined || intValue(v) !== undefined || typeOf(v).lookup('__iter__') === undefined) {
    throw typeError('can assign only bytes, buffers, or iterables of ints in range(0, 256)');
  }
  const out: number[] = [];
  for (let it = getIter(v), x = iterNext(it); x !== undefined; x = iterNext(it)) out.push(byteValue(x));
  return Uint8Array.from(out);
}

/** The positions a slice selects, in order. */
function slicePositions(s: PySlice, length: number): number[] {
  const [start, , step, count] = sliceIndices(s, length);
  const out: number[] = [];
  for (let k = 0, i = start; k < count; k++, i += step) out.push(i);
  return out;
}

method(bytearrayType, '__setitem__', (args, kw) => {
  wrapperArgs('__setitem__', args, kw, 2);
  const a = selfArray(args, '__setitem__');
  const k = args[1];
  if (!(k instanceof PySlice)) {
    a.b[itemIndex(a, k)] = byteValue(args[2]);
    return null;
  }
  const src = assignedBytes(args[2]);
  const [start, stop, step] = sliceIndices(k, a.b.length);
  if (step === 1) {
    // A plain slice may change the length: replace a.b[start:stop].
    const end = Math.max(start, stop);
    a.b = Uint8Array.from([...a.b.subarray(0, start), ...src, ...a.b.subarray(end)]);
    return null;
  }
  const at = slicePositions(k, a.b.length);
  if (src.length !== at.length) {
    throw valueError(`attempt to assign bytes of size ${src.length} to extended slice of size ${at.length}`);
  }
  at.forEach((i, n) => { a.b[i] = src[n]; });
  return null;
});

method(bytearrayType, '__delitem__', (args, kw) => {
  wrapperArgs('__delitem__', args, kw, 1);
  const a = selfArray(args, '__delitem__');
  const k = args[1];
  const gone = k instanceof PySlice ? new Set(slicePositions(k, a.b.length)) : new Set([itemIndex(a, k)]);
  a.b = a.b.filter((_, i) => !gone.has(i));
  return null;
});

method(bytearrayType, '__iadd__', (args, kw) => {
  wrapperArgs('__iadd__', args, kw, 1);
  const a = selfArray(args, '__iadd__');
  const o = args[1];
  if (!(o instanceof PyBytes)) throw typeError(`can't concat ${typeName(o)} to bytearray`);
  grow(a, o.b.slice());
  return a;
});

method(bytearrayType, '__imul__', (args, kw) => {
  wrapperArgs('__imul__', args, kw, 1);
  const a = selfArray(args, '__imul__');
  a.b = latin1Bytes(arith(latin1String(a.b), toIndex(args[1]), 5) as string);
  return a;
});

method(bytearrayType, 'insert', (args, kw) => {
  const a = selfArray(args, 'insert');
  posArgs('insert', args, kw, 2, 2);
  const n = Number(toIndex(args[1]));
  const v = byteValue(args[2]);
  // Like list.insert: the index is clamped to the ends.
  const i = Math.min(Math.max(n < 0 ? n + a.b.length : n, 0), a.b.length);
  a.b = Uint8Array.from([...a.b.subarray(0, i), v, ...a.b.subarray(i)]);
  return null;
});

method(bytearrayType, 'remove', (args, kw) => {
  const a = selfArray(args, 'remove');
  const v = byteValue(oneArg('bytearray.remove', args, kw));
  const i = a.b.indexOf(v);
  if (i < 0) throw valueError('value not found in bytearray');
  a.b = Uint8Array.from([...a.b.subarray(0, i), ...a.b.subarray(i + 1)]);
  return null;
});

method(bytearrayType, 'reverse', (args, kw) => {
  noArgs('bytearray.reverse', args, kw);
  selfArray(args, 'reverse').b.reverse();
  return null;
});

classMethod(bytearrayType, 'fromhex', (args, kw) => {
  const fromhex = (bytesType.ns.get('fromhex') as PyClassMethod).func as PyBuiltin;
  return fromhex.fn(args, kw); // makes cls(bytes) for a cls other than bytes
});

function grow(a: PyByteArray, extra: ArrayLike<number>): void {
  const nb = new Uint8Array(a.b.length + extra.length);
  nb.set(a.b);
  nb.set(extra, a.b.length);
  a.b = nb;
}
method(bytearrayType, 'append', (args, kw) => {
  const a = selfArray(args, 'append');
  grow(a, [byteValue(oneArg('bytearray.append', args, kw))]);
  return null;
});
method(bytearrayType, 'extend', (args, kw) => {
  const a = selfArray(args, 'extend');
  const src = oneArg('bytearray.extend', args, kw);
  grow(a, src instanceof PyBytes ? src.b.slice() : bytesFromIterable(src));
  return null;
});
method(bytearrayType, 'pop', (args, kw) => {
  const a = selfArray(args, 'pop');
  posArgs('bytearray.pop', args, kw, 0, 1);
  if (a.b.length === 0) throw indexError('pop from empty bytearray');
  const n = args.length > 1 ? Number(toIndex(args[1])) : -1;
  const i = n < 0 ? n + a.b.length : n;
  if (i < 0 || i >= a.b.length) throw indexError('pop index out of range');
  const v = a.b[i];
  a.b = Uint8Array.from([...a.b.subarray(0, i), ...a.b.subarray(i + 1)]);
  return v;
});
method(bytearrayType, 'clear', (args, kw) => {
  noArgs('bytearray.clear', args, kw);
  selfArray(args, 'clear').b = new Uint8Array(0);
  return null;
});
method(bytearrayType, 'copy', (args, kw) => {
  noArgs('bytearray.copy', args, kw);
  return new PyByteArray(selfArray(args, 'copy').b.slice());
});
