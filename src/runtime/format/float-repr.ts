// Floats to decimal text: repr(float), and the correctly rounded digits that
// format(), '%' and str.format() lay out.
//
// repr needs the shortest digits that round-trip, which is exactly what the
// JS engine's Number-to-string conversion produces; only CPython's layout
// differs (exponent from 1e16 and below 1e-4, at least two exponent digits,
// '.0' on integral values). Fixed precision needs digits rounded
// half-to-even on the exact binary value, which toFixed/toPrecision do not do
// (they round ties up, and toFixed gives up above 1e21 and beyond 100
// digits), so those are computed exactly with BigInt arithmetic.

/** repr(x) == str(x) for a Python float. */
export function floatRepr(x: number): string {
  if (x !== x) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return 1 / x < 0 ? '-0.0' : '0.0';
  const ax = x < 0 ? -x : x;
  // In this range the engine writes fixed notation, which is also CPython's
  // choice, and the digits are the same shortest round-trip digits.
  if (ax >= 1e-4 && ax < 1e16) {
    const s = String(x);
    return s.indexOf('.') < 0 ? s + '.0' : s;
  }
  const s = x.toExponential(); // shortest digits: "d.ddde+N" / "de-N"
  const e = s.indexOf('e');
  return e + 3 === s.length
    ? s.slice(0, e + 2) + '0' + s.charAt(e + 2) // one exponent digit: pad to two
    : s;
}

/** Digits with a decimal exponent: value = 0.DIGITS × 10**decpt. */
export interface DecimalDigits {
  digits: string; // no leading zeros; "0" for zero
  decpt: number;
}

/** The shortest round-trip digits of |x| (x finite). */
export function shortestDigits(x: number): DecimalDigits {
  if (x === 0) return { digits: '0', decpt: 1 };
  const s = (x < 0 ? -x : x).toExponential();
  const e = s.indexOf('e');
  const digits = e === 1 ? s.charAt(0) : s.charAt(0) + s.slice(2, e);
  return { digits, decpt: Number(s.slice(e + 1)) + 1 };
}

// ---- exact rounding --------------------------------------------------------

const bits = new DataView(new ArrayBuffer(8));

/** |x| = m × 2**e exactly, for finite nonzero x. */
function decompose(x: number): [bigint, number] {
  bits.setFloat64(0, x);
  const hi = bits.getUint32(0);
  const lo = bits.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let m = (hi & 0xfffff) * 0x100000000 + lo;
  let e: number;
  if (biased === 0) {
    e = -1074; // subnormal
  } else {
    m += 0x10000000000000;
    e = biased - 1075;
  }
  // Drop trailing zero bits so the BigInt work below stays small.
  while (m % 2 === 0) {
    m /= 2;
    e++;
  }
  return [BigInt(m), e];
}

const powCache: bigint[] = [];
function pow10(n: number): bigint {
  if (n < 64) {
    let p = powCache[n];
    if (p === undefined) p = powCache[n] = 10n ** BigInt(n);
    return p;
  }
  return 10n ** BigInt(n);
}

/** round-half-even(m × 2**e × 10**s), exactly. */
function roundScaled(m: bigint, e: number, s: number): bigint {
  let num = m;
  let den = 1n;
  if (e >= 0) num <<= BigInt(e);
  else den <<= BigInt(-e);
  if (s >= 0) num *= pow10(s);
  else den *= pow10(-s);
  if (den === 1n) return num;
  const q = num / den;
  const twice = (num - q * den) * 2n;
  return twice > den || (twice === den && (q & 1n) === 1n) ? q + 1n : q;
}

/**
 * The digits of round-half-even(|x| × 10**p) for finite x and p >= 0, as a
 * decimal string without sign ("0" when it rounds to zero).
 */
export function fixedDigits(x: number, p: number): string {
  const ax = x < 0 ? -x : x;
  if (ax === 0) return '0';
  if (ax < 9007199254740992 && Math.floor(ax) === ax) {
    return p === 0 ? String(ax) : String(ax) + '0'.repeat(p);
  }
  const [m, e] = decompose(ax);
  return roundScaled(m, e, p).toString();
}

/**
 * |x| rounded half-even to n >= 1 significant digits, x finite and nonzero:
 * exactly n digits, and decpt such that the value is 0.DIGITS × 10**decpt.
 */
export function significantDigits(x: number, n: number): DecimalDigits {
  const ax = x < 0 ? -x : x;
  const [m, e] = decompose(ax);
  // k = floor(log10(ax)) is the exponent of the first digit; the float
  // estimate can be off by one near powers of ten, so check and retry.
  // k must come from the exact value, not from the rounded digits: 1e-7 is
  // just below 10**-7, so its 17 digits are 99999999999999995 (k = -8),
  // while scaling for k = -7 would round up to a plausible 1000...0.
  let k = Math.floor(Math.log10(ax));
  while (comparePow10(m, e, k) < 0) k--;
  while (comparePow10(m, e, k + 1) >= 0) k++;
  const lowest = pow10(n - 1);
  const q = roundScaled(m, e, n - 1 - k);
  // Rounding up may carry into one more digit (9.99 to 2 digits is 10).
  if (q === lowest * 10n) return { digits: lowest.toString(), decpt: k + 2 };
  return { digits: q.toString(), decpt: k + 1 };
}

