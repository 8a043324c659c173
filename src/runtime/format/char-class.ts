// Unicode character classes and case tables as CPython 3.11 defines them,
// shared by the str methods, repr() and the number parsers.
//
// Most classes are JS regular-expression property escapes: the engine already
// carries the Unicode database, so we ship only the few facts it lacks (the
// Numeric_Type of CJK numerals and superscripts, full case folding, titlecase
// mappings that differ from uppercase). Those tables were generated from
// CPython 3.11's unicodedata (Unicode 14). The engine's Unicode is newer, so
// characters assigned after Unicode 14 may classify differently than in
// CPython; assigned-before characters agree.
//
// Whole-string predicates test one anchored regex over the whole string
// instead of looping, so they allocate nothing. Per-position tests use sticky
// regexes positioned with lastIndex, for the same reason.

/** Python's str.isspace() for one UTF-16 code unit (all its spaces are BMP). */
export function isSpaceCode(c: number): boolean {
  if (c < 0x80) return (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x20);
  return (
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** The line boundaries of str.splitlines() (except \r\n, handled by the caller). */
export function isLineBreakCode(c: number): boolean {
  return (
    (c >= 0x0a && c <= 0x0d) ||
    (c >= 0x1c && c <= 0x1e) ||
    c === 0x85 ||
    c === 0x2028 ||
    c === 0x2029
  );
}

// Numeric_Type=Digit characters that are not decimal (superscripts, circled
// digits, ...): str.isdigit() accepts them, str.isdecimal() does not.
const DIGIT_EXTRA =
  '\\u{b2}-\\u{b3}\\u{b9}\\u{1369}-\\u{1371}\\u{19da}\\u{2070}\\u{2074}-\\u{2079}' +
  '\\u{2080}-\\u{2089}\\u{2460}-\\u{2468}\\u{2474}-\\u{247c}\\u{2488}-\\u{2490}' +
  '\\u{24ea}\\u{24f5}-\\u{24fd}\\u{24ff}\\u{2776}-\\u{277e}\\u{2780}-\\u{2788}' +
  '\\u{278a}-\\u{2792}\\u{10a40}-\\u{10a43}\\u{10e60}-\\u{10e68}\\u{11052}-\\u{1105a}' +
  '\\u{1f100}-\\u{1f10a}';

// Ideographs with a numeric value (一 二 三 百 千 万 ...): letters by category,
// yet str.isnumeric() is true for them.
const NUMERIC_EXTRA =
  '\\u{3405}\\u{3483}\\u{382a}\\u{3b4d}\\u{4e00}\\u{4e03}\\u{4e07}\\u{4e09}\\u{4e5d}' +
  '\\u{4e8c}\\u{4e94}\\u{4e96}\\u{4ebf}-\\u{4ec0}\\u{4edf}\\u{4ee8}\\u{4f0d}\\u{4f70}' +
  '\\u{5104}\\u{5146}\\u{5169}\\u{516b}\\u{516d}\\u{5341}\\u{5343}-\\u{5345}\\u{534c}' +
  '\\u{53c1}-\\u{53c4}\\u{56db}\\u{58f1}\\u{58f9}\\u{5e7a}\\u{5efe}-\\u{5eff}' +
  '\\u{5f0c}-\\u{5f0e}\\u{5f10}\\u{62fe}\\u{634c}\\u{67d2}\\u{6f06}\\u{7396}\\u{767e}' +
  '\\u{8086}\\u{842c}\\u{8cae}\\u{8cb3}\\u{8d30}\\u{9621}\\u{9646}\\u{964c}\\u{9678}' +
  '\\u{96f6}\\u{f96b}\\u{f973}\\u{f978}\\u{f9b2}\\u{f9d1}\\u{f9d3}\\u{f9fd}\\u{20001}' +
  '\\u{20064}\\u{200e2}\\u{20121}\\u{2092a}\\u{20983}\\u{2098c}\\u{2099c}\\u{20aea}' +
  '\\u{20afd}\\u{20b19}\\u{22390}\\u{22998}\\u{23b1b}\\u{2626d}\\u{2f890}';

const SPACE_CLASS = '\\t-\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';

/**
 * A regular expression made on first use. V8 builds a Unicode property
 * class's ranges when the RegExp object is created, so making them all at
 * load time cost every run of pygil start-up time, though few programs
 * call isalpha() or isprintable().
 */
export function lazy(make: () => RegExp): () => RegExp {
  let re: RegExp | undefined;
  return () => (re ??= make());
}

const ALL_ALPHA = lazy(() => /^\p{L}+$/u);
const ALL_DECIMAL = lazy(() => /^\p{Nd}+$/u);
const ALL_DIGIT = lazy(() => new RegExp(`^[\\p{Nd}${DIGIT_EXTRA}]+$`, 'u'));
const ALL_NUMERIC = lazy(() => new RegExp(`^[\\p{N}${NUMERIC_EXTRA}]+$`, 'u'));
const ALL_ALNUM = lazy(() => new RegExp(`^[\\p{L}\\p{N}${NUMERIC_EXTRA}]+$`, 'u'));
const ALL_SPACE = lazy(() => new RegExp(`^[${SPACE_CLASS}]+$`));
// Python's printable = everything but categories C* and Z*, except ' '.
const NON_PRINTABLE = lazy(() => /(?! )[\p{C}\p{Z}]/u);
const IDENTIFIER = lazy(() => /^[\p{XID_Start}_]\p{XID_Continue}*$/u);

export const isAlphaString = (s: string): boolean => ALL_ALPHA().test(s);
export const isDecimalString = (s: string): boolean => ALL_DECIMAL().test(s);
export const isDigitString = (s: string): boolean => ALL_DIGIT().test(s);
export const isNumericString = (s: string): boolean => ALL_NUMERIC().test(s);
export const isAlnumString = (s: string): boolean => ALL_ALNUM().test(s);
export const isSpaceString = (s: string): boolean => ALL_SPACE().test(s);
export const isPrintableString = (s: string): boolean => !NON_PRINTABLE().test(s);
export const isIdentifierString = (s: string): boolean => IDENTIFIER().test(s);

// Sticky per-position tests: set lastIndex, then test(). Each reads the code
// point at that index (a whole surrogate pair when there is one).
const PRINTABLE_AT = lazy(() => /[^\p{C}\p{Z}]/uy);
const UPPER_AT = lazy(() => /\p{Uppercase}/uy);
const LOWER_AT = lazy(() => /\p{Lowercase}/uy);
const TITLE_AT = lazy(() => /\p{Lt}/uy);
const CASED_AT = lazy(() => /\p{Cased}/uy);
const CASE_IGNORABLE_AT = lazy(() => /\p{Case_Ignorable}/uy);
const DECIMAL_AT = lazy(() => /\p{Nd}/uy);
const DECIMAL_ONE = lazy(() => /^\p{Nd}$/u);

function testAt(re: RegExp, s: string, i: number): boolean {
  re.lastIndex = i;
  return re.test(s);
}

/** Is the code point at s[i] printable in the sense of str.isprintable()? */
export function isPrintableAt(s: string, i: number): boolean {
  return s.charCodeAt(i) === 0x20 || testAt(PRINTABLE_AT(), s, i);
}
export const isUpperAt = (s: string, i: number): boolean => testAt(UPPER_AT(), s, i);
export const isLowerAt = (s: string, i: number): boolean => testAt(LOWER_AT(), s, i);
export const isTitleAt = (s: string, i: number): boolean => testAt(TITLE_AT(), s, i);
export const isCasedAt = (s: string, i: number): boolean => testAt(CASED_AT(), s, i);
export const isCaseIgnorableAt = (s: string, i: number): boolean =>
  testAt(CASE_IGNORABLE_AT(), s, i);

/**
 * The value 0-9 of the decimal digit (category Nd) at s[i], or -1. Unicode
 * encodes every Nd digit in a run of ten consecutive code points from zero to
 * nine, so the value is the distance from the start of the run, mod 10.
 */
export function decimalValueAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c < 0x80 || !testAt(DECIMAL_AT(), s, i)) return -1;
  // Walk back to the start of the run; the longest (mathematical digits) is 50.
  const cp = s.codePointAt(i)!;
  let n = 0;
  while (DECIMAL_ONE().test(String.fromCodePoint(cp - n - 1))) n++;
  return n % 10;
}

