// The math module.
//
// Floating-point functions follow CPython's math_1/math_2 wrappers: the
// arguments go through __float__ ("must be real number, not str"), a NaN
// from a non-NaN argument is a "math domain error" (ValueError), and an
// infinite result from a finite argument is a "math range error"
// (OverflowError) for the functions that can overflow, a domain error for the
// others. exp, log, log2, sin, cos, tan, acos and pow use random-core's
// correctly rounded versions, because V8's fdlibm ports are an ulp off often
// enough to change printed digits; gamma, lgamma, cbrt, log10 and the
// hyperbolic functions follow glibc's and CPython's own algorithms
// (math-libm.ts); the rest use Math.*.
//
// The integer functions (factorial, gcd, isqrt, comb ...) work on BigInt and
// are exact; log/log2/log10 of ints beyond float range work as in CPython, by
// splitting the int into mantissa and binary exponent.

import { registerModule } from './registry.js';
import type { PyDict } from '../runtime/dict.js';
import { func } from '../runtime/define.js';
import { PyFloat, typeOf } from '../runtime/object.js';
import { typeError, valueError, overflowError, zeroDivisionError } from '../runtime/exceptions.js';
import { typeName, toIndex, callDescr, toArray, getIter, iterNext } from '../runtime/ops.js';
import { arith } from '../runtime/arith.js';
import * as I from '../runtime/int-math.js';
import { tuple } from '../runtime/tuple.js';
import type { Kwargs } from '../runtime/function.js';
import { crExp, crLog, crLog2, crSin, crCos, crTan, crAcos, pyPow } from './random-core.js';
import * as libm from './math-libm.js';
import { intValue, floatToInt } from '../runtime/types/int-type.js';
import { realToFloat, frexp, ldexp } from '../runtime/types/float-type.js';
import { oneArg, posArgs, kwArgs } from '../runtime/types/native-args.js';

const domainError = () => valueError('math domain error');
const rangeError = () => overflowError('math range error');

/** A float argument: ints, bools, floats and objects with __float__ or __index__. */
function real(v: unknown): number {
  if (v instanceof PyFloat) return v.v;
  if (typeof v === 'number') return v;
  const r = realToFloat(v);
  if (r === undefined) throw typeError(`must be real number, not ${typeName(v)}`);
  return r;
}

/** The free functions' argument helpers expect a receiver slot. */
const withSelf = (args: unknown[]) => [null, ...args];

function one(name: string, args: unknown[], kw: Kwargs): unknown {
  return args.length === 1 && kw === null ? args[0] : oneArg(`math.${name}`, withSelf(args), kw);
}

function two(name: string, args: unknown[], kw: Kwargs): void {
  if (args.length !== 2 || kw !== null) posArgs(`math.${name}`, withSelf(args), kw, 2, 2);
}

/** CPython's math_1: NaN out of non-NaN in is a domain error; inf out of finite in, range or domain. */
function checked(x: number, r: number, canOverflow: boolean): number {
  if (Number.isNaN(r) && !Number.isNaN(x)) throw domainError();
  if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x)) throw canOverflow ? rangeError() : domainError();
  return r;
}

function f(v: number): PyFloat {
  return new PyFloat(v);
}

// ---------------------------------------------------------------- logarithms

/** x = m * 2**e for an int of any size, m correctly rounded (for logs of huge ints). */
function bigFrexp(x: bigint): [number, number] {
  const bl = I.bitLength(x);
  if (bl <= 1000) return frexp(Number(x));
  // Keep 1000 bits plus a sticky bit so Number() still rounds correctly.
  const shift = BigInt(bl - 1000);
  let top = x >> shift;
  if ((top << shift) !== x) top |= 1n;
  const [m, e] = frexp(Number(top));
  return [m, e + bl - 1000];
}

/** log-like function of any real or int argument, as CPython's loghelper. */
function logOf(v: unknown, fn: (x: number) => number): number {
  const i = intValue(v);
  if (i !== undefined && typeof i === 'bigint' && (i <= 0n || !Number.isFinite(Number(i)))) {
    // Only ints beyond float range take the mantissa/exponent route, as in CPython.
    if (i <= 0n) throw domainError();
    const [m, e] = bigFrexp(i);
    return fn(m) + fn(2) * e;
  }
  const x = real(v);
  if (Number.isNaN(x)) return x;
  if (x <= 0) throw domainError();
  return fn(x);
}

