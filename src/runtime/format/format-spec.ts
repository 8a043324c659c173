// The format-spec mini-language: format(x, spec) for int, float and str.
//
//   [[fill]align][sign][z][#][0][width][grouping][.precision][type]
//
// Parsing, checking and padding follow CPython's formatter_unicode.c step by
// step, because its quirks are visible: the '0' flag pads *through* the
// thousands separators ('00,001,234'), 'inf' is zero-padded like a number,
// a bool reports its own type name in errors, and the order of the checks
// decides which message wins. Numbers are laid out as CPython does it: a
// sign, a prefix (0x...), the integer digits (grouped), then "the rest"
// (decimal point, fraction, exponent, '%'), with padding inserted at one
// of four places.

import { FormatError, checkLength } from './format-error.js';
import { floatToText, floatRepr } from './float-repr.js';
import { codePointLength, codePointPrefix, decimalValueAt } from './char-class.js';
import { intToDecimal } from './int-text.js';

export type Align = '<' | '>' | '^' | '=';

export interface FormatSpec {
  fill: string; // one code point
  align: Align;
  sign: '' | '+' | '-' | ' ';
  noNegZero: boolean; // 'z'
  alternate: boolean; // '#'
  width: number; // -1 when absent
  grouping: '' | ',' | '_'; // thousands separator
  precision: number; // -1 when absent
  type: string; // one character, or '' for none
}

const MAX_SSIZE = 9223372036854775807n;

function isAlign(c: string): boolean {
  return c === '<' || c === '>' || c === '^' || c === '=';
}

/** Reads a decimal integer (any Unicode decimal digits) at pos. */
function readInt(spec: string, pos: number): [value: number, next: number] {
  let value = 0;
  let big: bigint | null = null;
  let i = pos;
  for (; i < spec.length; i++) {
    const d = decimalValueAt(spec, i);
    if (d < 0) break;
    if (spec.charCodeAt(i) >= 0xd800 && spec.charCodeAt(i) < 0xdc00) i++; // astral digit
    // value * 10 + d stays exact (below 2**53) while value < 1e14.
    if (big === null && value < 1e14) {
      value = value * 10 + d;
    } else {
      big = (big ?? BigInt(value)) * 10n + BigInt(d);
      if (big > MAX_SSIZE) throw new FormatError('ValueError', 'Too many decimal digits in format string');
    }
  }
  return [big === null ? value : Number(big), i];
}

/** CPython's name for a presentation type in "Unknown format code" errors. */
function codeName(type: string): string {
  const c = type.codePointAt(0)!;
  return c > 32 && c < 128 ? type : '\\x' + c.toString(16);
}

/**
 * Parses a format spec. defaultType and defaultAlign are the type's own
 * ('d' and '>' for int, '' and '>' for float, 's' and '<' for str); typeName
 * appears in the "Invalid format specifier" message.
 */