// ---- Case mappings that the JS engine does not provide -----------------

// Titlecase differs from uppercase only for these. Triples of
// (first, last, delta) map single code points; TITLE_MULTI maps to strings.
const TITLE_DELTAS = [
  0x1c4, 0x1c4, 1, 0x1c5, 0x1c5, 0, 0x1c6, 0x1c6, -1, 0x1c7, 0x1c7, 1, 0x1c8, 0x1c8, 0,
  0x1c9, 0x1c9, -1, 0x1ca, 0x1ca, 1, 0x1cb, 0x1cb, 0, 0x1cc, 0x1cc, -1, 0x1f1, 0x1f1, 1,
  0x1f2, 0x1f2, 0, 0x1f3, 0x1f3, -1, 0x10d0, 0x10fa, 0, 0x10fd, 0x10ff, 0, 0x1f80, 0x1f87, 8,
  0x1f88, 0x1f8f, 0, 0x1f90, 0x1f97, 8, 0x1f98, 0x1f9f, 0, 0x1fa0, 0x1fa7, 8, 0x1fa8, 0x1faf, 0,
  0x1fb3, 0x1fb3, 9, 0x1fbc, 0x1fbc, 0, 0x1fc3, 0x1fc3, 9, 0x1fcc, 0x1fcc, 0, 0x1ff3, 0x1ff3, 9,
  0x1ffc, 0x1ffc, 0,
];
const TITLE_MULTI: Record<number, string> = {
  0xdf: 'Ss', 0x587: '\u0535\u0582', 0x1fb2: '\u1fba\u0345', 0x1fb4: '\u0386\u0345',
  0x1fb7: '\u0391\u0342\u0345', 0x1fc2: '\u1fca\u0345', 0x1fc4: '\u0389\u0345',
  0x1fc7: '\u0397\u0342\u0345', 0x1ff2: '\u1ffa\u0345', 0x1ff4: '\u038f\u0345',
  0x1ff7: '\u03a9\u0342\u0345', 0xfb00: 'Ff', 0xfb01: 'Fi', 0xfb02: 'Fl', 0xfb03: 'Ffi',
  0xfb04: 'Ffl', 0xfb05: 'St', 0xfb06: 'St', 0xfb13: '\u0544\u0576', 0xfb14: '\u0544\u0565',
  0xfb15: '\u0544\u056b', 0xfb16: '\u054e\u0576', 0xfb17: '\u0544\u056d',
};