// ---------------------------------------------------------------- integer helpers

function bigGcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

export function isqrtBig(n: bigint): bigint {
  if (n < 0n) throw valueError('isqrt() argument must be nonnegative');
  if (n < 2n ** 52n) return BigInt(Math.floor(Math.sqrt(Number(n))));
  // Newton's method from an overestimate.
  let x = 1n << BigInt(Math.ceil(I.bitLength(n) / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/** Product of the integers in [lo, hi), split in halves so the big multiplications stay balanced. */
function rangeProduct(lo: bigint, hi: bigint): bigint {
  const n = hi - lo;
  if (n <= 0n) return 1n;
  if (n <= 16n) {
    let p = 1n;
    for (let k = lo; k < hi; k++) p *= k;
    return p;
  }
  const mid = lo + n / 2n;
  return rangeProduct(lo, mid) * rangeProduct(mid, hi);
}

/** C's LLONG_MAX: CPython refuses factorials and products of more factors than this. */
const LLONG_MAX = 2n ** 63n - 1n;

function nonNegative(v: unknown, what: string): bigint {
  const i = I.big(toIndex(v));
  if (i < 0n) throw valueError(`${what} must be a non-negative integer`);
  return i;
}

// ---------------------------------------------------------------- exact summation

/** math.fsum: Shewchuk's exact partial sums, rounded once at the end. */
function fsum(iterable: unknown): number {
  const it = getIter(iterable);
  const p: number[] = [];
  let special = 0, infs = 0;
  for (let item = iterNext(it); item !== undefined; item = iterNext(it)) {
    let x = real(item);
    const original = x;
    let n = 0;
    for (let j = 0; j < p.length; j++) {
      let y = p[j];
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) p[n++] = lo;
      x = hi;
    }
    p.length = n;
    if (x !== 0) {
      if (!Number.isFinite(x)) {
        // Either an inf/nan summand, or the partials overflowed.
        if (Number.isFinite(original)) throw overflowError('intermediate overflow in fsum');
        if (!Number.isNaN(original)) infs += original;
        special += original;
        p.length = 0;
      } else p.push(x);
    }
  }
  if (special !== 0) {
    if (Number.isNaN(infs)) throw valueError('-inf + inf in fsum');
    return special;
  }
  let n = p.length;
  if (n === 0) return 0;
  let hi = p[--n];
  let lo = 0;
  while (n > 0) {
    const x = hi;
    const y = p[--n];
    hi = x + y;
    lo = y - (hi - x);
    if (lo !== 0) break;
  }
  // Round half to even correctly when the remaining partials push past a tie.
  if (n > 0 && ((lo < 0 && p[n - 1] < 0) || (lo > 0 && p[n - 1] > 0))) {
    const y = lo * 2;
    const x = hi + y;
    if (y === x - hi) hi = x;
  }
  return hi;
}

// ---------------------------------------------------------------- hypot and dist

/** a * b exactly as hi + lo (Dekker's product, since JS has no fma). */
function exactProduct(a: number, b: number): [number, number] {
  const split = (v: number): [number, number] => {
    const c = 134217729 * v; // 2**27 + 1
    const hi = c - (c - v);
    return [hi, v - hi];
  };
  const p = a * b;
  const [ah, al] = split(a), [bh, bl] = split(b);
  return [p, ah * bh - p + ah * bl + al * bh + al * bl];
}

/**
 * The Euclidean norm of non-negative values whose maximum is `max`, accurate
 * to well under an ulp: scale by a power of two, square and sum exactly in
 * two parts, then correct the square root once.
 */
function vectorNorm(v: number[], max: number, foundNan: boolean): number {
  if (max === Infinity) return max;
  if (foundNan) return NaN;
  if (max === 0 || v.length <= 1) return max;
  const [, maxE] = frexp(max);
  if (maxE < -1023) {
    const tiny = 2 ** -1022;
    return tiny * vectorNorm(v.map((x) => x / tiny), max / tiny, false);
  }
  const scale = ldexp(1, -maxE);
  let csum = 1, frac1 = 0, frac2 = 0;
  for (const x0 of v) {
    const x = x0 * scale;
    const [ph, pl] = exactProduct(x, x);
    const hi = csum + ph;
    frac2 += ph - (hi - csum);
    csum = hi;
    frac1 += pl;
  }
  let h = Math.sqrt(csum - 1 + (frac1 + frac2));
  const [ph, pl] = exactProduct(-h, h);
  const hi = csum + ph;
  frac2 += ph - (hi - csum);
  csum = hi;
  frac1 += pl;
  const x = csum - 1 + (frac1 + frac2);
  h += x / (2 * h);
  return h / scale;
}

function norm(values: number[]): number {
  let max = 0, nan = false;
  for (let i = 0; i < values.length; i++) {
    const x = Math.abs(values[i]);
    values[i] = x;
    if (Number.isNaN(x)) nan = true;
    else if (x > max) max = x;
  }
  return vectorNorm(values, max, nan);
}

// ---------------------------------------------------------------- pow

function mathPow(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (Number.isNaN(x)) return y === 0 ? 1 : x;
    if (Number.isNaN(y)) return x === 1 ? 1 : y;
    if (!Number.isFinite(x)) {
      const oddY = Number.isFinite(y) && Math.abs(y) % 2 === 1;
      if (y > 0) return oddY ? x : Math.abs(x);
      if (y === 0) return 1;
      return oddY ? (x < 0 ? -0 : 0) : 0;
    }
    if (Math.abs(x) === 1) return 1;
    if (y > 0 && Math.abs(x) > 1) return y;
    if (y < 0 && Math.abs(x) < 1) return -y;
    return 0;
  }
  if (x === 0) {
    if (y < 0) throw domainError();
    return y === 0 ? 1 : Math.pow(x, y);
  }
  if (x < 0 && !Number.isInteger(y)) throw domainError();
  let r: number;
  try {
    r = pyPow(Math.abs(x), y);
  } catch {
    throw rangeError();
  }
  if (x < 0 && Math.abs(y) % 2 === 1) r = -r;
  if (!Number.isFinite(r)) throw rangeError();
  return r;
}

// ---------------------------------------------------------------- special functions

// Double-double helpers (an unevaluated sum hi + lo, about 106 bits) for erf.
type DD = [number, number];

function ddAdd(x: DD, y: DD): DD {
  const s = x[0] + y[0];
  const bb = s - x[0];
  const e = x[0] - (s - bb) + (y[0] - bb) + x[1] + y[1];
  const h = s + e;
  return [h, e - (h - s)];
}

function ddMul(x: DD, y: DD): DD {
  const [p, e] = exactProduct(x[0], y[0]);
  const e2 = e + (x[0] * y[1] + x[1] * y[0]);
  const h = p + e2;
  return [h, e2 - (h - p)];
}

function ddDiv(x: DD, y: DD): DD {
  const q1 = x[0] / y[0];
  const r = ddAdd(x, ddMul([-q1, 0], y));
  const q2 = r[0] / y[0];
  const h = q1 + q2;
  return [h, q2 - (h - q1)];
}

/** 2/sqrt(pi) as a double-double, from pi's double-double by one Newton step for the root. */
const TWO_OVER_ROOT_PI: DD = (() => {
  const pi: DD = [Math.PI, 1.2246467991473532e-16];
  const r0 = Math.sqrt(pi[0]);
  const diff = ddAdd(pi, ddMul([-r0, 0], [r0, 0]));
  const root = ddAdd([r0, 0], [diff[0] / (2 * r0), 0]);
  return ddDiv([2, 0], root);
})();

function ddSqrt(a: DD): DD {
  const r = Math.sqrt(a[0]);
  if (r === 0) return [0, 0];
  const [p, e] = exactProduct(r, r);
  const c = (a[0] - p - e + a[1]) / (2 * r);
  const h = r + c;
  return [h, c - (h - r)];
}

const PI_DD: DD = [Math.PI, 1.2246467991473532e-16];
const HALF_PI_DD: DD = [Math.PI / 2, 6.123233995736766e-17];

/**
 * atan of a double-double in [0, 1]: three argument halvings
 * (atan t = 2 atan(t / (1 + sqrt(1 + t^2)))) bring it below 0.1, where the
 * Taylor series converges in about 16 terms to double-double precision.
 */
function atanUnitDD(t: DD): DD {
  if (t[0] < 1e-150) return t; // atan t = t to this precision (and halving would underflow)
  for (let k = 0; k < 3; k++) t = ddDiv(t, ddAdd([1, 0], ddSqrt(ddAdd([1, 0], ddMul(t, t)))));
  const t2 = ddMul(t, t);
  const negT2: DD = [-t2[0], -t2[1]];
  let power = t;
  let sum = t;
  for (let n = 1; n < 40; n++) {
    power = ddMul(power, negT2);
    const term = ddDiv(power, [2 * n + 1, 0]);
    sum = ddAdd(sum, term);
    if (Math.abs(term[0]) < 1e-34 * Math.abs(sum[0])) break;
  }
  return [sum[0] * 8, sum[1] * 8];
}

/** atan2 for finite nonzero arguments, in double-double, rounded once (glibc's atan2 rounds correctly). */
function atan2(y: number, x: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y) || x === 0 || y === 0) return Math.atan2(y, x);
  let ax = Math.abs(x), ay = Math.abs(y);
  const ratio = Math.min(ax, ay) / Math.max(ax, ay);
  if (ratio < 1e-150) {
    // atan t = t at this precision, and the double-double steps below would overflow.
    const a = ay <= ax ? (x < 0 ? Math.PI : ratio) : (x < 0 ? Math.PI / 2 + ratio : Math.PI / 2 - ratio);
    return y < 0 ? -a : a;
  }
  // Scale both so the larger is near 1: the exact products below cannot overflow then.
  const [, e] = frexp(Math.max(ax, ay));
  ax = ldexp(ax, -e);
  ay = ldexp(ay, -e);
  let a = ay <= ax ? atanUnitDD(ddDiv([ay, 0], [ax, 0])) : ddAdd(HALF_PI_DD, neg(atanUnitDD(ddDiv([ax, 0], [ay, 0]))));
  if (x < 0) a = ddAdd(PI_DD, neg(a));
  return y < 0 ? -a[0] : a[0];
}