export function parseFormatSpec(
  spec: string,
  defaultType = '',
  defaultAlign: Align = '>',
  typeName = 'object',
): FormatSpec {
  const end = spec.length;
  let pos = 0;
  let fill = ' ';
  let align: Align = defaultAlign;
  let fillGiven = false;
  let alignGiven = false;

  // A fill character is recognised only in front of an alignment character.
  const firstLen = end > 0 && spec.codePointAt(0)! > 0xffff ? 2 : 1;
  if (end > firstLen && isAlign(spec[firstLen])) {
    fill = spec.slice(0, firstLen);
    align = spec[firstLen] as Align;
    fillGiven = alignGiven = true;
    pos = firstLen + 1;
  } else if (end > 0 && isAlign(spec[0])) {
    align = spec[0] as Align;
    alignGiven = true;
    pos = 1;
  }

  let sign: FormatSpec['sign'] = '';
  const s = spec[pos];
  if (s === '+' || s === '-' || s === ' ') {
    sign = s;
    pos++;
  }
  let noNegZero = false;
  if (spec[pos] === 'z') {
    noNegZero = true;
    pos++;
  }
  let alternate = false;
  if (spec[pos] === '#') {
    alternate = true;
    pos++;
  }
  // '0' before the width means fill with zeros (and, for numbers with no
  // explicit alignment, put them after the sign).
  if (!fillGiven && spec[pos] === '0') {
    fill = '0';
    if (!alignGiven && defaultAlign === '>') align = '=';
    pos++;
  }

  let width = -1;
  let next: number;
  [width, next] = readInt(spec, pos);
  if (next === pos) width = -1;
  pos = next;

  let grouping: FormatSpec['grouping'] = '';
  if (spec[pos] === ',') {
    grouping = ',';
    pos++;
  }
  if (spec[pos] === '_') {
    if (grouping !== '') throw new FormatError('ValueError', "Cannot specify both ',' and '_'.");
    grouping = '_';
    pos++;
  }
  if (spec[pos] === ',' && grouping === '_') {
    throw new FormatError('ValueError', "Cannot specify both ',' and '_'.");
  }

  let precision = -1;
  if (spec[pos] === '.') {
    pos++;
    [precision, next] = readInt(spec, pos);
    if (next === pos) throw new FormatError('ValueError', 'Format specifier missing precision');
    pos = next;
  }

  const rest = end - pos;
  if (rest > 1 && !(rest === 2 && spec.codePointAt(pos)! > 0xffff)) {
    throw new FormatError(
      'ValueError',
      `Invalid format specifier '${spec}' for object of type '${typeName}'`,
    );
  }
  const type = rest > 0 ? spec.slice(pos) : defaultType;

  if (grouping !== '') {
    switch (type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case '':
        break;
      case 'b': case 'o': case 'x': case 'X':
        if (grouping === '_') break; // every four digits, see groupDigits
      // falls through
      default:
        throw new FormatError('ValueError', `Cannot specify '${grouping}' with '${codeName(type)}'.`);
    }
  }
  return { fill, align, sign, noNegZero, alternate, width, grouping, precision, type };
}

// Parsing the same few specs over and over (a format string in a loop) is
// common; remember recent results, one cache per kind of value since the
// defaults differ. Failed parses are not cached: they throw.
const intSpecs = new Map<string, FormatSpec>();
const boolSpecs = new Map<string, FormatSpec>();
const floatSpecs = new Map<string, FormatSpec>();
const strSpecs = new Map<string, FormatSpec>();

function cachedSpec(
  cache: Map<string, FormatSpec>,
  spec: string,
  defaultType: string,
  defaultAlign: Align,
  typeName: string,
): FormatSpec {
  let parsed = cache.get(spec);
  if (parsed === undefined) {
    parsed = parseFormatSpec(spec, defaultType, defaultAlign, typeName);
    if (cache.size >= 256) cache.clear();
    cache.set(spec, parsed);
  }
  return parsed;
}

function unknownCode(type: string, typeName: string): FormatError {
  return new FormatError(
    'ValueError',
    `Unknown format code '${codeName(type)}' for object of type '${typeName}'`,
  );
}

// ---- number layout ---------------------------------------------------------

/**
 * Inserts separators every `size` digits from the right, padding with
 * leading zeros (and separators between them) until the result is at least
 * minWidth long; CPython's rule, so '09,' turns 1234 into '0,001,234'.
 */
function groupDigits(digits: string, sep: string, size: number, minWidth: number): string {
  let remaining = digits.length;
  let w = minWidth;
  let out = '';
  let first = true;
  for (;;) {
    const len = Math.min(size, Math.max(remaining, w, 1));
    const zeros = Math.max(0, len - remaining);
    const take = Math.min(remaining, len);
    const chunk = (zeros > 0 ? '0'.repeat(zeros) : '') + digits.slice(remaining - take, remaining);
    out = first ? chunk : chunk + sep + out;
    first = false;
    remaining -= take;
    w -= len;
    if (remaining <= 0 && w <= 0) return out;
    w -= 1; // the separator
  }
}

