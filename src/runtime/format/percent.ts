// printf-style formatting: str % args.
//
// This follows CPython's PyUnicode_Format closely because its argument
// bookkeeping is observable: a lone non-tuple argument counts as a tuple of
// one, a mapping argument silences "not all arguments converted", a
// '%(key)' lookup replaces the argument list, and the argument is fetched
// before the conversion character is checked (so '%y' % () complains about
// arguments, not about 'y'). The numeric text itself comes from the same
// digit routines as format().

import { FormatError, checkLength } from './format-error.js';
import { floatToText } from './float-repr.js';
import { intToDecimal } from './int-text.js';
import { intToFloat } from './format-spec.js';
import { codePointLength, codePointPrefix } from './char-class.js';

/**
 * What percentFormat needs from the object model. Python str, int and bool
 * values are recognised directly (JS string, number/bigint, boolean); the
 * host is asked about everything else.
 */
export interface PercentHost {
  isTuple(v: unknown): boolean;
  tupleItems(v: unknown): readonly unknown[];
  /** CPython's PyMapping_Check: has __getitem__ (lists and dicts do) and is not a tuple or str. */
  isMapping(v: unknown): boolean;
  /** mapping[key]; raises KeyError (or whatever __getitem__ raises) itself. */
  getItem(mapping: unknown, key: string): unknown;
  str(v: unknown): string;
  repr(v: unknown): string;
  ascii(v: unknown): string;
  typeName(v: unknown): string;
  /** The text of a str subclass instance, else null. */
  strSubclassText(v: unknown): string | null;
  isFloat(v: unknown): boolean;
  /** v as an int via __index__ (ints, bools, objects defining it), else null. */
  toIntForFormat(v: unknown): number | bigint | null;
  /** int(v) as %d takes it (__int__ or __index__) for number-like objects, else null. */
  toIntForDecimal(v: unknown): number | bigint | null;
  /** float(v) for floats, ints and objects with __float__ or __index__, else null. May raise OverflowError. */
  toFloat(v: unknown): number | null;
  /**
   * Only when formatting bytes (bytes % args): the bytes of a bytes-like
   * object or of __bytes__(), as a latin-1 string, else null. The format
   * string and the result are latin-1 strings then too.
   */
  bytesOf?(v: unknown): string | null;
  /** Only with bytesOf: is v bytes or a bytearray (not just an object with __bytes__)? */
  isBytesLike?(v: unknown): boolean;
}

const F_LJUST = 1;
const F_SIGN = 2;
const F_BLANK = 4;
const F_ALT = 8;
const F_ZERO = 16;

const INT_MAX = 2147483647;
const SSIZE_MAX_BIG = 9223372036854775807n;