function neg(a: DD): DD {
  return [-a[0], -a[1]];
}

function atan(x: number): number {
  return x === 0 || Number.isNaN(x) ? x : atan2(x, 1);
}

/** asin x = atan2(x, sqrt(1 - x^2)), with 1 - x^2 and its root in double-double. */
function asin(x: number): number {
  if (!(Math.abs(x) < 1) || x === 0) return Math.asin(x);
  const [p, e] = exactProduct(x, x);
  const c = ddSqrt(ddAdd([1, 0], [-p, -e]));
  const ax = Math.abs(x);
  const a = ax <= c[0] ? atanUnitDD(ddDiv([ax, 0], c)) : ddAdd(HALF_PI_DD, neg(atanUnitDD(ddDiv(c, [ax, 0]))));
  return x < 0 ? -a[0] : a[0];
}

function exp2(x: number): number {
  if (Number.isNaN(x)) return x;
  if (Number.isInteger(x)) return ldexp(1, Math.max(-1100, Math.min(1100, x)));
  try {
    return pyPow(2, x);
  } catch {
    return Infinity;
  }
}

// ---------------------------------------------------------------- the module

registerModule('math', (_proc, ns) => {
  ns.set('pi', f(Math.PI));
  ns.set('e', f(Math.E));
  ns.set('tau', f(2 * Math.PI));
  ns.set('inf', f(Infinity));
  ns.set('nan', f(NaN));
  defineFloatFunctions(ns);
  defineIntegerFunctions(ns);
  defineOtherFunctions(ns);
});