/** The sign of m × 2**e − 10**k, computed exactly. */
function comparePow10(m: bigint, e: number, k: number): number {
  let lhs = m;
  let rhs = 1n;
  if (e >= 0) lhs <<= BigInt(e);
  else rhs <<= BigInt(-e);
  if (k >= 0) rhs *= pow10(k);
  else lhs *= pow10(-k);
  return lhs < rhs ? -1 : lhs > rhs ? 1 : 0;
}

// ---- layout ----------------------------------------------------------------

/**
 * How CPython's PyOS_double_to_string lays out a float. code: 'e', 'f', 'g',
 * or 'r' (repr digits). addDot0 gives integral results a '.0' (and makes 'g'
 * switch to exponent one digit sooner) as format() does for the empty type;
 * alt is the '#' flag; noNegZero is the 'z' flag. The result has a leading
 * '-' for negative values and is lower case ('inf', 'nan', 'e+05').
 */
export function floatToText(
  x: number,
  code: 'e' | 'f' | 'g' | 'r',
  precision: number,
  alt = false,
  addDot0 = false,
  noNegZero = false,
): string {
  if (x !== x) return 'nan';
  const negative = x < 0 || (x === 0 && 1 / x < 0);
  if (x === Infinity || x === -Infinity) return negative ? '-inf' : 'inf';

  if (code === 'f') return fixedText(x, negative, precision, alt, noNegZero);

  let d: DecimalDigits;
  let wanted: number; // digit positions to show, counted from the first digit
  if (code === 'r') {
    d = shortestDigits(x);
    wanted = d.digits.length;
  } else {
    if (code === 'g' && precision === 0) precision = 1;
    const n = code === 'e' ? precision + 1 : precision;
    d = x === 0 ? { digits: '0', decpt: 1 } : significantDigits(x, n);
    // 'e' and alternate 'g' keep trailing zeros; plain 'g' drops them.
    wanted = code === 'e' ? n : alt ? precision : 0;
    if (wanted === 0) d.digits = stripTrailingZeros(d.digits);
  }
  let digits = d.digits;
  let decpt = d.decpt;

  let useExp: boolean;
  if (code === 'e') useExp = true;
  else if (code === 'g') useExp = decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision);
  else useExp = decpt <= -4 || decpt > 16;
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  if (wanted < digits.length) wanted = digits.length;
  if (wanted < decpt) wanted = decpt;
  if (!useExp && addDot0 && wanted === decpt) wanted = decpt + 1;

  let text: string;
  if (decpt <= 0) {
    text = '0.' + '0'.repeat(-decpt) + digits + '0'.repeat(wanted - digits.length);
  } else {
    if (digits.length < wanted) digits += '0'.repeat(wanted - digits.length);
    text = digits.slice(0, decpt);
    if (wanted > decpt) text += '.' + digits.slice(decpt);
    else if (alt) text += '.';
  }
  if (useExp) {
    const a = exp < 0 ? -exp : exp;
    text += (exp < 0 ? 'e-' : 'e+') + (a < 10 ? '0' + a : String(a));
  }
  const zero = noNegZero && d.digits === '0';
  return negative && !zero ? '-' + text : text;
}

const ALL_ZERO = /^[0.]*$/;

/** The 'f' layout: fixed point with exactly `precision` decimals. */
function fixedText(
  x: number,
  negative: boolean,
  precision: number,
  alt: boolean,
  noNegZero: boolean,
): string {
  const ax = negative ? -x : x;
  let text: string;
  // toFixed is exact except that it rounds ties up. A tie needs
  // x = (2n+1) / (2 × 10**p), so x × 2**(p+1) would be an integer; when it
  // is not, toFixed's answer is CPython's, without any BigInt work.
  if (precision <= 100 && ax < 1e21 && !Number.isInteger(ax * 2 ** (precision + 1))) {
    text = ax.toFixed(precision);
    if (alt && precision === 0) text += '.';
    const zero = noNegZero && ALL_ZERO.test(text);
    return negative && !zero ? '-' + text : text;
  }
  const q = fixedDigits(x, precision);
  if (precision === 0) {
    text = alt ? q + '.' : q;
  } else {
    const padded = q.length <= precision ? '0'.repeat(precision - q.length + 1) + q : q;
    const cut = padded.length - precision;
    text = padded.slice(0, cut) + '.' + padded.slice(cut);
  }
  const zero = noNegZero && ALL_ZERO.test(text);
  return negative && !zero ? '-' + text : text;
}

function stripTrailingZeros(digits: string): string {
  let end = digits.length;
  while (end > 1 && digits.charCodeAt(end - 1) === 0x30) end--;
  return end === digits.length ? digits : digits.slice(0, end);
}
