// Conversions between text and ints, floats and strs: str(int), bin/oct/hex,
// int(str, base), float(str), repr(str), ascii() and repr(bytes).
//
// The parsers work on the JS string in place, reading Unicode digits and
// whitespace as they go, instead of first building the ASCII copy CPython
// makes; they return null for text that is not a literal, so the caller
// decides which exception to raise (the message builders are here too).
// CPython 3.11 caps decimal conversions at 4300 digits (CVE-2020-10735);
// that cap is a ValueError here as well, adjustable like
// sys.set_int_max_str_digits.

import { FormatError } from './format-error.js';
import { decimalValueAt, isPrintableAt, isSpaceCode } from './char-class.js';

/**
 * The current cap (0: none, else at least 640). sys.set_int_max_str_digits
 * sets it per process, so the sys module installs the getter; until then it
 * is CPython's default.
 */
let maxStrDigitsOf: () => number = () => 4300;

export function setIntMaxStrDigitsSource(source: () => number): void {
  maxStrDigitsOf = source;
}

/** The cap when `count` digits would exceed it, else 0. */
function exceededCap(count: number): number {
  if (count <= 640) return 0; // below any cap
  const cap = maxStrDigitsOf();
  return cap > 0 && count > cap ? cap : 0;
}

/** str(v) for an int, with CPython 3.11's digit cap. */
export function intToDecimal(v: number | bigint): string {
  if (typeof v === 'number') return String(v); // safe integers never need it
  const s = v.toString();
  const cap = exceededCap(v < 0n ? s.length - 1 : s.length);
  if (cap > 0) {
    throw new FormatError(
      'ValueError',
      `Exceeds the limit (${cap} digits) for integer string conversion; ` +
        'use sys.set_int_max_str_digits() to increase the limit',
    );
  }
  return s;
}

/** str(v), bin(v), oct(v), hex(v): '-0x1f' style, lower-case digits. */
export function intToString(v: number | bigint, base: 2 | 8 | 10 | 16): string {
  if (base === 10) return intToDecimal(v);
  const prefix = base === 2 ? '0b' : base === 8 ? '0o' : '0x';
  return v < 0 ? '-' + prefix + (-v).toString(base) : prefix + v.toString(base);
}

// ---- int(str, base) ----------------------------------------------------------

// int() and float() strip Unicode whitespace except \x1c-\x1f: CPython maps
// non-ASCII spaces to ' ' but then trims ASCII with C's isspace().
function isNumberSpace(c: number): boolean {
  return isSpaceCode(c) && (c < 0x1c || c > 0x1f);
}

/** Value of the digit at s[i] in bases up to 36 (any Unicode decimal digit too), or 99. */
function digitAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x7a) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x5a) return c - 0x41 + 10;
  if (c < 0x80) return 99;
  const d = decimalValueAt(s, i);
  return d < 0 ? 99 : d;
}

function prefixBase(c: number): number {
  switch (c | 0x20) {
    case 0x78: return 16; // x
    case 0x6f: return 8; // o
    case 0x62: return 2; // b
    default: return 0;
  }
}

/**
 * int(text, base) for base 0 or 2..36: the value, or null when text is not
 * a valid literal (the caller raises ValueError with
 * invalidIntLiteralMessage). Throws for a bad base and for the digit cap.
 */