function def(ns: PyDict, name: string, fn: (args: unknown[], kw: Kwargs) => unknown): void {
  func(ns, name, fn, 'math');
}

function defineFloatFunctions(ns: PyDict): void {
  const simple: [string, (x: number) => number, boolean][] = [
    ['exp', crExp, true], ['expm1', Math.expm1, true], ['exp2', exp2, true],
    ['sin', crSin, false], ['cos', crCos, false], ['tan', crTan, false],
    ['asin', asin, false], ['acos', crAcos, false], ['atan', atan, false],
    ['sinh', libm.sinh, true], ['cosh', libm.cosh, true], ['tanh', libm.tanh, false],
    ['asinh', libm.asinh, false], ['acosh', libm.acosh, false], ['atanh', Math.atanh, false],
    ['fabs', Math.abs, false], ['cbrt', libm.cbrt, false],
    ['erf', libm.erf, false], ['erfc', libm.erfc, false],
  ];
  for (const [name, fn, canOverflow] of simple) {
    def(ns, name, (args, kw) => {
      const x = real(one(name, args, kw));
      return f(checked(x, fn(x), canOverflow));
    });
  }
  // gamma and lgamma report errors through errno only (CPython's math_1a).
  for (const [name, fn] of [['gamma', libm.gamma], ['lgamma', libm.lgamma]] as const) {
    def(ns, name, (args, kw) => {
      const r = fn(real(one(name, args, kw)));
      if (libm.errno === 'EDOM') throw domainError();
      // An underflow (a result below 1.5 in size) is not an error.
      if (libm.errno === 'ERANGE' && Math.abs(r) >= 1.5) throw rangeError();
      return f(r);
    });
  }
  def(ns, 'sqrt', (args, kw) => {
    const x = real(one('sqrt', args, kw));
    if (x < 0) throw domainError();
    return f(Math.sqrt(x));
  });
  def(ns, 'log1p', (args, kw) => {
    const x = real(one('log1p', args, kw));
    if (x <= -1) throw domainError();
    return f(Math.log1p(x));
  });
  def(ns, 'log', (args, kw) => {
    if (kw !== null && kw.size > 0) throw typeError('log() takes no keyword arguments');
    if (args.length < 1 || args.length > 2) throw typeError('math.log requires 1 to 2 arguments');
    const num = logOf(args[0], crLog);
    if (args.length === 1) return f(num);
    const den = logOf(args[1], crLog);
    if (den === 0) throw zeroDivisionError('float division by zero');
    return f(num / den);
  });
  def(ns, 'log2', (args, kw) => f(logOf(one('log2', args, kw), crLog2)));
  def(ns, 'log10', (args, kw) => f(logOf(one('log10', args, kw), libm.log10)));
  def(ns, 'degrees', (args, kw) => f(real(one('degrees', args, kw)) * (180 / Math.PI)));
  def(ns, 'radians', (args, kw) => f(real(one('radians', args, kw)) * (Math.PI / 180)));

  def(ns, 'pow', (args, kw) => {
    two('pow', args, kw);
    return f(mathPow(real(args[0]), real(args[1])));
  });
  def(ns, 'atan2', (args, kw) => {
    two('atan2', args, kw);
    return f(atan2(real(args[0]), real(args[1])));
  });
  def(ns, 'copysign', (args, kw) => {
    two('copysign', args, kw);
    const x = real(args[0]), y = real(args[1]);
    const neg = y < 0 || Object.is(y, -0) || (Number.isNaN(y) && signBitOfNaN(y));
    return f(neg ? -Math.abs(x) : Math.abs(x));
  });
  def(ns, 'fmod', (args, kw) => {
    two('fmod', args, kw);
    const x = real(args[0]), y = real(args[1]);
    if (Number.isNaN(x) || Number.isNaN(y)) return f(NaN);
    if (!Number.isFinite(x) || y === 0) throw domainError();
    return f(Number.isFinite(y) ? x % y : x);
  });
  def(ns, 'remainder', (args, kw) => {
    two('remainder', args, kw);
    const x = real(args[0]), y = real(args[1]);
    if (Number.isNaN(x) || Number.isNaN(y)) return f(NaN);
    if (!Number.isFinite(x) || y === 0) throw domainError();
    if (!Number.isFinite(y)) return f(x);
    return f(ieeeRemainder(x, y));
  });
  def(ns, 'ldexp', (args, kw) => {
    two('ldexp', args, kw);
    const x = real(args[0]);
    const e = intValue(args[1]);
    if (e === undefined) throw typeError('Expected an int as second argument to ldexp.');
    if (x === 0 || !Number.isFinite(x)) return f(x);
    const r = ldexp(x, typeof e === 'bigint' ? (e > 0n ? 1e6 : -1e6) : e);
    if (!Number.isFinite(r)) throw rangeError();
    return f(r);
  });
  def(ns, 'frexp', (args, kw) => {
    const x = real(one('frexp', args, kw));
    const [m, e] = frexp(x);
    return tuple([f(m), e]);
  });
  def(ns, 'modf', (args, kw) => {
    const x = real(one('modf', args, kw));
    if (!Number.isFinite(x)) return tuple([f(Number.isNaN(x) ? x : x > 0 ? 0 : -0), f(x)]);
    const ip = Math.trunc(x);
    const fp = x - ip;
    return tuple([f(fp === 0 ? (x < 0 || Object.is(x, -0) ? -0 : 0) : fp), f(ip)]);
  });
  def(ns, 'isfinite', (args, kw) => Number.isFinite(real(one('isfinite', args, kw))));
  def(ns, 'isinf', (args, kw) => {
    const x = real(one('isinf', args, kw));
    return !Number.isFinite(x) && !Number.isNaN(x);
  });
  def(ns, 'isnan', (args, kw) => Number.isNaN(real(one('isnan', args, kw))));
  def(ns, 'nextafter', (args, kw) => {
    two('nextafter', args, kw);
    return f(nextAfter(real(args[0]), real(args[1])));
  });
  def(ns, 'ulp', (args, kw) => {
    const x = Math.abs(real(one('ulp', args, kw)));
    if (!Number.isFinite(x)) return f(x);
    if (x === Number.MAX_VALUE) return f(x - nextAfter(x, 0));
    return f(nextAfter(x, Infinity) - x);
  });
}

