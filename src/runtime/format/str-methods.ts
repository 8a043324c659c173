// The methods of Python's str, as pure functions on JS strings.
//
// Indices are UTF-16 code units, the unit of JS strings and of pygil's
// indexing, so find() results can be used to slice (for BMP text they are
// also CPython's code points). Padding (center, ljust, rjust, zfill,
// expandtabs) counts code points, so emoji line up as in CPython; case
// mappings walk code points so that astral letters are not split.
//
// Argument type checks (is sep a str? is width an int?) belong to the
// caller; the errors raised here are the ones CPython raises for
// well-typed arguments.
//
// Hot paths (split, strip, find, replace without a count) lean on the
// engine's own string search and split, which have the same semantics as
// CPython's for a non-empty separator.

import { FormatError, checkLength } from './format-error.js';
import {
  codePointLength,
  foldOf,
  isAlnumString,
  isAlphaString,
  isCaseIgnorableAt,
  isCasedAt,
  isDecimalString,
  isDigitString,
  isIdentifierString,
  isLineBreakCode,
  isLowerAt,
  isNumericString,
  isPrintableString,
  isSpaceCode,
  isSpaceString,
  isTitleAt,
  isUpperAt,
  lazy,
  titleOf,
} from './char-class.js';

/** start/end arguments of find() and friends: an int, or None (null/undefined). */
export type SliceIndex = number | bigint | null | undefined;

function sliceIndex(v: SliceIndex, dflt: number): number {
  if (v === null || v === undefined) return dflt;
  if (typeof v === 'bigint') {
    // pygil keeps small ints as numbers, so a bigint is beyond any length.
    return v < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  }
  return v;
}

// CPython's ADJUST_INDICES: end is clamped to [0, len], start only below.
function adjustStart(start: SliceIndex, len: number): number {
  let st = sliceIndex(start, 0);
  if (st < 0) {
    st += len;
    if (st < 0) st = 0;
  }
  return st;
}
function adjustEnd(end: SliceIndex, len: number): number {
  let en = sliceIndex(end, len);
  if (en > len) en = len;
  else if (en < 0) {
    en += len;
    if (en < 0) en = 0;
  }
  return en;
}

function valueError(message: string): FormatError {
  return new FormatError('ValueError', message);
}

// ---- searching -------------------------------------------------------------

export function find(s: string, sub: string, start?: SliceIndex, end?: SliceIndex): number {
  const len = s.length;
  const st = adjustStart(start, len);
  const en = adjustEnd(end, len);
  if (en - st < sub.length) return -1;
  if (sub.length === 0) return st;
  const r = s.indexOf(sub, st);
  return r < 0 || r + sub.length > en ? -1 : r;
}

export function rfind(s: string, sub: string, start?: SliceIndex, end?: SliceIndex): number {
  const len = s.length;
  const st = adjustStart(start, len);
  const en = adjustEnd(end, len);
  if (en - st < sub.length) return -1;
  if (sub.length === 0) return en;
  const r = s.lastIndexOf(sub, en - sub.length);
  return r < st ? -1 : r;
}

export function index(s: string, sub: string, start?: SliceIndex, end?: SliceIndex): number {
  const r = find(s, sub, start, end);
  if (r < 0) throw valueError('substring not found');
  return r;
}

export function rindex(s: string, sub: string, start?: SliceIndex, end?: SliceIndex): number {
  const r = rfind(s, sub, start, end);
  if (r < 0) throw valueError('substring not found');
  return r;
}

/** Non-overlapping occurrences of sub in s[start:end]. */
export function count(s: string, sub: string, start?: SliceIndex, end?: SliceIndex): number {
  const len = s.length;
  const st = adjustStart(start, len);
  const en = adjustEnd(end, len);
  if (en - st < sub.length) return 0;
  if (sub.length === 0) return en - st + 1;
  let n = 0;
  for (let i = s.indexOf(sub, st); i >= 0 && i + sub.length <= en; i = s.indexOf(sub, i + sub.length)) {
    n++;
  }
  return n;
}

function tailMatch(s: string, sub: string, st: number, en: number, atEnd: boolean): boolean {
  en -= sub.length;
  if (en < st) return false;
  return s.startsWith(sub, atEnd ? en : st);
}