export function parseIntLiteral(text: string, base: number): number | bigint | null {
  if (base !== 0 && (base < 2 || base > 36)) {
    throw new FormatError('ValueError', 'int() base must be >= 2 and <= 36, or 0');
  }
  let i = 0;
  let end = text.length;
  while (i < end && isNumberSpace(text.charCodeAt(i))) i++;
  while (end > i && isNumberSpace(text.charCodeAt(end - 1))) end--;
  let negative = false;
  const sc = text.charCodeAt(i);
  if (sc === 0x2b || sc === 0x2d) {
    negative = sc === 0x2d;
    i++;
  }
  // Base 0 reads the prefix; a leading 0 without one allows only zero
  // ("old octal" 010 is an error).
  let onlyZero = false;
  if (base === 0) {
    if (text.charCodeAt(i) !== 0x30) base = 10;
    else {
      base = prefixBase(text.charCodeAt(i + 1));
      if (base === 0) {
        base = 10;
        onlyZero = true;
      }
    }
  }
  if (text.charCodeAt(i) === 0x30 && i + 1 < end && prefixBase(text.charCodeAt(i + 1)) === base) {
    i += 2;
    if (text.charCodeAt(i) === 0x5f) i++; // one underscore may follow the prefix
  }

  // Digits, with single underscores between them.
  let clean = '';
  let simpleRun = true; // text[start, i) is plain ASCII digits of this base
  const start = i;
  let count = 0;
  let prevUnderscore = true; // no underscore before the first digit
  // A character that is not a digit ends the digits; like CPython, the
  // digit-count limit is checked before that makes the literal invalid.
  let badTail = false;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5f) {
      if (prevUnderscore) return null;
      prevUnderscore = true;
      if (simpleRun) clean = text.slice(start, i);
      simpleRun = false;
      continue;
    }
    const d = digitAt(text, i);
    if (d >= base) {
      badTail = true;
      break;
    }
    count++;
    prevUnderscore = false;
    if (c >= 0x80) {
      if (simpleRun) clean = text.slice(start, i);
      simpleRun = false;
      if (c >= 0xd800 && c < 0xdc00) i++; // astral digit: two code units
      clean += String.fromCharCode(0x30 + d);
    } else if (!simpleRun) {
      clean += text[i];
    }
  }
  if (count === 0 || prevUnderscore) return null;
  if (simpleRun) clean = text.slice(start, i);
  const cap = (base & (base - 1)) !== 0 ? exceededCap(count) : 0;
  if (cap > 0) {
    throw new FormatError(
      'ValueError',
      `Exceeds the limit (${cap} digits) for integer string conversion: ` +
        `value has ${count} digits; use sys.set_int_max_str_digits() to increase the limit`,
    );
  }
  if (badTail) return null;
  const value = digitsToInt(clean, base);
  if (onlyZero && value !== 0) return null;
  return negative ? negateInt(value) : value;
}

function negateInt(v: number | bigint): number | bigint {
  if (typeof v === 'number') return v === 0 ? 0 : -v;
  return normalizeInt(-v);
}

/** Narrows a bigint to a number when it is a safe integer (pygil's int convention). */
export function normalizeInt(v: bigint): number | bigint {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

/** ASCII digits (already checked) in base 2..36 to an int. */
function digitsToInt(digits: string, base: number): number | bigint {
  // Below 2**53 parseInt is exact.
  if (digits.length * Math.log2(base) < 53) return parseInt(digits, base);
  let big: bigint;
  if (base === 10) big = BigInt(digits);
  else if (base === 16) big = BigInt('0x' + digits);
  else if (base === 8) big = BigInt('0o' + digits);
  else if (base === 2) big = BigInt('0b' + digits);
  else {
    // Other bases: exact chunks of 8 digits (36**8 < 2**53) at a time.
    big = 0n;
    const b = BigInt(base);
    for (let k = 0; k < digits.length; k += 8) {
      const chunk = digits.slice(k, k + 8);
      big = big * b ** BigInt(chunk.length) + BigInt(parseInt(chunk, base));
    }
  }
  return normalizeInt(big);
}

/**
 * "invalid literal for int() with base 10: 'abc'". CPython shows at most 200
 * characters of the repr (%.200R), cutting off the closing quote if need be.
 */
export function invalidIntLiteralMessage(
  text: string,
  base: number,
  repr: (s: string) => string = strRepr,
): string {
  return `invalid literal for int() with base ${base}: ${repr(text).slice(0, 200)}`;
}

// ---- float(str) --------------------------------------------------------------

// Case-insensitive only where Python is: the exponent letter, inf, infinity, nan.
const FLOAT_SYNTAX =
  /^[+-]?(?:(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?|[iI][nN][fF](?:[iI][nN][iI][tT][yY])?|[nN][aA][nN])$/;

/** float(text): the value, or null when text is not a float literal. */
export function parseFloatLiteral(text: string): number | null {
  let i = 0;
  let end = text.length;
  while (i < end && isNumberSpace(text.charCodeAt(i))) i++;
  while (end > i && isNumberSpace(text.charCodeAt(end - 1))) end--;
  // Make an ASCII copy only when there are underscores or non-ASCII digits.
  let s = text.slice(i, end);
  let plain = true;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === 0x5f || c >= 0x80) {
      plain = false;
      break;
    }
  }
  if (!plain) {
    let out = '';
    let prev = 0; // previous character of the ASCII form
    for (let k = 0; k < s.length; k++) {
      let c = s.charCodeAt(k);
      if (c >= 0x80) {
        const d = decimalValueAt(s, k);
        if (d < 0) return null;
        if (c >= 0xd800 && c < 0xdc00) k++;
        c = 0x30 + d;
      }
      const isDigit = c >= 0x30 && c <= 0x39;
      // An underscore needs a digit on both sides.
      if (c === 0x5f) {
        if (!(prev >= 0x30 && prev <= 0x39)) return null;
      } else {
        if (prev === 0x5f && !isDigit) return null;
        out += String.fromCharCode(c);
      }
      prev = c;
    }
    if (prev === 0x5f) return null;
    s = out;
  }
  if (!FLOAT_SYNTAX.test(s)) return null;
  const last = s.charCodeAt(s.length - 1) | 0x20;
  if (last === 0x6e) return NaN; // nan
  if (last === 0x66 || last === 0x79) return s.charCodeAt(0) === 0x2d ? -Infinity : Infinity; // inf, infinity
  return Number(s); // correctly rounded, like CPython's strtod
}