/** Whether a NaN has its sign bit set (copysign(1, -nan) is -1.0 in CPython). */
function signBitOfNaN(x: number): boolean {
  const v = new DataView(new ArrayBuffer(8));
  v.setFloat64(0, x);
  return (v.getUint8(0) & 0x80) !== 0;
}

/** IEEE 754 remainder: x - n*y with n the integer nearest x/y, ties to even; exact. */
function ieeeRemainder(x: number, y: number): number {
  const ay = Math.abs(y);
  let m = Math.abs(x) % ay; // exact
  // m is in [0, |y|); choose between m and m - |y|, ties to even quotient.
  const half = ay / 2;
  if (m > half || (m === half && evenQuotientNeedsStep(x, ay, m))) m -= ay;
  const r = x < 0 ? -m : m;
  return r === 0 ? (x < 0 || Object.is(x, -0) ? -0 : 0) : r;
}

/** At a tie, step down when the truncated quotient |x| div |y| is odd. */
function evenQuotientNeedsStep(x: number, ay: number, m: number): boolean {
  const q = (Math.abs(x) - m) / ay; // exact enough for the parity of a tie
  return q % 2 === 1;
}

function nextAfter(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  const v = new DataView(new ArrayBuffer(8));
  v.setFloat64(0, x);
  let bits = v.getBigUint64(0);
  bits += (y > x) === (x > 0) ? 1n : -1n;
  v.setBigUint64(0, bits);
  return v.getFloat64(0);
}