/** startswith(prefix[, start[, end]]); prefix may be a tuple (array) of strs. */
export function startswith(
  s: string,
  prefix: string | readonly string[],
  start?: SliceIndex,
  end?: SliceIndex,
): boolean {
  const st = adjustStart(start, s.length);
  const en = adjustEnd(end, s.length);
  if (typeof prefix === 'string') return tailMatch(s, prefix, st, en, false);
  for (const p of prefix) if (tailMatch(s, p, st, en, false)) return true;
  return false;
}

export function endswith(
  s: string,
  suffix: string | readonly string[],
  start?: SliceIndex,
  end?: SliceIndex,
): boolean {
  const st = adjustStart(start, s.length);
  const en = adjustEnd(end, s.length);
  if (typeof suffix === 'string') return tailMatch(s, suffix, st, en, true);
  for (const p of suffix) if (tailMatch(s, p, st, en, true)) return true;
  return false;
}

// ---- splitting and joining ---------------------------------------------------

/** split(sep=None, maxsplit=-1) */
export function split(s: string, sep: string | null = null, maxsplit = -1): string[] {
  const limit = maxsplit < 0 ? Infinity : maxsplit;
  if (sep === null) return splitWhitespace(s, limit);
  if (sep.length === 0) throw valueError('empty separator');
  if (limit === Infinity) return s.split(sep);
  const out: string[] = [];
  let i = 0;
  for (let n = 0; n < limit; n++) {
    const j = s.indexOf(sep, i);
    if (j < 0) break;
    out.push(s.slice(i, j));
    i = j + sep.length;
  }
  out.push(s.slice(i));
  return out;
}

function splitWhitespace(s: string, limit: number): string[] {
  const out: string[] = [];
  const len = s.length;
  let i = 0;
  for (let n = 0; n < limit; n++) {
    while (i < len && isSpaceCode(s.charCodeAt(i))) i++;
    if (i === len) return out;
    const j = i++;
    while (i < len && !isSpaceCode(s.charCodeAt(i))) i++;
    out.push(s.slice(j, i));
  }
  // maxsplit reached: the remainder, less its leading whitespace, is one piece.
  while (i < len && isSpaceCode(s.charCodeAt(i))) i++;
  if (i < len) out.push(s.slice(i));
  return out;
}

/** rsplit(sep=None, maxsplit=-1) */
export function rsplit(s: string, sep: string | null = null, maxsplit = -1): string[] {
  const limit = maxsplit < 0 ? Infinity : maxsplit;
  if (sep === null) return rsplitWhitespace(s, limit);
  if (sep.length === 0) throw valueError('empty separator');
  const out: string[] = [];
  let j = s.length;
  for (let n = 0; n < limit && j >= sep.length; n++) {
    const k = s.lastIndexOf(sep, j - sep.length);
    if (k < 0) break;
    out.push(s.slice(k + sep.length, j));
    j = k;
  }
  out.push(s.slice(0, j));
  return out.reverse();
}

function rsplitWhitespace(s: string, limit: number): string[] {
  const out: string[] = [];
  let i = s.length - 1;
  for (let n = 0; n < limit; n++) {
    while (i >= 0 && isSpaceCode(s.charCodeAt(i))) i--;
    if (i < 0) return out.reverse();
    const j = i--;
    while (i >= 0 && !isSpaceCode(s.charCodeAt(i))) i--;
    out.push(s.slice(i + 1, j + 1));
  }
  while (i >= 0 && isSpaceCode(s.charCodeAt(i))) i--;
  if (i >= 0) out.push(s.slice(0, i + 1));
  return out.reverse();
}

/** splitlines(keepends=False): splits at \n \r \r\n \v \f \x1c-\x1e \x85 \u2028 \u2029. */
export function splitlines(s: string, keepends = false): string[] {
  const out: string[] = [];
  const len = s.length;
  let i = 0;
  while (i < len) {
    const j = i;
    while (i < len && !isLineBreakCode(s.charCodeAt(i))) i++;
    let eol = i;
    if (i < len) {
      i += s.charCodeAt(i) === 0x0d && s.charCodeAt(i + 1) === 0x0a ? 2 : 1;
      if (keepends) eol = i;
    }
    out.push(s.slice(j, eol));
  }
  return out;
}

/** sep.join(parts) once the caller has checked every part is a str. */
export function joinStrings(sep: string, parts: readonly string[]): string {
  return parts.join(sep);
}

export function partition(s: string, sep: string): [string, string, string] {
  if (sep.length === 0) throw valueError('empty separator');
  const i = s.indexOf(sep);
  return i < 0 ? [s, '', ''] : [s.slice(0, i), sep, s.slice(i + sep.length)];
}