/**
 * Lays out a number from its parts: sign character ('' or '-'), prefix
 * ('0x' ...), integer digits, and the rest (decimal point onward).
 */
function layoutNumber(
  f: FormatSpec,
  negative: boolean,
  prefix: string,
  digits: string,
  rest: string,
  groupSize: number,
): string {
  const sign = negative ? '-' : f.sign === '+' ? '+' : f.sign === ' ' ? ' ' : '';
  // rest is ASCII except for the 'c' type's character, which may be astral.
  const nonDigits = sign.length + prefix.length + (rest.length === 2 ? codePointLength(rest) : rest.length);
  const minWidth = f.fill === '0' && f.align === '=' ? f.width - nonDigits : 0;
  let body = digits;
  if (digits.length > 0) {
    if (f.grouping !== '') body = groupDigits(digits, f.grouping, groupSize, minWidth);
    else if (minWidth > digits.length) body = '0'.repeat(minWidth - digits.length) + digits;
  }
  const total = nonDigits + body.length;
  if (f.width <= total) return sign + prefix + body + rest;
  checkLength(f.width);
  const pad = f.width - total;
  switch (f.align) {
    case '<':
      return sign + prefix + body + rest + f.fill.repeat(pad);
    case '>':
      return f.fill.repeat(pad) + sign + prefix + body + rest;
    case '^': {
      const left = pad >> 1;
      return f.fill.repeat(left) + sign + prefix + body + rest + f.fill.repeat(pad - left);
    }
    default:
      return sign + prefix + f.fill.repeat(pad) + body + rest;
  }
}

// ---- int -------------------------------------------------------------------

/**
 * format(v, spec) for an int. typeName is 'bool' for bools (pass 1/0) so
 * errors name it. An empty spec means str(v): for a bool the caller must
 * produce 'True'/'False' itself.
 */
export function formatInt(v: number | bigint, spec: string, typeName = 'int'): string {
  if (spec === '') return intToDecimal(v);
  const cache = typeName === 'int' ? intSpecs : typeName === 'bool' ? boolSpecs : null;
  const f = cache ? cachedSpec(cache, spec, 'd', '>', typeName) : parseFormatSpec(spec, 'd', '>', typeName);
  switch (f.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      return formatIntSpec(v, f);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
      return formatFloatSpec(intToFloat(v), f);
    default:
      throw unknownCode(f.type, typeName);
  }
}

/** float(v) for an int, with CPython's overflow error. */
export function intToFloat(v: number | bigint): number {
  if (typeof v === 'number') return v;
  const x = Number(v);
  if (x === Infinity || x === -Infinity) {
    throw new FormatError('OverflowError', 'int too large to convert to float');
  }
  return x;
}

function formatIntSpec(v: number | bigint, f: FormatSpec): string {
  if (f.precision !== -1) {
    throw new FormatError('ValueError', 'Precision not allowed in integer format specifier');
  }
  if (f.noNegZero) {
    throw new FormatError('ValueError', 'Negative zero coercion (z) not allowed in integer format specifier');
  }
  if (f.type === 'c') {
    if (f.sign !== '') {
      throw new FormatError('ValueError', "Sign not allowed with integer format specifier 'c'");
    }
    if (f.alternate) {
      throw new FormatError('ValueError', "Alternate form (#) not allowed with integer format specifier 'c'");
    }
    if (typeof v === 'bigint' && (v > 9223372036854775807n || v < -9223372036854775808n)) {
      throw new FormatError('OverflowError', 'Python int too large to convert to C long');
    }
    if (v < 0 || v > 0x10ffff) throw new FormatError('OverflowError', '%c arg not in range(0x110000)');
    // The character is "rest", not digits: no grouping, and '=' pads before it.
    return layoutNumber(f, false, '', '', String.fromCodePoint(Number(v)), 3);
  }
  const negative = v < 0;
  const abs = negative ? -v : v;
  let digits: string;
  let prefix = '';
  switch (f.type) {
    case 'b': digits = abs.toString(2); prefix = '0b'; break;
    case 'o': digits = abs.toString(8); prefix = '0o'; break;
    case 'x': digits = abs.toString(16); prefix = '0x'; break;
    case 'X': digits = abs.toString(16).toUpperCase(); prefix = '0X'; break;
    default: digits = intToDecimal(abs);
  }
  // 'n' is locale-aware; pygil's locale is C, which does no grouping.
  const groupSize = f.type === 'd' || f.type === 'n' ? 3 : 4;
  return layoutNumber(f, negative, f.alternate ? prefix : '', digits, '', groupSize);
}