function defineIntegerFunctions(ns: PyDict): void {
  // floor/ceil/trunc return ints and defer to __floor__/__ceil__/__trunc__.
  const rounding: [string, (x: number) => number, string][] = [
    ['floor', Math.floor, '__floor__'], ['ceil', Math.ceil, '__ceil__'], ['trunc', Math.trunc, '__trunc__'],
  ];
  for (const [name, fn, dunder] of rounding) {
    def(ns, name, (args, kw) => {
      const v = one(name, args, kw);
      if (v instanceof PyFloat && v.cls.builtin) return floatToInt(fn(v.v));
      const i = intValue(v);
      if (i !== undefined && typeof v !== 'object') return i;
      const m = typeOf(v).lookup(dunder);
      if (m !== undefined && m !== null) return callDescr(m, v, []);
      if (name === 'trunc') throw typeError(`type ${typeName(v)} doesn't define __trunc__ method`);
      return floatToInt(fn(real(v)));
    });
  }
  def(ns, 'factorial', (args, kw) => {
    const n = I.big(toIndex(one('factorial', args, kw)));
    if (n > LLONG_MAX) throw overflowError(`factorial() argument should not exceed ${LLONG_MAX}`);
    if (n < 0n) throw valueError('factorial() not defined for negative values');
    return I.norm(rangeProduct(2n, n + 1n));
  });
  def(ns, 'gcd', (args, kw) => {
    if (kw !== null && kw.size > 0) throw typeError('gcd() takes no keyword arguments');
    let g = 0n;
    for (const a of args) g = bigGcd(g, I.big(toIndex(a)));
    return I.norm(g);
  });
  def(ns, 'lcm', (args, kw) => {
    if (kw !== null && kw.size > 0) throw typeError('lcm() takes no keyword arguments');
    let l = 1n;
    for (const a of args) {
      const v = I.big(toIndex(a));
      if (l === 0n || v === 0n) {
        l = 0n;
        continue;
      }
      l = (l / bigGcd(l, v)) * v;
      if (l < 0n) l = -l;
    }
    return I.norm(l);
  });
  def(ns, 'isqrt', (args, kw) => I.norm(isqrtBig(I.big(toIndex(one('isqrt', args, kw))))));
  def(ns, 'comb', (args, kw) => {
    two('comb', args, kw);
    const ni = toIndex(args[0]), ki = toIndex(args[1]);
    const n = nonNegative(ni, 'n'), k = nonNegative(ki, 'k');
    if (k > n) return 0;
    const kk = k > n - k ? n - k : k;
    if (kk > LLONG_MAX) throw overflowError(`min(n - k, k) must not exceed ${LLONG_MAX}`);
    return I.norm(rangeProduct(n - kk + 1n, n + 1n) / rangeProduct(1n, kk + 1n));
  });
  def(ns, 'perm', (args, kw) => {
    posArgs('math.perm', withSelf(args), kw, 1, 2);
    const ni = toIndex(args[0]);
    const ki = args.length < 2 || args[1] === null ? null : toIndex(args[1]);
    const n = nonNegative(ni, 'n');
    if (ki === null) {
      if (n > LLONG_MAX) throw overflowError(`factorial() argument should not exceed ${LLONG_MAX}`);
      return I.norm(rangeProduct(2n, n + 1n));
    }
    const k = nonNegative(ki, 'k');
    if (k > n) return 0;
    if (k > LLONG_MAX) throw overflowError(`k must not exceed ${LLONG_MAX}`);
    return I.norm(rangeProduct(n - k + 1n, n + 1n));
  });
}