/** "could not convert string to float: 'abc'" */
export function floatLiteralErrorMessage(
  text: string,
  repr: (s: string) => string = strRepr,
): string {
  return `could not convert string to float: ${repr(text)}`;
}

// ---- repr(str), ascii(str), repr(bytes) --------------------------------------

function hex2(c: number): string {
  return (c < 0x10 ? '\\x0' : '\\x') + c.toString(16);
}

function escapeCodePoint(cp: number): string {
  if (cp <= 0xff) return hex2(cp);
  if (cp <= 0xffff) return '\\u' + cp.toString(16).padStart(4, '0');
  return '\\U' + cp.toString(16).padStart(8, '0');
}

/** repr(s) for a str. */
export function strRepr(s: string): string {
  return quoteStr(s, false);
}

/** ascii(s) for a str: repr with every non-ASCII character escaped. */
export function strAscii(s: string): string {
  return quoteStr(s, true);
}

function quoteStr(s: string, asciiOnly: boolean): string {
  const quote = s.indexOf("'") >= 0 && s.indexOf('"') < 0 ? '"' : "'";
  const q = quote.charCodeAt(0);
  // Most strings need no escapes at all: check before building anything.
  let i = 0;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c >= 0x7f || c === q || c === 0x5c) break;
  }
  if (i === s.length) return quote + s + quote;

  let out = quote + s.slice(0, i);
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) {
      out += c === q || c === 0x5c ? '\\' + s[i] : s[i];
    } else if (c === 0x09) out += '\\t';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c < 0x80) out += hex2(c);
    else {
      const cp = s.codePointAt(i)!;
      const units = cp > 0xffff ? 2 : 1;
      if (!asciiOnly && isPrintableAt(s, i)) out += s.slice(i, i + units);
      else out += escapeCodePoint(cp);
      i += units - 1;
    }
  }
  return out + quote;
}

/**
 * ascii(obj) is repr(obj) with every non-ASCII character escaped; this does
 * the escaping (CPython's backslashreplace) for any repr text.
 */
export function escapeNonAscii(text: string): string {
  let i = 0;
  while (i < text.length && text.charCodeAt(i) < 0x80) i++;
  if (i === text.length) return text;
  let out = text.slice(0, i);
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      out += text[i];
    } else {
      const cp = text.codePointAt(i)!;
      out += escapeCodePoint(cp);
      if (cp > 0xffff) i++;
    }
  }
  return out;
}

/** repr(b) for bytes: b'...' */
export function bytesRepr(b: Uint8Array, prefix = 'b'): string {
  let hasSingle = false;
  let hasDouble = false;
  for (let i = 0; i < b.length; i++) {
    if (b[i] === 0x27) hasSingle = true;
    else if (b[i] === 0x22) hasDouble = true;
  }
  const q = hasSingle && !hasDouble ? 0x22 : 0x27;
  let out = prefix + String.fromCharCode(q);
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c === q || c === 0x5c) out += '\\' + String.fromCharCode(c);
    else if (c === 0x09) out += '\\t';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += hex2(c);
    else out += String.fromCharCode(c);
  }
  return out + String.fromCharCode(q);
}
