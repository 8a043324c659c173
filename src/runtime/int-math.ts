// Arbitrary-precision integer arithmetic with Python's rules.
//
// Ints are JS numbers while they are safe integers and bigints beyond; every
// result goes through `norm` so a value has exactly one representation (a
// bigint is never in the safe range). The VM inlines the number+number cases;
// these functions are the general path.

import { zeroDivisionError, valueError, overflowError } from './exceptions.js';

export type Int = number | bigint;

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const MIN_SAFE = -MAX_SAFE;

export function norm(b: bigint): Int {
  return b >= MIN_SAFE && b <= MAX_SAFE ? Number(b) : b;
}

const SSIZE_MAX = (1n << 63n) - 1n;
const SSIZE_MIN = -(1n << 63n);

/**
 * An int as CPython's 64-bit Py_ssize_t holds it, or undefined when it does
 * not fit (CPython's OverflowError). Beyond 2**53 the number is inexact, but
 * such a size or index is only ever compared: it is out of range, or too big
 * to allocate (a MemoryError), never used exactly.
 */
export function ssizeValue(a: Int): number | undefined {
  if (typeof a === 'number') return a;
  return a >= SSIZE_MIN && a <= SSIZE_MAX ? Number(a) : undefined;
}

export function big(a: Int): bigint {
  return typeof a === 'bigint' ? a : BigInt(a);
}

export function intAdd(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (Number.isSafeInteger(r)) return r;
  }
  return norm(big(a) + big(b));
}

export function intSub(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (Number.isSafeInteger(r)) return r;
  }
  return norm(big(a) - big(b));
}

export function intMul(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (Number.isSafeInteger(r)) return r === 0 ? 0 : r;
  }
  return norm(big(a) * big(b));
}

/** Floor division (rounds toward negative infinity). */
export function intFloorDiv(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) throw zeroDivisionError('integer division or modulo by zero');
    const r = a % b;
    let q = (a - r) / b;
    if (r !== 0 && (r < 0) !== (b < 0)) q -= 1;
    return q === 0 ? 0 : q;
  }
  const x = big(a), y = big(b);
  if (y === 0n) throw zeroDivisionError('integer division or modulo by zero');
  let q = x / y;
  if (x % y !== 0n && (x < 0n) !== (y < 0n)) q -= 1n;
  return norm(q);
}

/** Modulo with the sign of the divisor. */
export function intMod(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) throw zeroDivisionError('integer modulo by zero');
    let r = a % b;
    if (r !== 0 && (r < 0) !== (b < 0)) r += b;
    return r === 0 ? 0 : r;
  }
  const x = big(a), y = big(b);
  if (y === 0n) throw zeroDivisionError('integer modulo by zero');
  let r = x % y;
  if (r !== 0n && (r < 0n) !== (y < 0n)) r += y;
  return norm(r);
}

export function intNeg(a: Int): Int {
  if (typeof a === 'number') return a === 0 ? 0 : -a;
  return norm(-a);
}

/** a ** b for b >= 0 (the caller turns negative exponents into float pow). */
export function intPow(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) return 1;
    if (b === 1) return a;
    if (b === 2) return intMul(a, a);
    const approx = Math.pow(Math.abs(a), b);
    if (approx < 2 ** 52) {
      let r = 1, base = a, e = b;
      while (e > 0) {
        if (e & 1) r *= base;
        base *= base;
        e = Math.floor(e / 2);
      }
      return r;
    }
  }
  const x = big(a), y = big(b);
  if (y > 100_000_000n && (x > 1n || x < -1n)) throw pyMemoryErrorLike();
  return norm(x ** y);
}

function pyMemoryErrorLike() {
  return overflowError('exponent too large for pygil');
}

/** Modular exponentiation for three-argument pow. */
export function intPowMod(a: Int, b: Int, m: Int): Int {
  let x = big(a), e = big(b);
  const mod = big(m);
  if (mod === 0n) throw valueError('pow() 3rd argument cannot be 0');
  if (e < 0n) {
    x = modInverse(x, mod);
    e = -e;
  }
  let r = 1n;
  x = ((x % mod) + mod) % mod;
  while (e > 0n) {
    if (e & 1n) r = (r * x) % mod;
    x = (x * x) % mod;
    e >>= 1n;
  }
  const res = norm(r);
  // Result takes the sign convention of the modulus, like Python.
  return intMod(res, m);
}

function modInverse(a: bigint, m: bigint): bigint {
  let [oldR, r] = [((a % m) + m) % m, m < 0n ? -m : m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) throw valueError('base is not invertible for the given modulus');
  return oldS;
}