// ---- float -----------------------------------------------------------------

/** format(v, spec) for a float. An empty spec means str(v). */
export function formatFloat(v: number, spec: string): string {
  if (spec === '') return floatRepr(v);
  const f = cachedSpec(floatSpecs, spec, '', '>', 'float');
  switch (f.type) {
    case '': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      return formatFloatSpec(v, f);
    default:
      throw unknownCode(f.type, 'float');
  }
}

function formatFloatSpec(v: number, f: FormatSpec): string {
  if (f.precision > 2147483647) throw new FormatError('ValueError', 'precision too big');
  let precision = f.precision;
  let code: 'e' | 'f' | 'g' | 'r';
  let addDot0 = false;
  let percent = false;
  const upper = f.type === 'E' || f.type === 'F' || f.type === 'G';
  switch (f.type) {
    case '':
      // Like 'g' with at least one digit after the point, or repr when no
      // precision is given.
      addDot0 = true;
      code = precision < 0 ? 'r' : 'g';
      if (precision < 0) precision = 0;
      break;
    case 'n': case 'g': case 'G':
      code = 'g';
      break;
    case '%':
      code = 'f';
      v *= 100; // in floating point, as CPython does
      percent = true;
      break;
    case 'e': case 'E':
      code = 'e';
      break;
    default:
      code = 'f';
  }
  if (precision < 0) precision = 6;
  checkLength(precision);
  let text = floatToText(v, code, precision, f.alternate, addDot0, f.noNegZero);
  if (upper) text = text.toUpperCase();
  if (percent) text += '%';

  const negative = text.charCodeAt(0) === 0x2d; // '-'
  const start = negative ? 1 : 0;
  let i = start;
  while (i < text.length && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) i++;
  return layoutNumber(f, negative, '', text.slice(start, i), text.slice(i), 3);
}

// ---- str -------------------------------------------------------------------

/** format(s, spec) for a str. Width and precision count code points, as in CPython. */
export function formatStr(s: string, spec: string): string {
  if (spec === '') return s;
  const f = cachedSpec(strSpecs, spec, 's', '<', 'str');
  if (f.type !== 's') throw unknownCode(f.type, 'str');
  if (f.sign === ' ') throw new FormatError('ValueError', 'Space not allowed in string format specifier');
  if (f.sign !== '') throw new FormatError('ValueError', 'Sign not allowed in string format specifier');
  if (f.noNegZero) {
    throw new FormatError('ValueError', 'Negative zero coercion (z) not allowed in string format specifier');
  }
  if (f.alternate) {
    throw new FormatError('ValueError', 'Alternate form (#) not allowed in string format specifier');
  }
  if (f.align === '=') {
    throw new FormatError('ValueError', "'=' alignment not allowed in string format specifier");
  }
  if (f.precision >= 0 && s.length > f.precision) s = codePointPrefix(s, f.precision);
  return padStr(s, f);
}

function padStr(s: string, f: FormatSpec): string {
  if (f.width <= 0) return s;
  const pad = f.width - codePointLength(s);
  if (pad <= 0) return s;
  checkLength(f.width);
  if (f.align === '>') return f.fill.repeat(pad) + s;
  if (f.align === '^') {
    const left = pad >> 1;
    return f.fill.repeat(left) + s + f.fill.repeat(pad - left);
  }
  return s + f.fill.repeat(pad);
}