// Full case folding differs from lowercasing only for these.
const FOLD_DELTAS = [
  0xb5, 0xb5, 775, 0x17f, 0x17f, -268, 0x345, 0x345, 116, 0x3c2, 0x3c2, 1, 0x3d0, 0x3d0, -30,
  0x3d1, 0x3d1, -25, 0x3d5, 0x3d5, -15, 0x3d6, 0x3d6, -22, 0x3f0, 0x3f0, -54, 0x3f1, 0x3f1, -48,
  0x3f5, 0x3f5, -64, 0x13a0, 0x13f5, 0, 0x13f8, 0x13fd, -8, 0x1c80, 0x1c80, -6222,
  0x1c81, 0x1c81, -6221, 0x1c82, 0x1c82, -6212, 0x1c83, 0x1c84, -6210, 0x1c85, 0x1c85, -6211,
  0x1c86, 0x1c86, -6204, 0x1c87, 0x1c87, -6180, 0x1c88, 0x1c88, 35267, 0x1e9b, 0x1e9b, -58,
  0x1fbe, 0x1fbe, -7173, 0xab70, 0xabbf, -38864,
];
const FOLD_MULTI: Record<number, string> = {
  0xdf: 'ss', 0x149: '\u02bcn', 0x1f0: 'j\u030c', 0x390: '\u03b9\u0308\u0301',
  0x3b0: '\u03c5\u0308\u0301', 0x587: '\u0565\u0582', 0x1e96: 'h\u0331', 0x1e97: 't\u0308',
  0x1e98: 'w\u030a', 0x1e99: 'y\u030a', 0x1e9a: 'a\u02be', 0x1e9e: 'ss', 0x1f50: '\u03c5\u0313',
  0x1f52: '\u03c5\u0313\u0300', 0x1f54: '\u03c5\u0313\u0301', 0x1f56: '\u03c5\u0313\u0342',
  0x1fb2: '\u1f70\u03b9', 0x1fb3: '\u03b1\u03b9', 0x1fb4: '\u03ac\u03b9', 0x1fb6: '\u03b1\u0342',
  0x1fb7: '\u03b1\u0342\u03b9', 0x1fbc: '\u03b1\u03b9', 0x1fc2: '\u1f74\u03b9',
  0x1fc3: '\u03b7\u03b9', 0x1fc4: '\u03ae\u03b9', 0x1fc6: '\u03b7\u0342',
  0x1fc7: '\u03b7\u0342\u03b9', 0x1fcc: '\u03b7\u03b9', 0x1fd2: '\u03b9\u0308\u0300',
  0x1fd3: '\u03b9\u0308\u0301', 0x1fd6: '\u03b9\u0342', 0x1fd7: '\u03b9\u0308\u0342',
  0x1fe2: '\u03c5\u0308\u0300', 0x1fe3: '\u03c5\u0308\u0301', 0x1fe4: '\u03c1\u0313',
  0x1fe6: '\u03c5\u0342', 0x1fe7: '\u03c5\u0308\u0342', 0x1ff2: '\u1f7c\u03b9',
  0x1ff3: '\u03c9\u03b9', 0x1ff4: '\u03ce\u03b9', 0x1ff6: '\u03c9\u0342',
  0x1ff7: '\u03c9\u0342\u03b9', 0x1ffc: '\u03c9\u03b9', 0xfb00: 'ff', 0xfb01: 'fi',
  0xfb02: 'fl', 0xfb03: 'ffi', 0xfb04: 'ffl', 0xfb05: 'st', 0xfb06: 'st',
  0xfb13: '\u0574\u0576', 0xfb14: '\u0574\u0565', 0xfb15: '\u0574\u056b',
  0xfb16: '\u057e\u0576', 0xfb17: '\u0574\u056d',
};
// The Greek letters with ypogegrammeni fold to (base letter, iota): the base
// is the same run of 8 for 1f80-1f87 and 1f88-1f8f, and likewise after.
for (let i = 0; i < 16; i++) {
  const base = i & 7;
  FOLD_MULTI[0x1f80 + i] = String.fromCharCode(0x1f00 + base, 0x3b9);
  FOLD_MULTI[0x1f90 + i] = String.fromCharCode(0x1f20 + base, 0x3b9);
  FOLD_MULTI[0x1fa0 + i] = String.fromCharCode(0x1f60 + base, 0x3b9);
}

