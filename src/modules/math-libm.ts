// The math functions whose printed digits depend on the exact algorithm.
//
// CPython computes gamma and lgamma itself (a Lanczos sum), and takes the
// others from the C library. V8's Math.sinh, Math.cbrt ... are fdlibm ports
// built on fdlibm's own exp and log, which are an ulp off often enough to
// show in repr(); glibc runs the same fdlibm formulas over its (correctly
// rounded, in practice) exp and log, and has its own cbrt. So these follow
// the algorithms of CPython 3.11 on glibc step by step, with random-core's
// correctly rounded exp/log/pow/sin/cos where those call libm, and give the
// same bits. Each returns C's value (NaN, ±Infinity); a domain or range error
// is reported through `errno`, as C's errno, for math.ts to raise.

import { crExp, crLog, crSin, crCos, pyPow } from './random-core.js';
import { frexp, ldexp } from '../runtime/types/float-type.js';

/** C's errno after a call: 'EDOM' (ValueError), 'ERANGE' (OverflowError) or null. */
export let errno: 'EDOM' | 'ERANGE' | null = null;

const words = new DataView(new ArrayBuffer(8));

/** The high 32 bits of |x|, which fdlibm compares against hex thresholds. */
function highAbs(x: number): number {
  words.setFloat64(0, x);
  return words.getUint32(0) & 0x7fffffff;
}

function lowWord(x: number): number {
  words.setFloat64(0, x);
  return words.getUint32(4);
}

/** C's pow, Infinity on overflow instead of pyPow's exception. */
function cPow(x: number, y: number): number {
  try {
    return pyPow(x, y);
  } catch {
    return Infinity;
  }
}

// ---------------------------------------------------------------- gamma and lgamma (CPython's own)