export function rpartition(s: string, sep: string): [string, string, string] {
  if (sep.length === 0) throw valueError('empty separator');
  const i = s.lastIndexOf(sep);
  return i < 0 ? ['', '', s] : [s.slice(0, i), sep, s.slice(i + sep.length)];
}

// ---- stripping and replacing -----------------------------------------------------

function stripBounds(s: string, chars: string | null, left: boolean, right: boolean): string {
  let i = 0;
  let j = s.length;
  if (chars === null) {
    if (left) while (i < j && isSpaceCode(s.charCodeAt(i))) i++;
    if (right) while (j > i && isSpaceCode(s.charCodeAt(j - 1))) j--;
  } else {
    if (left) while (i < j && chars.indexOf(s[i]) >= 0) i++;
    if (right) while (j > i && chars.indexOf(s[j - 1]) >= 0) j--;
  }
  return i === 0 && j === s.length ? s : s.slice(i, j);
}

/** strip(chars=None): chars None strips Python whitespace. */
export function strip(s: string, chars: string | null = null): string {
  return stripBounds(s, chars, true, true);
}
export function lstrip(s: string, chars: string | null = null): string {
  return stripBounds(s, chars, true, false);
}
export function rstrip(s: string, chars: string | null = null): string {
  return stripBounds(s, chars, false, true);
}

export function removeprefix(s: string, prefix: string): string {
  return prefix.length > 0 && s.startsWith(prefix) ? s.slice(prefix.length) : s;
}

export function removesuffix(s: string, suffix: string): string {
  return suffix.length > 0 && s.endsWith(suffix) ? s.slice(0, s.length - suffix.length) : s;
}

/** replace(old, new, count=-1) */
export function replace(s: string, old: string, repl: string, count = -1): string {
  const limit = count < 0 ? Infinity : count;
  if (limit === 0) return s;
  if (old.length === 0) {
    // The empty string matches before every character and at the end.
    let out = '';
    let n = 0;
    let i = 0;
    while (i < s.length && n < limit) {
      const w = s.codePointAt(i)! > 0xffff ? 2 : 1;
      out += repl + s.slice(i, i + w);
      i += w;
      n++;
    }
    if (i < s.length) return out + s.slice(i);
    return n < limit ? out + repl : out;
  }
  // split/join rather than replaceAll, which would expand '$&' in repl.
  if (limit === Infinity) return s.indexOf(old) < 0 ? s : s.split(old).join(repl);
  let out = '';
  let i = 0;
  for (let n = 0; n < limit; n++) {
    const j = s.indexOf(old, i);
    if (j < 0) break;
    out += s.slice(i, j) + repl;
    i = j + old.length;
  }
  return i === 0 ? s : out + s.slice(i);
}

/** expandtabs(tabsize=8): columns restart after \n and \r. */
export function expandtabs(s: string, tabsize = 8): string {
  if (s.indexOf('\t') < 0) return s;
  let out = '';
  let col = 0;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x09) {
      out += s.slice(from, i);
      from = i + 1;
      if (tabsize > 0) {
        const incr = tabsize - (col % tabsize);
        checkLength(out.length + incr);
        out += ' '.repeat(incr);
        col += incr;
      }
    } else if (c === 0x0a || c === 0x0d) {
      col = 0;
    } else if ((c & 0xfc00) !== 0xdc00) {
      col++; // a surrogate pair is one column
    }
  }
  return out + s.slice(from);
}

// ---- padding -------------------------------------------------------------------

function checkFill(fillchar: string): void {
  const cp = fillchar.codePointAt(0);
  if (cp === undefined || fillchar.length !== (cp > 0xffff ? 2 : 1)) {
    throw new FormatError('TypeError', 'The fill character must be exactly one character long');
  }
}

export function ljust(s: string, width: number, fillchar = ' '): string {
  checkFill(fillchar);
  const len = codePointLength(s);
  if (width <= len) return s;
  checkLength(width);
  return s + fillchar.repeat(width - len);
}

export function rjust(s: string, width: number, fillchar = ' '): string {
  checkFill(fillchar);
  const len = codePointLength(s);
  if (width <= len) return s;
  checkLength(width);
  return fillchar.repeat(width - len) + s;
}