function lookupDelta(table: readonly number[], cp: number): number | undefined {
  for (let i = 0; i < table.length; i += 3) {
    if (cp < table[i]) return undefined; // the table is sorted
    if (cp <= table[i + 1]) return table[i + 2];
  }
  return undefined;
}

/** Python's full titlecase mapping of one code point. */
export function titleOf(cp: number, ch: string): string {
  const multi = TITLE_MULTI[cp];
  if (multi !== undefined) return multi;
  const d = lookupDelta(TITLE_DELTAS, cp);
  return d === undefined ? ch.toUpperCase() : String.fromCodePoint(cp + d);
}

/** Python's full case folding of one code point. */
export function foldOf(cp: number, ch: string): string {
  const multi = FOLD_MULTI[cp];
  if (multi !== undefined) return multi;
  const d = lookupDelta(FOLD_DELTAS, cp);
  return d === undefined ? ch.toLowerCase() : String.fromCodePoint(cp + d);
}

// ---- counting characters ---------------------------------------------------

/**
 * Length in code points. Padding and truncation count characters the way
 * CPython does, so that output with emoji lines up exactly as there; indices
 * (find, split, slicing) stay in UTF-16 units like the rest of pygil.
 */
export function codePointLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** The first n code points of s. */
export function codePointPrefix(s: string, n: number): string {
  let i = 0;
  for (let k = 0; k < n && i < s.length; k++) {
    const c = s.charCodeAt(i);
    i += c >= 0xd800 && c < 0xdc00 && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return s.slice(0, i);
}