// The Lanczos approximation CPython uses: g and the 13 coefficients of the
// rational function whose denominator is x(x+1)...(x+11).
const LANCZOS_G = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
const LANCZOS_NUM = [
  23531376880.410759688572007674451636754734846804940,
  42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843,
  17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708,
  1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801,
  31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768,
  186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024,
  210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN = [
  0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
  13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
];
const LOG_PI = 1.144729885849400174143427351353058711647;

/** The rational function of the Lanczos sum; in powers of 1/x for larger x, so it cannot overflow. */
function lanczosSum(x: number): number {
  let num = 0, den = 0;
  const n = LANCZOS_NUM.length;
  if (x < 5) {
    for (let i = n - 1; i >= 0; i--) {
      num = num * x + LANCZOS_NUM[i];
      den = den * x + LANCZOS_DEN[i];
    }
  } else {
    for (let i = 0; i < n; i++) {
      num = num / x + LANCZOS_NUM[i];
      den = den / x + LANCZOS_DEN[i];
    }
  }
  return num / den;
}

/** sin(pi x) for finite x, exact at the integers and half-integers. */
function sinPi(x: number): number {
  const y = Math.abs(x) % 2;
  let r: number;
  switch (Math.round(2 * y)) {
    case 0: r = crSin(Math.PI * y); break;
    case 1: r = crCos(Math.PI * (y - 0.5)); break;
    case 2: r = crSin(Math.PI * (1 - y)); break; // not -sin(pi (y-1)): that is -0.0 at y = 1
    case 3: r = -crCos(Math.PI * (y - 1.5)); break;
    default: r = crSin(Math.PI * (y - 2));
  }
  return (x < 0 || Object.is(x, -0) ? -1 : 1) * r;
}

/** (n-1)! for n = 1..23: gamma is exact at the integers whose factorial is a double. */
const GAMMA_INTEGRAL: number[] = [];
for (let k = 0, p = 1; k < 23; k++, p *= k) GAMMA_INTEGRAL.push(p);

export function gamma(x: number): number {
  errno = null;
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x) || x > 0) return x;
    errno = 'EDOM';
    return NaN;
  }
  if (x === 0) {
    errno = 'EDOM';
    return Object.is(x, -0) ? -Infinity : Infinity;
  }
  if (x === Math.floor(x)) {
    if (x < 0) {
      errno = 'EDOM';
      return NaN;
    }
    if (x <= GAMMA_INTEGRAL.length) return GAMMA_INTEGRAL[x - 1];
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) {
    const r = 1 / x;
    if (!Number.isFinite(r)) errno = 'ERANGE';
    return r;
  }
  if (absx > 200) {
    // Overflows above 200; below -200 it underflows to a signed zero.
    if (x < 0) return 0 / sinPi(x);
    errno = 'ERANGE';
    return Infinity;
  }
  const y = absx + LANCZOS_G_MINUS_HALF;
  // z is the rounding error of that sum, folded back in below.
  let z = absx > LANCZOS_G_MINUS_HALF ? (y - absx) - LANCZOS_G_MINUS_HALF : (y - LANCZOS_G_MINUS_HALF) - absx;
  z = z * LANCZOS_G / y;
  let r: number;
  if (x < 0) {
    r = -Math.PI / sinPi(absx) / absx * crExp(y) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140) {
      r /= cPow(y, absx - 0.5);
    } else {
      const sqrtpow = cPow(y, absx / 2 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczosSum(absx) / crExp(y);
    r += z * r;
    if (absx < 140) {
      r *= cPow(y, absx - 0.5);
    } else {
      // y**(absx - 0.5) itself could overflow where the product does not.
      const sqrtpow = cPow(y, absx / 2 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (!Number.isFinite(r)) errno = 'ERANGE';
  return r;
}

export function lgamma(x: number): number {
  errno = null;
  if (!Number.isFinite(x)) return Number.isNaN(x) ? x : Infinity;
  if (x === Math.floor(x) && x <= 2) {
    if (x <= 0) {
      errno = 'EDOM';
      return Infinity;
    }
    return 0;
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return -crLog(absx);
  let r = crLog(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (crLog(absx + LANCZOS_G - 0.5) - 1);
  // The reflection formula for negative x.
  if (x < 0) r = LOG_PI - crLog(Math.abs(sinPi(absx))) - crLog(absx) - r;
  if (!Number.isFinite(r)) errno = 'ERANGE';
  return r;
}

// ---------------------------------------------------------------- hyperbolic functions (fdlibm on glibc)

const LN2 = 6.93147180559945286227e-01;
/** High words of 22, 2**-28, 1, ln(DBL_MAX) and of the sinh/cosh overflow threshold. */
const HW_22 = 0x40360000, HW_2M28 = 0x3e300000, HW_ONE = 0x3ff00000, HW_LOG_MAX = 0x40862e42;

/** Whether |x| is at most the largest argument whose sinh or cosh is finite (0x408633CE8FB9F87D). */
function belowHyperbolicOverflow(ix: number, x: number): boolean {
  return ix < 0x408633ce || (ix === 0x408633ce && lowWord(x) <= 0x8fb9f87d);
}

export function sinh(x: number): number {
  const ix = highAbs(x);
  if (ix >= 0x7ff00000) return x + x;
  const h = x < 0 ? -0.5 : 0.5;
  const ax = Math.abs(x);
  if (ix < HW_22) {
    if (ix < HW_2M28) return x;
    const t = Math.expm1(ax); // V8's expm1 is fdlibm's, as glibc's
    if (ix < HW_ONE) return h * (2 * t - t * t / (t + 1));
    return h * (t + t / (t + 1));
  }
  if (ix < HW_LOG_MAX) return h * crExp(ax);
  if (belowHyperbolicOverflow(ix, x)) {
    const w = crExp(0.5 * ax);
    const t = h * w;
    return t * w;
  }
  return x * 1e307;
}

export function cosh(x: number): number {
  const ix = highAbs(x);
  if (ix >= 0x7ff00000) return x * x;
  const ax = Math.abs(x);
  if (ix < HW_22) {
    if (ix < 0x3fd62e43) { // |x| < ln2 / 2
      if (ix < 0x3c800000) return 1;
      const t = Math.expm1(ax);
      const w = 1 + t;
      return 1 + (t * t) / (w + w);
    }
    const t = crExp(ax);
    return 0.5 * t + 0.5 / t;
  }
  if (ix < HW_LOG_MAX) return 0.5 * crExp(ax);
  if (belowHyperbolicOverflow(ix, x)) {
    const w = crExp(0.5 * ax);
    const t = 0.5 * w;
    return t * w;
  }
  return Infinity;
}

export function tanh(x: number): number {
  const ix = highAbs(x);
  if (ix >= 0x7ff00000) return Number.isNaN(x) ? x : x > 0 ? 1 : -1;
  let z: number;
  if (ix < HW_22) {
    if (x === 0) return x;
    if (ix < 0x3c800000) return x * (1 + x); // |x| < 2**-55 (V8 stops at 2**-28)
    if (ix >= HW_ONE) {
      const t = Math.expm1(2 * Math.abs(x));
      z = 1 - 2 / (t + 2);
    } else {
      const t = Math.expm1(-2 * Math.abs(x));
      z = -t / (t + 2);
    }
  } else {
    z = 1;
  }
  return x < 0 ? -z : z;
}

export function asinh(x: number): number {
  const ix = highAbs(x);
  if (ix >= 0x7ff00000) return x + x;
  if (ix < HW_2M28) return x;
  const ax = Math.abs(x);
  let w: number;
  if (ix > 0x41b00000) { // |x| > 2**28
    w = crLog(ax) + LN2;
  } else if (ix > 0x40000000) { // |x| > 2
    w = crLog(2 * ax + 1 / (Math.sqrt(ax * ax + 1) + ax));
  } else {
    const t = ax * ax;
    w = Math.log1p(ax + t / (1 + Math.sqrt(1 + t)));
  }
  return x < 0 ? -w : w;
}

export function acosh(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x < 1) return NaN;
  const ix = highAbs(x);
  if (ix >= 0x41b00000) return x === Infinity ? x : crLog(x) + LN2; // x >= 2**28
  if (x === 1) return 0;
  if (ix > 0x40000000) {
    const t = x * x;
    return crLog(2 * x - 1 / (x + Math.sqrt(t - 1)));
  }
  const t = x - 1;
  return Math.log1p(t + Math.sqrt(2 * t + t * t));
}

// ---------------------------------------------------------------- log10 (fdlibm on glibc)

const IVLN10 = 4.34294481903251816668e-01;
const LOG10_2HI = 3.01029995663611771306e-01;
const LOG10_2LO = 3.69423907715893078616e-13;

/** log10 of a finite x > 0: the binary exponent times log10(2) in two parts, plus log10 of the mantissa. */
export function log10(x: number): number {
  if (x === Infinity) return x;
  let k = 0;
  if (x < 2.2250738585072014e-308) {
    k -= 54;
    x *= 18014398509481984; // 2**54
  }
  words.setFloat64(0, x);
  let hx = words.getUint32(0);
  k += (hx >>> 20) - 1023;
  // A negative exponent keeps the mantissa in [0.5, 1) and counts one more.
  const i = k < 0 ? 1 : 0;
  hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
  const y = k + i;
  words.setUint32(0, hx);
  const m = words.getFloat64(0);
  const z = y * LOG10_2LO + IVLN10 * crLog(m);
  return z + y * LOG10_2HI;
}

// ---------------------------------------------------------------- cbrt (glibc's own)

const CBRT2 = 1.2599210498948731648;
const SQR_CBRT2 = 1.5874010519681994748;
/** 2**(k/3) for k = -2..2, indexed by k + 2. */
const CBRT_FACTOR = [1 / SQR_CBRT2, 1 / CBRT2, 1, CBRT2, SQR_CBRT2];

/**
 * glibc's cbrt: a polynomial guess for the cube root of the mantissa in
 * [0.5, 1), one Halley step, then the exponent's third (with 2**(rest/3)).
 */
export function cbrt(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x + x;
  const [xm, xe] = frexp(Math.abs(x));
  const u = 0.354895765043919860 + ((1.50819193781584896 + ((-2.11499494167371287 + ((2.44693122563534430 +
    ((-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm)) * xm)) * xm)) * xm);
  const t2 = u * u * u;
  const ym = u * (t2 + 2 * xm) / (2 * t2 + xm) * CBRT_FACTOR[2 + (xe % 3)];
  return ldexp(x > 0 ? ym : -ym, Math.trunc(xe / 3));
}


// ---------------------------------------------------------------- erf and erfc (fdlibm, as glibc evaluates it)

// erf(1) rounded to single precision, the constant term on [0.84375, 1.25).
const ERX = 8.45062911510467529297e-01;
const EFX = 1.28379167095512586316e-01; // 2/sqrt(pi) - 1

// Rational approximations: erf x = x + x P(x^2)/Q(x^2) on [0, 0.84375) ...
const PP = [1.28379167095512558561e-01, -3.25042107247001499370e-01, -2.84817495755985104766e-02,
  -5.77027029648944159157e-03, -2.37630166566501626084e-05];
const QQ = [0, 3.97917223959155352819e-01, 6.50222499887672944485e-02, 5.08130628187576562776e-03,
  1.32494738004321644526e-04, -3.96022827877536812320e-06];
// ... erf(1 + s) - ERX = PA(s)/QA(s) on [0.84375, 1.25) ...
const PA = [-2.36211856075265944077e-03, 4.14856118683748331666e-01, -3.72207876035701323847e-01,
  3.18346619901161753674e-01, -1.10894694282396677476e-01, 3.54783043256182359371e-02, -2.16637559486879084300e-03];
const QA = [0, 1.06420880400844228286e-01, 5.40397917702171048937e-01, 7.18286544141962662868e-02,
  1.26171219808761642112e-01, 1.36370839120290507362e-02, 1.19844998467991074170e-02];
// ... and log(x erfc x) + x^2 + 0.5625 = R(1/x^2)/S(1/x^2) on [1.25, 1/0.35) (RA, SA) and [1/0.35, 28) (RB, SB).
const RA = [-9.86494403484714822705e-03, -6.93858572707181764372e-01, -1.05586262253232909814e+01,
  -6.23753324503260060396e+01, -1.62396669462573470355e+02, -1.84605092906711035994e+02,
  -8.12874355063065934246e+01, -9.81432934416914548592e+00];
const SA = [0, 1.96512716674392571292e+01, 1.37657754143519042600e+02, 4.34565877475229228821e+02,
  6.45387271733267880336e+02, 4.29008140027567833386e+02, 1.08635005541779435134e+02,
  6.57024977031928170135e+00, -6.04244152148580987438e-02];
const RB = [-9.86494292470009928597e-03, -7.99283237680523006574e-01, -1.77579549177547519889e+01,
  -1.60636384855821916062e+02, -6.37566443368389627722e+02, -1.02509513161107724954e+03,
  -4.83519191608651397019e+02];
const SB = [0, 3.03380607434824582924e+01, 3.25792512996573918826e+02, 1.53672958608443695994e+03,
  3.19985821950859553908e+03, 2.55305040643316442583e+03, 4.74528541206955367215e+02,
  -2.24409524465858183362e+01];

// glibc evaluates each polynomial in pairs of terms and powers of z (for
// pipelining), not by Horner's rule; the rounding follows that order.

/** P(z)/Q(z) of [0, 0.84375). */
function smallRatio(z: number): number {
  const z2 = z * z, z4 = z2 * z2;
  const r = (PP[0] + z * PP[1]) + z2 * (PP[2] + z * PP[3]) + z4 * PP[4];
  const s = (1 + z * QQ[1]) + z2 * (QQ[2] + z * QQ[3]) + z4 * (QQ[4] + z * QQ[5]);
  return r / s;
}

/** PA(s)/QA(s) of [0.84375, 1.25). */
function nearOneRatio(s: number): number {
  const s2 = s * s, s4 = s2 * s2, s6 = s4 * s2;
  const p = (PA[0] + s * PA[1]) + s2 * (PA[2] + s * PA[3]) + s4 * (PA[4] + s * PA[5]) + s6 * PA[6];
  const q = (1 + s * QA[1]) + s2 * (QA[2] + s * QA[3]) + s4 * (QA[4] + s * QA[5]) + s6 * QA[6];
  return p / q;
}

/** erfc x * x for x in [1.25, 28), as exp(-x^2 - 0.5625 + R/S) with x^2 split so its rounding does not matter. */
function erfcTail(x: number, useA: boolean): number {
  const s = 1 / (x * x);
  const s2 = s * s, s4 = s2 * s2, s6 = s4 * s2;
  let r: number, q: number;
  if (useA) {
    const s8 = s4 * s4;
    r = (RA[0] + s * RA[1]) + s2 * (RA[2] + s * RA[3]) + s4 * (RA[4] + s * RA[5]) + s6 * (RA[6] + s * RA[7]);
    q = (1 + s * SA[1]) + s2 * (SA[2] + s * SA[3]) + s4 * (SA[4] + s * SA[5]) + s6 * (SA[6] + s * SA[7]) + s8 * SA[8];
  } else {
    r = (RB[0] + s * RB[1]) + s2 * (RB[2] + s * RB[3]) + s4 * (RB[4] + s * RB[5]) + s6 * RB[6];
    q = (1 + s * SB[1]) + s2 * (SB[2] + s * SB[3]) + s4 * (SB[4] + s * SB[5]) + s6 * (SB[6] + s * SB[7]);
  }
  // z is x with the low 32 bits cleared: z*z is exact.
  words.setFloat64(0, x);
  words.setUint32(4, 0);
  const z = words.getFloat64(0);
  return crExp(-z * z - 0.5625) * crExp((z - x) * (z + x) + r / q);
}

export function erf(x: number): number {
  if (Number.isNaN(x)) return x;
  const ix = highAbs(x);
  const neg = x < 0;
  if (ix >= 0x7ff00000) return neg ? -1 : 1;
  if (ix < 0x3feb0000) { // |x| < 0.84375
    if (ix < 0x3e300000) { // |x| < 2**-28
      if (ix < 0x00800000) return 0.0625 * (16 * x + (16 * EFX) * x); // scaled, to stay out of subnormals
      return x + EFX * x;
    }
    return x + x * smallRatio(x * x);
  }
  if (ix < 0x3ff40000) { // |x| < 1.25
    const pq = nearOneRatio(Math.abs(x) - 1);
    return neg ? -ERX - pq : ERX + pq;
  }
  if (ix >= 0x40180000) return neg ? -1 : 1; // |x| >= 6
  const ax = Math.abs(x);
  const r = erfcTail(ax, ix < 0x4006db6e);
  return neg ? r / ax - 1 : 1 - r / ax;
}

export function erfc(x: number): number {
  if (Number.isNaN(x)) return x;
  const ix = highAbs(x);
  const neg = x < 0;
  if (ix >= 0x7ff00000) return neg ? 2 : 0;
  if (ix < 0x3feb0000) { // |x| < 0.84375
    if (ix < 0x3c700000) return 1 - x; // |x| < 2**-56
    const y = smallRatio(x * x);
    if (x < 0.25) return 1 - (x + x * y);
    return 0.5 - (x * y + (x - 0.5));
  }
  if (ix < 0x3ff40000) { // |x| < 1.25
    const pq = nearOneRatio(Math.abs(x) - 1);
    return neg ? 1 + (ERX + pq) : (1 - ERX) - pq;
  }
  if (ix < 0x403c0000) { // |x| < 28
    if (neg && ix >= 0x40180000) return 2; // x <= -6
    const ax = Math.abs(x);
    // fdlibm's erfc switches tables one unit below erf's 1/0.35 threshold.
    const r = erfcTail(ax, ix < 0x4006db6d);
    return neg ? 2 - r / ax : r / ax;
  }
  return neg ? 2 : 0;
}