/** center(width, fillchar=' '): the odd pad goes left when width is odd, as in CPython. */
export function center(s: string, width: number, fillchar = ' '): string {
  checkFill(fillchar);
  const len = codePointLength(s);
  if (width <= len) return s;
  checkLength(width);
  const marg = width - len;
  const left = (marg >> 1) + (marg & width & 1);
  return fillchar.repeat(left) + s + fillchar.repeat(marg - left);
}

/** zfill(width): zeros go after a leading sign. */
export function zfill(s: string, width: number): string {
  const len = codePointLength(s);
  if (width <= len) return s;
  checkLength(width);
  const zeros = '0'.repeat(width - len);
  const c = s[0];
  return c === '+' || c === '-' ? c + zeros + s.slice(1) : zeros + s;
}

// ---- case ----------------------------------------------------------------------

const ASCII_ONLY = /^[\x00-\x7f]*$/;

export function upper(s: string): string {
  return s.toUpperCase();
}

/** lower(): the engine applies the final-sigma rule just as CPython does. */
export function lower(s: string): string {
  return s.toLowerCase();
}

export function casefold(s: string): string {
  if (ASCII_ONLY.test(s)) return s.toLowerCase();
  let out = '';
  for (let i = 0; i < s.length; ) {
    const cp = s.codePointAt(i)!;
    const w = cp > 0xffff ? 2 : 1;
    out += foldOf(cp, s.slice(i, i + w));
    i += w;
  }
  return out;
}

// Start index of the code point that ends just before index j (j > 0).
function prevCodePoint(s: string, j: number): number {
  const c = s.charCodeAt(j - 1);
  if (c >= 0xdc00 && c < 0xe000 && j >= 2) {
    const h = s.charCodeAt(j - 2);
    if (h >= 0xd800 && h < 0xdc00) return j - 2;
  }
  return j - 1;
}

/**
 * Capital sigma at s[i] lowercases to final 'ς' when a cased letter precedes
 * it and none follows it (case-ignorable characters in between are skipped).
 */
function isFinalSigma(s: string, i: number): boolean {
  let j = i;
  let k = -1;
  while (j > 0) {
    k = prevCodePoint(s, j);
    if (!isCaseIgnorableAt(s, k)) break;
    j = k;
    k = -1;
  }
  if (k < 0 || !isCasedAt(s, k)) return false;
  for (let m = i + 1; m < s.length; ) {
    if (!isCaseIgnorableAt(s, m)) return !isCasedAt(s, m);
    m += s.codePointAt(m)! > 0xffff ? 2 : 1;
  }
  return true;
}

function lowerAt(s: string, i: number, cp: number, ch: string): string {
  if (cp === 0x3a3) return isFinalSigma(s, i) ? '\u03c2' : '\u03c3';
  return ch.toLowerCase();
}

export function swapcase(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; ) {
    const cp = s.codePointAt(i)!;
    const w = cp > 0xffff ? 2 : 1;
    const ch = w === 1 ? s[i] : s.slice(i, i + 2);
    if (isUpperAt(s, i)) out += lowerAt(s, i, cp, ch);
    else if (isLowerAt(s, i)) out += ch.toUpperCase();
    else out += ch;
    i += w;
  }
  return out;
}

/** title(): titlecase after an uncased character, lowercase after a cased one. */
export function title(s: string): string {
  let out = '';
  let prevCased = false;
  if (ASCII_ONLY.test(s)) {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      const isUpper = c >= 0x41 && c <= 0x5a;
      const isLower = c >= 0x61 && c <= 0x7a;
      if (isUpper && prevCased) out += String.fromCharCode(c + 32);
      else if (isLower && !prevCased) out += String.fromCharCode(c - 32);
      else out += s[i];
      prevCased = isUpper || isLower;
    }
    return out;
  }
  for (let i = 0; i < s.length; ) {
    const cp = s.codePointAt(i)!;
    const w = cp > 0xffff ? 2 : 1;
    const ch = w === 1 ? s[i] : s.slice(i, i + 2);
    out += prevCased ? lowerAt(s, i, cp, ch) : titleOf(cp, ch);
    prevCased = isCasedAt(s, i);
    i += w;
  }
  return out;
}

/** capitalize(): first character titlecased, the rest lowercased. */
export function capitalize(s: string): string {
  if (s.length === 0) return s;
  const cp0 = s.codePointAt(0)!;
  const w0 = cp0 > 0xffff ? 2 : 1;
  let out = titleOf(cp0, s.slice(0, w0));
  for (let i = w0; i < s.length; ) {
    const cp = s.codePointAt(i)!;
    const w = cp > 0xffff ? 2 : 1;
    out += lowerAt(s, i, cp, w === 1 ? s[i] : s.slice(i, i + 2));
    i += w;
  }
  return out;
}