/** str % args. args is the right operand as given: one value or a tuple. */
export function percentFormat(fmt: string, args: unknown, host: PercentHost): string {
  const isTuple = host.isTuple(args);
  // Same state as CPython: a lone argument is "argidx -2 of arglen -1".
  const items: readonly unknown[] = isTuple ? host.tupleItems(args) : [];
  let single: unknown = args;
  let arglen = isTuple ? items.length : -1;
  let argidx = isTuple ? 0 : -2;
  const dict =
    !isTuple && typeof args !== 'string' && host.isMapping(args) ? args : undefined;

  const nextArg = (): unknown => {
    if (argidx < arglen) {
      const k = argidx++;
      return arglen < 0 ? single : items[k];
    }
    throw new FormatError('TypeError', 'not enough arguments for format string');
  };

  let out = '';
  const n = fmt.length;
  let pos = 0;
  while (pos < n) {
    const pct = fmt.indexOf('%', pos);
    if (pct < 0) {
      out += pos === 0 ? fmt : fmt.slice(pos);
      break;
    }
    if (pct > pos) out += fmt.slice(pos, pct);
    pos = pct + 1;
    if (pos < n && fmt.charCodeAt(pos) === 0x25) {
      out += '%';
      pos++;
      continue;
    }

    // Mapping key: %(name)s, parentheses may nest.
    if (pos < n && fmt.charCodeAt(pos) === 0x28) {
      if (dict === undefined) throw new FormatError('TypeError', 'format requires a mapping');
      let depth = 1;
      const keyStart = ++pos;
      while (pos < n && depth > 0) {
        const c = fmt.charCodeAt(pos++);
        if (c === 0x29) depth--;
        else if (c === 0x28) depth++;
      }
      if (depth > 0) throw new FormatError('ValueError', 'incomplete format key');
      single = host.getItem(dict, fmt.slice(keyStart, pos - 1));
      arglen = -1;
      argidx = -2;
    }

    let flags = 0;
    for (; pos < n; pos++) {
      const c = fmt[pos];
      if (c === '-') flags |= F_LJUST;
      else if (c === '+') flags |= F_SIGN;
      else if (c === ' ') flags |= F_BLANK;
      else if (c === '#') flags |= F_ALT;
      else if (c === '0') flags |= F_ZERO;
      else break;
    }

    let width = -1;
    if (fmt[pos] === '*') {
      const w = starArg(nextArg(), host);
      if (typeof w === 'bigint' && (w > SSIZE_MAX_BIG || w < -SSIZE_MAX_BIG - 1n)) {
        throw new FormatError('OverflowError', 'Python int too large to convert to C ssize_t');
      }
      // Widths beyond the safe range fail later, as a MemoryError, as in CPython.
      const wn = Number(w);
      if (wn < 0) {
        flags |= F_LJUST;
        width = -wn;
      } else width = wn;
      pos++;
    } else if (isDigit(fmt, pos)) {
      [width, pos] = readDecimal(fmt, pos, SSIZE_MAX_BIG, 'width too big');
    }

    let prec = -1;
    if (fmt[pos] === '.') {
      pos++;
      prec = 0;
      if (fmt[pos] === '*') {
        const p = starArg(nextArg(), host);
        if (p > INT_MAX || p < -INT_MAX - 1) {
          throw new FormatError('OverflowError', 'Python int too large to convert to C int');
        }
        prec = p < 0 ? 0 : Number(p);
        pos++;
      } else {
        [prec, pos] = readDecimal(fmt, pos, BigInt(INT_MAX), 'precision too big');
      }
    }

    // C length modifiers are accepted and ignored.
    const lc = fmt[pos];
    if (lc === 'h' || lc === 'l' || lc === 'L') pos++;
    if (pos >= n) throw new FormatError('ValueError', 'incomplete format');

    const ch = fmt[pos];
    const chIndex = pos;
    pos++;
    const v = nextArg();
    let text: string;
    let numeric = true;
    switch (ch) {
      case 's':
        text = host.bytesOf !== undefined ? bytesText(v, host.bytesOf, host) : typeof v === 'string' ? v : host.str(v);
        numeric = false;
        break;
      case 'b': // bytes only: the same as %s there
        if (host.bytesOf === undefined) throw unsupportedChar(fmt, chIndex, false);
        text = bytesText(v, host.bytesOf, host);
        numeric = false;
        break;
      case 'r': // bytes have no repr of their own kind: %r is %a there
        text = host.bytesOf !== undefined ? host.ascii(v) : host.repr(v);
        numeric = false;
        break;
      case 'a':
        text = host.ascii(v);
        numeric = false;
        break;
      case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
        text = formatLong(v, ch, flags, prec, host);
        break;
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
        text = formatReal(v, ch, flags, prec, host);
        break;
      case 'c':
        text = host.bytesOf !== undefined ? formatByte(v, host) : formatChar(v, host);
        numeric = false;
        break;
      default:
        throw unsupportedChar(fmt, chIndex, host.bytesOf !== undefined);
    }
    if (!numeric && prec >= 0 && ch !== 'c' && text.length > prec) text = codePointPrefix(text, prec);
    out += pad(text, ch, flags, width, numeric);
  }

  if (argidx < arglen && dict === undefined) {
    const what = host.bytesOf !== undefined ? 'bytes' : 'string';
    throw new FormatError('TypeError', `not all arguments converted during ${what} formatting`);
  }
  return out;
}