export function intLshift(a: Int, b: Int): Int {
  if (b < 0) throw valueError('negative shift count');
  if (typeof a === 'number' && typeof b === 'number' && b < 31 && a >= -(2 ** 21) && a <= 2 ** 21) {
    return a * 2 ** b;
  }
  if (big(b) > 100_000_000n && a !== 0) throw overflowError('too many digits in integer');
  return norm(big(a) << big(b));
}

export function intRshift(a: Int, b: Int): Int {
  if (b < 0) throw valueError('negative shift count');
  if (typeof a === 'number' && typeof b === 'number') {
    if (b >= 64) return a < 0 ? -1 : 0;
    return Math.floor(a / 2 ** b);
  }
  const sh = big(b);
  if (sh > 1_000_000_000n) return big(a) < 0n ? -1 : 0;
  return norm(big(a) >> sh);
}

export function intAnd(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b) return a & b;
  return norm(big(a) & big(b));
}
export function intOr(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b) return a | b;
  return norm(big(a) | big(b));
}
export function intXor(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b) return a ^ b;
  return norm(big(a) ^ big(b));
}
export function intInvert(a: Int): Int {
  return intSub(intNeg(a), 1);
}

export function intCompare(a: Int, b: Int): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Converts an int to a float, raising OverflowError like CPython when it does not fit. */
export function intToFloat(a: Int): number {
  if (typeof a === 'number') return a;
  const f = Number(a);
  if (!Number.isFinite(f)) throw overflowError('int too large to convert to float');
  return f;
}

/** True division of two ints, correctly rounded as CPython does. */
export function intTrueDiv(a: Int, b: Int): number {
  if (b === 0 || b === 0n) throw zeroDivisionError('division by zero');
  if (typeof a === 'number' && typeof b === 'number' && Math.abs(a) <= 2 ** 53 && Math.abs(b) <= 2 ** 53) return a / b;
  // CPython's long_true_divide: an integer quotient of DBL_MANT_DIG + 2 bits
  // (fewer in the subnormal range), a sticky bit for what was dropped, one
  // rounding (half to even), then an exact scaling.
  let x = big(a), y = big(b);
  const neg = (x < 0n) !== (y < 0n);
  if (x < 0n) x = -x;
  if (y < 0n) y = -y;
  const diff = bitLength(x) - bitLength(y);
  if (diff > DBL_MAX_EXP) throw overflowError('integer division result too large for a float');
  if (x === 0n || diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) return neg ? -0 : 0;
  const shift = Math.max(diff, DBL_MIN_EXP) - DBL_MANT_DIG - 2;
  let inexact = false;
  if (shift <= 0) {
    x <<= BigInt(-shift);
  } else {
    const kept = x >> BigInt(shift);
    if (kept << BigInt(shift) !== x) inexact = true;
    x = kept;
  }
  let q = x / y;
  if (q * y !== x) inexact = true;
  const qBits = bitLength(q);
  const extraBits = Math.max(qBits, DBL_MIN_EXP - shift) - DBL_MANT_DIG;
  const mask = 1n << BigInt(extraBits - 1);
  let low = q & (4n * mask - 1n);
  if (inexact) low |= 1n;
  if ((low & mask) !== 0n && (low & (3n * mask - 1n)) !== 0n) q += mask;
  q &= ~(2n * mask - 1n);
  const dq = Number(q); // exact: at most DBL_MANT_DIG significant bits are left
  if (shift + qBits >= DBL_MAX_EXP && (shift + qBits > DBL_MAX_EXP || dq === 2 ** qBits)) {
    throw overflowError('integer division result too large for a float');
  }
  const r = ldexp(dq, shift);
  return neg ? -r : r;
}

const DBL_MANT_DIG = 53, DBL_MIN_EXP = -1021, DBL_MAX_EXP = 1024;

/** x * 2**e without an overflowing or vanishing power of two on the way (exact when the result is representable). */
function ldexp(x: number, e: number): number {
  while (e > 1000) {
    x *= 2 ** 1000;
    e -= 1000;
  }
  while (e < -1000) {
    x *= 2 ** -1000;
    e += 1000;
  }
  return x * 2 ** e;
}

export function bitLength(a: bigint): number {
  if (a < 0n) a = -a;
  return a === 0n ? 0 : a.toString(2).length;
}

export function intBitLength(a: Int): number {
  if (typeof a === 'number') {
    a = Math.abs(a);
    return a === 0 ? 0 : a < 2 ** 31 ? 32 - Math.clz32(a) : a.toString(2).length;
  }
  return bitLength(a);
}