// ---- predicates --------------------------------------------------------------------

export const isalpha = isAlphaString;
export const isdecimal = isDecimalString;
export const isdigit = isDigitString;
export const isnumeric = isNumericString;
export const isalnum = isAlnumString;
export const isspace = isSpaceString;
export const isprintable = isPrintableString;
export const isidentifier = isIdentifierString;

export function isascii(s: string): boolean {
  return ASCII_ONLY.test(s);
}

const HAS_LOWER_OR_TITLE = lazy(() => /[\p{Lowercase}\p{Lt}]/u);
const HAS_UPPER_OR_TITLE = lazy(() => /[\p{Uppercase}\p{Lt}]/u);
const HAS_UPPER = lazy(() => /\p{Uppercase}/u);
const HAS_LOWER = lazy(() => /\p{Lowercase}/u);

/** At least one cased character, and no lowercase or titlecase ones. */
export function isupper(s: string): boolean {
  return HAS_UPPER().test(s) && !HAS_LOWER_OR_TITLE().test(s);
}

/** At least one cased character, and no uppercase or titlecase ones. */
export function islower(s: string): boolean {
  return HAS_LOWER().test(s) && !HAS_UPPER_OR_TITLE().test(s);
}

/** Uppercase/titlecase only at the start of words, lowercase only inside them. */
export function istitle(s: string): boolean {
  let cased = false;
  let prevCased = false;
  for (let i = 0; i < s.length; ) {
    const c = s.charCodeAt(i);
    if (isUpperAt(s, i) || isTitleAt(s, i)) {
      if (prevCased) return false;
      prevCased = cased = true;
    } else if (isLowerAt(s, i)) {
      if (!prevCased) return false;
      prevCased = cased = true;
    } else {
      prevCased = false;
    }
    i += c >= 0xd800 && c < 0xdc00 && i + 1 < s.length ? 2 : 1;
  }
  return cased;
}

// ---- translation -------------------------------------------------------------------

/** A translation table: code point -> replacement code point, string, or None (delete). */
export type TranslateTable = ReadonlyMap<number, number | string | null>;

/** str.maketrans(x, y[, z]) with strs. */
export function maketrans(x: string, y: string, z?: string): Map<number, number | null> {
  if (x.length !== y.length) {
    throw valueError('the first two maketrans arguments must have equal length');
  }
  const table = new Map<number, number | null>();
  for (let i = 0; i < x.length; i++) table.set(x.charCodeAt(i), y.charCodeAt(i));
  if (z !== undefined) for (let i = 0; i < z.length; i++) table.set(z.charCodeAt(i), null);
  return table;
}

/**
 * str.maketrans(dict): str keys of one character become code points; int
 * keys stay. The caller rejects keys of other types
 * ("keys in translate table must be strings or integers").
 */
export function maketransFromDict<V>(
  entries: Iterable<readonly [number | bigint | string, V]>,
): Map<number | bigint, V> {
  const table = new Map<number | bigint, V>();
  for (const [k, v] of entries) {
    if (typeof k === 'string') {
      if (k.length !== 1) throw valueError('string keys in translate table must be of length 1');
      table.set(k.charCodeAt(0), v);
    } else {
      table.set(k, v);
    }
  }
  return table;
}

/**
 * translate(table). table is a Map or a lookup function (for a dict or any
 * object with __getitem__: return undefined where it raises LookupError).
 * The caller converts values that are not int, str or None into
 * "character mapping must return integer, None or str".
 */
export function translate(
  s: string,
  table: TranslateTable | ((cp: number) => number | bigint | string | null | undefined),
): string {
  const lookup = typeof table === 'function' ? table : (cp: number) => table.get(cp);
  let out = '';
  for (let i = 0; i < s.length; ) {
    const cp = s.codePointAt(i)!;
    const w = cp > 0xffff ? 2 : 1;
    const r = lookup(cp);
    if (r === undefined) out += w === 1 ? s[i] : s.slice(i, i + 2);
    else if (typeof r === 'string') out += r;
    else if (r !== null) {
      if (r < 0 || r > 0x10ffff) throw valueError('character mapping must be in range(0x110000)');
      out += String.fromCodePoint(Number(r));
    }
    i += w;
  }
  return out;
}