function defineOtherFunctions(ns: PyDict): void {
  def(ns, 'fsum', (args, kw) => f(fsum(one('fsum', args, kw))));
  def(ns, 'prod', (args, kw) => {
    if (args.length !== 1) throw typeError(`prod() takes exactly 1 positional argument (${args.length} given)`);
    const [iterable, start] = kwArgs('prod', withSelf(args), kw, ['iterable', 'start'], 1, 1);
    let acc: unknown = start === undefined ? 1 : start;
    const it = getIter(iterable);
    for (let x = iterNext(it); x !== undefined; x = iterNext(it)) acc = arith(acc, x, 5);
    return acc;
  });
  def(ns, 'isclose', (args, kw) => {
    const [a, b, rt, at] = kwArgs('isclose', withSelf(args), kw, ['a', 'b', 'rel_tol', 'abs_tol'], 2, 2);
    const x = real(a), y = real(b);
    const relTol = rt === undefined ? 1e-9 : real(rt);
    const absTol = at === undefined ? 0 : real(at);
    if (relTol < 0 || absTol < 0) throw valueError('tolerances must be non-negative');
    if (x === y) return true;
    if (!Number.isFinite(x) || !Number.isFinite(y)) return false;
    const diff = Math.abs(y - x);
    return diff <= Math.abs(relTol * y) || diff <= Math.abs(relTol * x) || diff <= absTol;
  });
  def(ns, 'hypot', (args, kw) => {
    if (kw !== null && kw.size > 0) throw typeError('hypot() takes no keyword arguments');
    return f(norm(args.map(real)));
  });
  def(ns, 'dist', (args, kw) => {
    two('dist', args, kw);
    const p = toArray(args[0]), q = toArray(args[1]);
    if (p.length !== q.length) throw valueError('both points must have the same number of dimensions');
    return f(norm(p.map((x, i) => real(x) - real(q[i]))));
  });
}