function unsupportedChar(fmt: string, i: number, bytes: boolean): FormatError {
  const cp = fmt.codePointAt(i)!;
  // CPython formats the byte as a C char, negative from 0x80 up, which its
  // message formatting refuses.
  if (bytes && cp >= 0x80) throw new FormatError('OverflowError', 'character argument not in range(0x110000)');
  // str shows a non-printable character as '?'; bytes show the byte as it is.
  const shown = bytes || (cp >= 31 && cp <= 126) ? String.fromCodePoint(cp) : '?';
  return new FormatError('ValueError', `unsupported format character '${shown}' (0x${cp.toString(16)}) at index ${i}`);
}

function isDigit(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 0x30 && c <= 0x39;
}

/**
 * The ASCII digits at pos as a number, raising ValueError(tooBig) past max.
 * Exact up to max (a bigint once the number leaves the safe range), so the
 * limit falls on the same digit string as in CPython.
 */
function readDecimal(fmt: string, pos: number, max: bigint, tooBig: string): [number, number] {
  let value = 0;
  let big: bigint | null = null;
  for (; isDigit(fmt, pos); pos++) {
    const d = fmt.charCodeAt(pos) - 0x30;
    if (big === null && value < 1e14) value = value * 10 + d;
    else {
      big = (big ?? BigInt(value)) * 10n + BigInt(d);
      if (big > max) throw new FormatError('ValueError', tooBig);
    }
  }
  if (big === null && value > max) throw new FormatError('ValueError', tooBig);
  return [big === null ? value : Number(big), pos];
}

/** A '*' width or precision: must be an int. */
function starArg(v: unknown, host: PercentHost): number | bigint {
  let n: number | bigint | null;
  if (typeof v === 'number' || typeof v === 'bigint') n = v;
  else if (typeof v === 'boolean') n = v ? 1 : 0;
  else n = host.isFloat(v) || typeof v === 'string' ? null : host.toIntForFormat(v);
  if (n === null) throw new FormatError('TypeError', '* wants int');
  return n;
}

function asInt(v: unknown, host: PercentHost): number | bigint | null {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string') return null;
  return host.toIntForFormat(v);
}

/** int(x) for a float x: truncation, with CPython's errors for inf and nan. */
function truncateFloat(x: number): number | bigint {
  if (x !== x) throw new FormatError('ValueError', 'cannot convert float NaN to integer');
  if (x === Infinity || x === -Infinity) {
    throw new FormatError('OverflowError', 'cannot convert float infinity to integer');
  }
  const t = Math.trunc(x);
  return Number.isSafeInteger(t) ? (t === 0 ? 0 : t) : BigInt(t);
}

/** The text of %d %i %u %o %x %X before padding: sign, prefix, zero-extended digits. */
function formatLong(v: unknown, ch: string, flags: number, prec: number, host: PercentHost): string {
  let n: number | bigint | null;
  if (ch === 'o' || ch === 'x' || ch === 'X') {
    n = host.isFloat(v) ? null : asInt(v, host);
    if (n === null) {
      throw new FormatError('TypeError', `%${ch} format: an integer is required, not ${host.typeName(v)}`);
    }
  } else {
    n = host.isFloat(v) ? truncateFloat(host.toFloat(v)!) : typeof v === 'string' ? null : host.toIntForDecimal(v);
    if (n === null) {
      throw new FormatError('TypeError', `%${ch} format: a real number is required, not ${host.typeName(v)}`);
    }
  }
  const negative = n < 0;
  const abs = negative ? -n : n;
  let digits: string;
  let prefix = '';
  if (ch === 'o') {
    digits = abs.toString(8);
    if (flags & F_ALT) prefix = '0o';
  } else if (ch === 'x') {
    digits = abs.toString(16);
    if (flags & F_ALT) prefix = '0x';
  } else if (ch === 'X') {
    digits = abs.toString(16).toUpperCase();
    if (flags & F_ALT) prefix = '0X';
  } else {
    digits = intToDecimal(abs);
  }
  if (prec > digits.length) {
    checkLength(prec);
    digits = '0'.repeat(prec - digits.length) + digits;
  }
  return (negative ? '-' : '') + prefix + digits;
}

function formatReal(v: unknown, ch: string, flags: number, prec: number, host: PercentHost): string {
  let x: number | null;
  if (typeof v === 'number' || typeof v === 'bigint') x = intToFloat(v);
  else if (typeof v === 'boolean') x = v ? 1 : 0;
  else if (typeof v === 'string') x = null;
  else x = host.toFloat(v);
  if (x === null) throw new FormatError('TypeError', `must be real number, not ${host.typeName(v)}`);
  if (prec < 0) prec = 6;
  checkLength(prec);
  const lower = ch.toLowerCase() as 'e' | 'f' | 'g';
  const text = floatToText(x, lower, prec, (flags & F_ALT) !== 0);
  return lower === ch ? text : text.toUpperCase();
}

function formatChar(v: unknown, host: PercentHost): string {
  const text = typeof v === 'string' ? v : host.strSubclassText(v);
  if (text !== null) {
    const cp = text.codePointAt(0);
    if (cp !== undefined && text.length === (cp > 0xffff ? 2 : 1)) return text;
    throw new FormatError('TypeError', '%c requires int or char');
  }
  const n = host.isFloat(v) ? null : asInt(v, host);
  if (n === null) throw new FormatError('TypeError', '%c requires int or char');
  if (n < 0 || n > 0x10ffff) throw new FormatError('OverflowError', '%c arg not in range(0x110000)');
  return String.fromCodePoint(Number(n));
}

/** %s and %b of bytes % args: the value's bytes, as a latin-1 string. */
function bytesText(v: unknown, bytesOf: (v: unknown) => string | null, host: PercentHost): string {
  const text = bytesOf(v);
  if (text !== null) return text;
  throw new FormatError(
    'TypeError',
    `%b requires a bytes-like object, or an object that implements __bytes__, not '${host.typeName(v)}'`,
  );
}

/** %c of bytes % args: an int in range(256) or a bytes object of length 1. */
function formatByte(v: unknown, host: PercentHost): string {
  if (host.isBytesLike!(v)) {
    const one = host.bytesOf!(v)!;
    if (one.length === 1) return one;
  } else if (typeof v !== 'string' && !host.isFloat(v)) {
    const n = asInt(v, host);
    if (n !== null) {
      if (n < 0 || n > 255) throw new FormatError('OverflowError', '%c arg not in range(256)');
      return String.fromCharCode(Number(n));
    }
  }
  throw new FormatError('TypeError', '%c requires an integer in range(256) or a single byte');
}

/**
 * Width, sign flags and zero padding, as CPython's unicode_format_arg_output:
 * numbers take '+'/' ' flags and '0' padding (after the sign and any 0x
 * prefix); everything else is padded with spaces.
 */
function pad(text: string, ch: string, flags: number, width: number, numeric: boolean): string {
  if (width <= 0 && !(numeric && flags & (F_SIGN | F_BLANK))) return text;
  const fill = numeric && flags & F_ZERO ? '0' : ' ';
  let sign = '';
  let body = text;
  if (numeric) {
    const c = text[0];
    if (c === '-' || c === '+') {
      sign = c;
      body = text.slice(1);
    } else if (flags & F_SIGN) sign = '+';
    else if (flags & F_BLANK) sign = ' ';
  }
  let prefix = '';
  if (flags & F_ALT && (ch === 'x' || ch === 'X' || ch === 'o')) {
    prefix = body.slice(0, 2);
    body = body.slice(2);
  }
  const padding = width - sign.length - prefix.length - (numeric ? body.length : codePointLength(body));
  if (padding <= 0) return sign + prefix + body;
  checkLength(width);
  if (flags & F_LJUST) return sign + prefix + body + ' '.repeat(padding);
  if (fill === '0') return sign + prefix + '0'.repeat(padding) + body;
  return ' '.repeat(padding) + sign + prefix + body;
}
