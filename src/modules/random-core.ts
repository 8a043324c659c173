/**
 * random-core.ts — the algorithms behind CPython 3.11's `random` module, reproduced so that
 * `random.seed(n)` followed by any sequence of calls yields exactly CPython's values.
 *
 * `MersenneTwister` is MT19937 (Matsumoto & Nishimura, 1998) seeded the way CPython's C
 * `_random` seeds it; `Random` adds the methods of `Lib/random.py`, each drawing from the
 * generator in the same order, the same number of times, with the same rejection loops.
 * Everything works on JS values (sizes, indices, numbers, bigints), never on pygil objects:
 * the `random` module wrapper maps indices onto Python sequences and turns `RandomError`
 * into the Python exception it names.
 *
 * The non-obvious choice is the small libm at the bottom of the file. CPython computes
 * gauss(), expovariate() and friends with the C library's log/exp/sin/cos/pow, which on glibc
 * are correctly rounded for all but roughly one input in a thousand. V8's Math.log and
 * friends (a port of fdlibm) are off by one ulp for several percent of inputs, enough to make
 * a printed gauss() differ from CPython in most short programs. So those distributions use
 * double-double versions that round correctly (they agree with glibc wherever glibc itself
 * rounds correctly). Only the values derived through them can ever differ from CPython, and
 * then only in the last bit; every integer, index, random() and uniform() result is exact.
 *
 * No Node APIs: this file must run in a browser too.
 */

import { hostStep } from '../runtime/ops.js';

// ---------------------------------------------------------------------------------------
// Errors and integers

/** A Python exception to raise: `pyType` names its class, `message` is CPython's text. */
export class RandomError extends Error {
  constructor(
    readonly pyType:
      | 'ValueError'
      | 'IndexError'
      | 'TypeError'
      | 'OverflowError'
      | 'ZeroDivisionError'
      | 'UnicodeEncodeError',
    message: string,
  ) {
    super(message);
    this.name = pyType;
  }
}

/** A Python int: a `number` while it is a safe integer, a `bigint` beyond. */
export type PyInt = number | bigint;

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** Normalizes a bigint result to pygil's convention for ints. */
function toPyInt(b: bigint): PyInt {
  return b >= -MAX_SAFE && b <= MAX_SAFE ? Number(b) : b;
}

function bitLength(b: bigint): number {
  if (b === 0n) return 0;
  const hex = (b < 0n ? -b : b).toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0], 16)));
}

/** Python's `a // b` on bigints (BigInt division truncates toward zero instead). */
function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

// ---------------------------------------------------------------------------------------
// MT19937

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;

/** The generator's whole state as plain data: copyable, comparable, JSON-safe. */
export interface MTState {
  /** The 624 state words, each in [0, 2**32). */
  mt: number[];
  /** How many words of the current block were used; 624 means "twist before the next draw". */
  index: number;
}

export class MersenneTwister {
  protected readonly mt = new Uint32Array(N);
  protected index = N;

  /** Seeds from `seed` like `random.Random(seed)`; with no seed, from the platform's entropy. */
  constructor(seed?: PyInt | null) {
    if (seed === undefined || seed === null) this.seedFromEntropy();
    else this.seedFromInt(seed);
  }

  // -- seeding ---------------------------------------------------------------------------

  /**
   * `random.seed(n)` for an int: CPython feeds the 32-bit words of |n|, least significant
   * first, to init_by_array (a single zero word for 0), which is why n and -n give the same
   * sequence.
   */
  seedFromInt(n: PyInt): void {
    let big: bigint;
    if (typeof n === 'bigint') big = n < 0n ? -n : n;
    else if (Number.isInteger(n)) big = BigInt(Math.abs(n));
    else throw new RandomError('TypeError', 'seedFromInt() needs an integer');
    // Cutting the hex digits into groups of 8 is linear, where shifting a huge bigint by 32
    // repeatedly would be quadratic in the seed's size.
    const hex = big.toString(16);
    const words: number[] = [];
    for (let end = hex.length; end > 0; end -= 8) {
      words.push(parseInt(hex.slice(Math.max(0, end - 8), end), 16));
    }
    this.initByArray(words);
  }

  /**
   * `random.seed(x)` for a float. CPython seeds non-ints with hash(x), reinterpreted as an
   * unsigned 64-bit word, so this reproduces Python's float hash. hash(nan) depends on the
   * object's identity in 3.11, so no sequence is "right" for NaN: we seed it like 0.
   */
  seedFromFloat(x: number): void {
    let h = pyFloatHash(x);
    if (h < 0n) h += 1n << 64n;
    this.seedFromInt(h);
  }

  /** `random.seed(b)` for bytes/bytearray (version 2): the int of b + sha512(b), big-endian. */
  seedFromBytes(bytes: Uint8Array): void {
    const digest = sha512(bytes);
    let hex = '';
    for (const b of bytes) hex += b.toString(16).padStart(2, '0');
    for (const b of digest) hex += b.toString(16).padStart(2, '0');
    this.seedFromInt(BigInt('0x' + hex));
  }

  /**
   * `random.seed(s)` for a str: as for bytes, after `s.encode()` (UTF-8). A lone surrogate
   * makes CPython's encode fail, so it fails here with the same UnicodeEncodeError text.
   */
  seedFromString(s: string): void {
    this.seedFromBytes(encodeUtf8Strict(s));
  }

  /** `random.seed()` / `random.seed(None)`: 624 words of entropy, as CPython takes from urandom. */
  seedFromEntropy(): void {
    const words = new Uint32Array(N);
    const webCrypto = (globalThis as { crypto?: { getRandomValues?(a: Uint32Array): unknown } }).crypto;
    if (webCrypto?.getRandomValues) webCrypto.getRandomValues(words);
    else for (let i = 0; i < N; i++) words[i] = Math.floor(Math.random() * 4294967296);
    this.initByArray(words);
  }

  /** Seeds from 32-bit words directly (init_by_array), e.g. with entropy gathered elsewhere. */
  seedFromWords(key: ArrayLike<number>): void {
    if (key.length === 0) throw new RandomError('ValueError', 'seed key must not be empty');
    this.initByArray(key);
  }

  /**
   * MT's init_by_array: fill the state from init_genrand(19650218), then mix the key in with
   * two passes over it. Every seeding method ends here, so Random hooks it to reset
   * gauss_next as random.py's seed() does.
   */
  protected initByArray(key: ArrayLike<number>): void {
    const mt = this.mt;
    mt[0] = 19650218; // init_genrand(19650218)
    for (let i = 1; i < N; i++) {
      const p = mt[i - 1];
      // Stored into a Uint32Array, the sum is reduced mod 2**32 exactly: it stays far below 2**53.
      mt[i] = Math.imul(1812433253, p ^ (p >>> 30)) + i;
    }
    let i = 1;
    let j = 0;
    for (let k = Math.max(N, key.length); k > 0; k--) {
      const p = mt[i - 1];
      mt[i] = (mt[i] ^ Math.imul(p ^ (p >>> 30), 1664525)) + key[j] + j;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
      if (j >= key.length) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const p = mt[i - 1];
      mt[i] = (mt[i] ^ Math.imul(p ^ (p >>> 30), 1566083941)) - i;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
    }
    mt[0] = 0x80000000; // guarantees a non-zero state whatever the key
    this.index = N;
  }

  // -- drawing ---------------------------------------------------------------------------

  /** Regenerates all 624 words in place; entries past N-M already hold their new values, as MT requires. */
  private twist(): void {
    const mt = this.mt;
    for (let k = 0; k < N; k++) {
      const y = (mt[k] & UPPER_MASK) | (mt[k + 1 < N ? k + 1 : 0] & LOWER_MASK);
      mt[k] = mt[k + M < N ? k + M : k + M - N] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    }
    this.index = 0;
  }

  /** The next tempered 32-bit output, in [0, 2**32). */
  genrand_uint32(): number {
    if (this.index >= N) this.twist();
    let y = this.mt[this.index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** `random.random()`: 27 + 26 bits of two draws make a 53-bit fraction in [0, 1). */
  random(): number {
    const a = this.genrand_uint32() >>> 5;
    const b = this.genrand_uint32() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }

  /**
   * `random.getrandbits(k)`. For k > 32 CPython fills 32-bit words least significant first
   * and keeps only the top bits of the last draw, so the draw order is part of the result.
   */
  getrandbits(k: number): bigint {
    if (k < 0) throw new RandomError('ValueError', 'number of bits must be non-negative');
    if (k === 0) return 0n;
    if (k <= 32) return BigInt(this.genrand_uint32() >>> (32 - k));
    const words: string[] = [];
    for (let left = k; left > 0; left -= 32) {
      let w = this.genrand_uint32();
      if (left < 32) w >>>= 32 - left;
      words.push(w.toString(16).padStart(8, '0'));
    }
    return BigInt('0x' + words.reverse().join(''));
  }

  /** `random.randbytes(n)`: the bytes of getrandbits(8n), little-endian, without the bigint. */
  randbytes(n: number): Uint8Array {
    if (n < 0) throw new RandomError('ValueError', 'number of bits must be non-negative');
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i += 4) {
      const take = Math.min(4, n - i);
      let w = this.genrand_uint32();
      if (take < 4) w >>>= 32 - 8 * take;
      for (let b = 0; b < take; b++) out[i + b] = (w >>> (8 * b)) & 0xff;
    }
    return out;
  }

  // -- state -----------------------------------------------------------------------------

  getstate(): MTState {
    return { mt: Array.from(this.mt), index: this.index };
  }

  /** Restores a state from getstate(), checked as CPython checks the tuple it is given. */
  setstate(state: MTState): void {
    if (state.mt.length !== N) throw new RandomError('ValueError', 'state vector is the wrong size');
    if (!(state.index >= 0 && state.index <= N)) throw new RandomError('ValueError', 'invalid state');
    this.mt.set(state.mt);
    this.index = state.index;
  }

  /** An independent generator in the same state (what a forked process inherits). */
  clone(): MersenneTwister {
    const copy = new MersenneTwister(0); // a fixed seed skips gathering entropy we overwrite
    this.copyStateTo(copy);
    return copy;
  }

  protected copyStateTo(target: MersenneTwister): void {
    target.mt.set(this.mt);
    target.index = this.index;
  }
}

// ---------------------------------------------------------------------------------------
// Python's hash of a float (for seedFromFloat)

const HASH_MODULUS = (1n << 61n) - 1n;

/**
 * hash(x) for a float: |x| as m * 2**e with integral m, reduced mod 2**61 - 1 (where
 * 2**e is 2**(e mod 61), since 2**61 is 1), signed like x, and -1 turned into -2.
 */
export function pyFloatHash(x: number): bigint {
  if (Number.isNaN(x)) return 0n;
  if (x === Infinity) return 314159n;
  if (x === -Infinity) return -314159n;
  let m = Math.abs(x);
  let e = 0;
  // Scale to an integer mantissa; powers of two keep this exact.
  while (m !== Math.floor(m)) {
    m *= 2;
    e--;
  }
  while (m > Number.MAX_SAFE_INTEGER) {
    m /= 2;
    e++;
  }
  const rot = BigInt(((e % 61) + 61) % 61);
  let h = (BigInt(m) * (1n << rot)) % HASH_MODULUS;
  if (x < 0) h = -h;
  return h === -1n ? -2n : h;
}

// ---------------------------------------------------------------------------------------
// UTF-8 and SHA-512 (for seeding from str and bytes)

function encodeUtf8Strict(s: string): Uint8Array {
  const out: number[] = [];
  let position = 0; // in code points, as Python counts
  for (let i = 0; i < s.length; i++, position++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = s.charCodeAt(i + 1);
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
        i++;
      } else {
        throw new RandomError(
          'UnicodeEncodeError',
          `'utf-8' codec can't encode character '\\u${c.toString(16)}' in position ${position}: surrogates not allowed`,
        );
      }
    }
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return Uint8Array.from(out);
}

const MASK64 = (1n << 64n) - 1n;

/** floor(n ** (1/k)) by Newton's method from above. */
function integerRoot(n: bigint, k: bigint): bigint {
  let x = 1n << (BigInt(bitLength(n)) / k + 1n);
  for (;;) {
    const y = ((k - 1n) * x + n / x ** (k - 1n)) / k;
    if (y >= x) return x;
    x = y;
  }
}

/**
 * SHA-512's constants are defined as the first 64 fractional bits of the square roots
 * (initial hash) and cube roots (round constants) of the first primes, so we compute them
 * instead of transcribing 88 hex words.
 */
let sha512Constants: { initial: bigint[]; rounds: bigint[] } | null = null;
/** Computed on first use: most programs never seed from a str. */
const sha512ConstantsTable = (): { initial: bigint[]; rounds: bigint[] } => (sha512Constants ??= (() => {
  const primes: bigint[] = [];
  for (let p = 2; primes.length < 80; p++) {
    if (primes.every((q) => p % Number(q) !== 0)) primes.push(BigInt(p));
  }
  return {
    initial: primes.slice(0, 8).map((p) => integerRoot(p << 128n, 2n) & MASK64),
    rounds: primes.map((p) => integerRoot(p << 192n, 3n) & MASK64),
  };
})());

function rotr64(x: bigint, n: bigint): bigint {
  return ((x >> n) | (x << (64n - n))) & MASK64;
}

/** SHA-512 (FIPS 180-4) on 64-bit BigInt words: slow, but only seeding from a str uses it. */
export function sha512(message: Uint8Array): Uint8Array {
  // Padding: a 1 bit, zeros, then the length in bits as 128 bits, to a multiple of 128 bytes.
  const padded = new Uint8Array(Math.ceil((message.length + 17) / 128) * 128);
  padded.set(message);
  padded[message.length] = 0x80;
  let bits = BigInt(message.length) * 8n;
  for (let i = padded.length - 1; bits > 0n; i--, bits >>= 8n) padded[i] = Number(bits & 0xffn);

  const { initial, rounds: k } = sha512ConstantsTable();
  const h = [...initial];
  const w = new Array<bigint>(80);
  for (let block = 0; block < padded.length; block += 128) {
    for (let t = 0; t < 16; t++) {
      let word = 0n;
      for (let b = 0; b < 8; b++) word = (word << 8n) | BigInt(padded[block + t * 8 + b]);
      w[t] = word;
    }
    for (let t = 16; t < 80; t++) {
      const s0 = rotr64(w[t - 15], 1n) ^ rotr64(w[t - 15], 8n) ^ (w[t - 15] >> 7n);
      const s1 = rotr64(w[t - 2], 19n) ^ rotr64(w[t - 2], 61n) ^ (w[t - 2] >> 6n);
      w[t] = (w[t - 16] + s0 + w[t - 7] + s1) & MASK64;
    }
    let [a, b, c, d, e, f, g, hh] = h;
    for (let t = 0; t < 80; t++) {
      const sum1 = rotr64(e, 14n) ^ rotr64(e, 18n) ^ rotr64(e, 41n);
      const choose = (e & f) ^ (~e & MASK64 & g);
      const t1 = (hh + sum1 + choose + k[t] + w[t]) & MASK64;
      const sum0 = rotr64(a, 28n) ^ rotr64(a, 34n) ^ rotr64(a, 39n);
      const majority = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (sum0 + majority) & MASK64;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) & MASK64;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) & MASK64;
    }
    const updated = [a, b, c, d, e, f, g, hh];
    for (let i = 0; i < 8; i++) h[i] = (h[i] + updated[i]) & MASK64;
  }
  const digest = new Uint8Array(64);
  h.forEach((word, i) => {
    for (let b = 0; b < 8; b++) digest[i * 8 + b] = Number((word >> BigInt(56 - 8 * b)) & 0xffn);
  });
  return digest;
}

// ---------------------------------------------------------------------------------------
// Correctly rounded log, exp, sin, cos, acos, pow (see the header for why)
//
// Values are carried as double-doubles — an unevaluated sum hi + lo with |lo| <= ulp(hi)/2,
// about 106 bits — through range reduction and a Taylor series, and rounded once at the end.
// The error before that rounding is around 2**-95 relative, so a result can only be
// misrounded when the exact value lies that close to a midpoint between doubles.

type DD = readonly [number, number];

/** A view for reading a double's exponent bits without allocating on each call. */
const bitsView = new DataView(new ArrayBuffer(8));

/** a + b exactly, as a double-double (Knuth). */
function twoSum(a: number, b: number): DD {
  const s = a + b;
  const bb = s - a;
  return [s, a - (s - bb) + (b - bb)];
}

/** a + b exactly when |a| >= |b| (Dekker). */
function fastTwoSum(a: number, b: number): DD {
  const s = a + b;
  return [s, b - (s - a)];
}

/** a * b exactly, splitting each factor in 26-bit halves since JS has no fused multiply-add. */
function twoProd(a: number, b: number): DD {
  const p = a * b;
  let t = 134217729 * a; // 2**27 + 1
  const ah = t - (t - a);
  const al = a - ah;
  t = 134217729 * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return [p, ah * bh - p + ah * bl + al * bh + al * bl];
}

function ddAdd(a: DD, b: DD): DD {
  const s = twoSum(a[0], b[0]);
  const t = twoSum(a[1], b[1]);
  const u = fastTwoSum(s[0], s[1] + t[0]);
  return fastTwoSum(u[0], u[1] + t[1]);
}

function ddNeg(a: DD): DD {
  return [-a[0], -a[1]];
}

function ddMul(a: DD, b: DD): DD {
  const p = twoProd(a[0], b[0]);
  return fastTwoSum(p[0], p[1] + (a[0] * b[1] + a[1] * b[0]));
}

function ddDiv(a: DD, b: DD): DD {
  // Long division: each quotient digit is a double; the remainders are computed exactly enough.
  const q1 = a[0] / b[0];
  const r1 = ddAdd(a, ddNeg(ddMul(b, [q1, 0])));
  const q2 = r1[0] / b[0];
  const r2 = ddAdd(r1, ddNeg(ddMul(b, [q2, 0])));
  const q3 = r2[0] / b[0];
  return ddAdd(fastTwoSum(q1, q2), [q3, 0]);
}

/** ln 2 and pi/2 beyond double precision (pi/2 in three parts, for large reductions). */
const LN2: DD = [0.6931471805599453, 2.3190468138462996e-17];
const PIO2_1 = 1.5707963267948966;
const PIO2_2 = 6.123233995736766e-17;
const PIO2_3 = -1.4973849048591698e-33;

/** 1/n as double-doubles, for the series below (1/(2k+1) for log, 1/(n(n+1)) for sin and cos). */
// 1/n as double-doubles, made on first use (start-up pays nothing for them).
let reciprocals: DD[] | null = null;
const RECIPROCALS = (): DD[] => (reciprocals ??= Array.from({ length: 31 * 32 }, (_, n) => (n === 0 ? [0, 0] : ddDiv([1, 0], [n, 0]))));
let atanhCoeffs: DD[] | null = null;
const ATANH_COEFFS = (): DD[] => (atanhCoeffs ??= Array.from({ length: 24 }, (_, k) => RECIPROCALS()[2 * k + 1]));

/** ln x for finite x > 0, as a double-double. */
function logDD(x: number): DD {
  let e = 0;
  if (x < 2.2250738585072014e-308) {
    x *= 18014398509481984; // 2**54: lift subnormals so the exponent field holds all of it
    e = -54;
  }
  bitsView.setFloat64(0, x);
  const high = bitsView.getUint32(0);
  e += (high >>> 20) - 1023;
  bitsView.setUint32(0, (high & 0x000fffff) | 0x3ff00000);
  let m = bitsView.getFloat64(0); // x / 2**e, in [1, 2)
  if (m > Math.SQRT2) {
    m /= 2;
    e++;
  }
  // ln m = 2 atanh(s) with s = (m-1)/(m+1), |s| < 0.172: 24 odd powers reach 2**-110.
  // m - 1 is exact for m in [1/sqrt 2, sqrt 2].
  const s = ddDiv([m - 1, 0], twoSum(m, 1));
  const s2 = ddMul(s, s);
  const coeffs = ATANH_COEFFS();
  let poly = coeffs[coeffs.length - 1];
  for (let k = coeffs.length - 2; k >= 0; k--) poly = ddAdd(ddMul(poly, s2), coeffs[k]);
  return ddAdd(ddMul(LN2, [e, 0]), ddMul([2 * s[0], 2 * s[1]], poly));
}

/** math.log for x > 0, correctly rounded; NaN for negatives, -Infinity for 0, like C. */
export function crLog(x: number): number {
  if (!(x > 0)) return x === 0 ? -Infinity : NaN;
  if (x === Infinity) return x;
  return logDD(x)[0];
}

/** e**(hi + lo), correctly rounded (up to subnormal results, which may be off by one unit). */
function expDD(x: DD): number {
  const xh = x[0];
  if (Number.isNaN(xh)) return xh;
  if (xh > 710) return Infinity;
  if (xh < -746) return 0;
  const k = Math.round(xh / LN2[0]);
  // r = x - k ln 2, then r / 2**10 (exact), so the series needs few terms and squaring back
  // ten times costs about ten bits of the 106.
  const r = ddAdd(x, ddNeg(ddMul([k, 0], LN2)));
  const rs: DD = [r[0] / 1024, r[1] / 1024];
  // expm1(rs) = rs (1 + rs/2 (1 + rs/3 (1 + ...))), truncated after rs**11/11!.
  let t: DD = [1, 0];
  for (let n = 11; n >= 2; n--) t = ddAdd([1, 0], ddMul(ddMul(t, rs), RECIPROCALS()[n]));
  let u = ddMul(rs, t);
  // (1 + u)**2 = 1 + (2u + u**2): squaring in the expm1 form keeps the small part's precision.
  for (let i = 0; i < 10; i++) u = ddAdd([2 * u[0], 2 * u[1]], ddMul(u, u));
  const y = ddAdd([1, 0], u)[0];
  // Scale by 2**k in two exact steps, so neither 2**k nor the intermediate over/underflows early.
  if (k > 1000) return y * 2 ** (k - 1000) * 2 ** 1000;
  if (k < -1000) return y * 2 ** (k + 1000) * 2 ** -1000;
  return y * 2 ** k;
}

/** math.exp's value, correctly rounded; Infinity on overflow (see pyExp for Python's error). */
export function crExp(x: number): number {
  return expDD([x, 0]);
}

/** math.exp: OverflowError instead of infinity for a finite argument, as CPython. */
export function pyExp(x: number): number {
  const y = crExp(x);
  if (y === Infinity && Number.isFinite(x)) throw new RandomError('OverflowError', 'math range error');
  return y;
}

/** x reduced by the nearest multiple q of pi/2: x - q pi/2 as a double-double, with q mod 4. */
function reduceHalfPi(x: number): { r: DD; quadrant: number } {
  if (Math.abs(x) <= Math.PI / 4) return { r: [x, 0], quadrant: 0 };
  const q = Math.round(x / PIO2_1);
  // Each q * part is exact as a double-double, and the three parts hold pi/2 to ~160 bits.
  let r = ddAdd([x, 0], ddNeg(twoProd(q, PIO2_1)));
  r = ddAdd(r, ddNeg(twoProd(q, PIO2_2)));
  r = ddAdd(r, [-q * PIO2_3, 0]);
  return { r, quadrant: ((q % 4) + 4) % 4 };
}

/** sin r and cos r for |r| <= pi/4, as nested Taylor series in r**2 (27 terms reach 2**-110). */
function sinCosDD(r: DD): { sin: DD; cos: DD } {
  const r2 = ddMul(r, r);
  let s: DD = [1, 0];
  for (let n = 28; n >= 2; n -= 2) s = ddAdd([1, 0], ddNeg(ddMul(ddMul(s, r2), RECIPROCALS()[n * (n + 1)])));
  let c: DD = [1, 0];
  for (let n = 29; n >= 1; n -= 2) c = ddAdd([1, 0], ddNeg(ddMul(ddMul(c, r2), RECIPROCALS()[n * (n + 1)])));
  return { sin: ddMul(r, s), cos: c };
}

/**
 * Beyond this the reduction above loses bits (its error grows with q, about
 * q * 2**-161 absolute), and sin/cos/tan fall back to V8's; the random module
 * never goes near it.
 */
const TRIG_LIMIT = 2 ** 50;

function cosDD(x: number): DD {
  const { r, quadrant } = reduceHalfPi(x);
  const { sin, cos } = sinCosDD(r);
  return [cos, ddNeg(sin), ddNeg(cos), sin][quadrant];
}

/** [math.sin(x), math.cos(x)] at the cost of one reduction and one pair of series. */
function crSinCos(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x) || Math.abs(x) >= TRIG_LIMIT) return [Math.sin(x), Math.cos(x)];
  const { r, quadrant } = reduceHalfPi(x);
  const { sin, cos } = sinCosDD(r);
  const pairs: [DD, DD][] = [[sin, cos], [cos, ddNeg(sin)], [ddNeg(sin), ddNeg(cos)], [ddNeg(cos), sin]];
  const [s, c] = pairs[quadrant];
  return [s[0], c[0]];
}

/** math.sin's value, correctly rounded for |x| < 2**50 (but near the multiples of pi/2 there). */
export function crSin(x: number): number {
  if (x === 0 || !Number.isFinite(x) || Math.abs(x) >= TRIG_LIMIT) return Math.sin(x);
  const { r, quadrant } = reduceHalfPi(x);
  const { sin, cos } = sinCosDD(r);
  return [sin, cos, ddNeg(sin), ddNeg(cos)][quadrant][0];
}

/** math.cos's value, correctly rounded for |x| < 2**50 (but near the multiples of pi/2 there). */
export function crCos(x: number): number {
  if (!Number.isFinite(x) || Math.abs(x) >= TRIG_LIMIT) return Math.cos(x);
  return cosDD(x)[0];
}

/** math.tan's value, correctly rounded for |x| < 2**50 (glibc's tan is, nearly always): sin / cos in double-double. */
export function crTan(x: number): number {
  if (x === 0 || !Number.isFinite(x) || Math.abs(x) >= TRIG_LIMIT) return Math.tan(x);
  const { r, quadrant } = reduceHalfPi(x);
  const { sin, cos } = sinCosDD(r);
  // tan has period pi: odd quadrants give -cos/sin.
  return quadrant % 2 === 0 ? ddDiv(sin, cos)[0] : ddDiv(ddNeg(cos), sin)[0];
}

/** log2 x for finite x > 0, correctly rounded (glibc's log2 is, nearly always). */
export function crLog2(x: number): number {
  if (!(x > 0)) return x === 0 ? -Infinity : NaN;
  if (x === Infinity) return x;
  return ddDiv(logDD(x), LN2)[0];
}

/**
 * math.acos's value, correctly rounded: one Newton step on cos(y) = x from V8's estimate,
 * with the residual in double-double. The estimate is within an ulp, so the step's own error
 * is about ulp**2 and the final rounding decides.
 */
export function crAcos(x: number): number {
  if (!(Math.abs(x) < 1)) return Math.acos(x); // exact at ±1; NaN outside
  const y0 = Math.acos(x);
  const residual = ddAdd(cosDD(y0), [-x, 0]);
  return y0 + (residual[0] + residual[1]) / Math.sin(y0);
}

/**
 * Python's float ** float for the bases the distributions use (x >= 0): e**(y ln x) in
 * double-double, with CPython's ZeroDivisionError for 0 to a negative power and its
 * OverflowError for a finite result too large.
 */
export function pyPow(x: number, y: number): number {
  if (y === 0 || x === 1) return 1;
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === 0) {
    if (y < 0) throw new RandomError('ZeroDivisionError', '0.0 cannot be raised to a negative power');
    return Math.pow(x, y);
  }
  if (x < 0 || !Number.isFinite(x) || !Number.isFinite(y)) return Math.pow(x, y);
  const l = logDD(x);
  const p = twoProd(l[0], y);
  const result = expDD(fastTwoSum(p[0], p[1] + l[1] * y));
  if (result === Infinity) throw new RandomError('OverflowError', "(34, 'Numerical result out of range')");
  return result;
}

// ---------------------------------------------------------------------------------------
// random.py on top of the generator

/** Random's state: the generator's plus gauss()'s cached second value. */
export interface RandomState extends MTState {
  gaussNext: number | null;
}

/** Constants random.py computes at import, through the C library (so through ours here). */
const TWOPI = 2 * Math.PI;
// random.py's constants, computed (correctly rounded) on first use.
let magic: { LOG4: number; SG_MAGICCONST: number; NV_MAGICCONST: number } | null = null;
const magicConstants = (): { LOG4: number; SG_MAGICCONST: number; NV_MAGICCONST: number } =>
  (magic ??= { LOG4: crLog(4), SG_MAGICCONST: 1 + crLog(4.5), NV_MAGICCONST: (4 * crExp(-0.5)) / Math.sqrt(2) });
const E = Math.E;

/** An int argument that may arrive as a float: what randrange accepts, deprecated or not. */
export type PyNumber = number | bigint;

/**
 * randrange's int(x) for a non-int x: integral floats pass (CPython only warns), others get
 * the 3.11 message naming the argument.
 */
function randrangeArg(x: PyNumber, which: string): PyInt {
  if (typeof x === 'bigint') return toPyInt(x);
  if (Number.isInteger(x)) return Number.isSafeInteger(x) ? x + 0 : BigInt(x); // + 0 turns -0.0 into 0
  if (Number.isNaN(x)) throw new RandomError('ValueError', 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw new RandomError('OverflowError', 'cannot convert float infinity to integer');
  throw new RandomError('ValueError', `non-integer ${which} for randrange()`);
}

/** Below this magnitude randrange's arithmetic, floor division included, is exact in doubles. */
const RANDRANGE_FAST_LIMIT = 2 ** 48;

/** bisect.bisect_right(a, x, 0, hi). */
function bisectRight(a: readonly number[], x: number, hi: number): number {
  let lo = 0;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (x < a[mid]) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Python's float % float: the result takes the divisor's sign. */
function pyFloatMod(x: number, y: number): number {
  let m = x % y;
  if (m !== 0) {
    if (y < 0 !== m < 0) m += y;
  } else {
    m = y < 0 ? -0 : 0;
  }
  return m;
}

function floatDiv(x: number, y: number): number {
  if (y === 0) throw new RandomError('ZeroDivisionError', 'float division by zero');
  return x / y;
}

export class Random extends MersenneTwister {
  /** gauss() makes values in pairs and keeps the second here; seeding forgets it. */
  gaussNext: number | null = null;

  protected override initByArray(key: ArrayLike<number>): void {
    super.initByArray(key);
    this.gaussNext = null;
  }

  override getstate(): RandomState {
    return { ...super.getstate(), gaussNext: this.gaussNext };
  }

  override setstate(state: MTState & { gaussNext?: number | null }): void {
    super.setstate(state);
    this.gaussNext = state.gaussNext ?? null;
  }

  override clone(): Random {
    const copy = new Random(0);
    this.copyStateTo(copy);
    return copy;
  }

  protected override copyStateTo(target: Random): void {
    super.copyStateTo(target);
    target.gaussNext = this.gaussNext;
  }

  /** `random.getstate()` as Python sees it: (3, 625 ints — the words, then the index —, gauss_next). */
  pyGetstate(): [3, number[], number | null] {
    return [3, [...this.mt, this.index], this.gaussNext];
  }

  /**
   * `random.setstate((version, internalstate, gauss_next))` with CPython's checks, in its
   * order: gauss_next is assigned before the internal state is validated, as random.py does.
   * The caller checks that internalstate is a tuple of ints ('state vector must be a tuple').
   */
  pySetstate(version: PyNumber, internal: readonly PyInt[], gaussNext: number | null): void {
    let words: readonly PyInt[];
    if (version == 3) {
      words = internal;
    } else if (version == 2) {
      // Version 2 pickles held signed words; CPython takes each mod 2**32.
      words = internal.map((x) => toPyInt(((BigInt(x) % 4294967296n) + 4294967296n) % 4294967296n));
    } else {
      throw new RandomError('ValueError', `state with version ${version} passed to Random.setstate() of version 3`);
    }
    this.gaussNext = gaussNext;
    if (words.length !== N + 1) throw new RandomError('ValueError', 'state vector is the wrong size');
    const mt = new Array<number>(N);
    for (let i = 0; i < N; i++) {
      const w = BigInt(words[i]);
      if (w < 0n) throw new RandomError('OverflowError', "can't convert negative value to unsigned int");
      if (w >= 1n << 64n) throw new RandomError('OverflowError', 'Python int too large to convert to C unsigned long');
      mt[i] = Number(w & 0xffffffffn);
    }
    const index = BigInt(words[N]);
    if (index < -(1n << 63n) || index >= 1n << 63n) {
      throw new RandomError('OverflowError', 'Python int too large to convert to C long');
    }
    super.setstate({ mt, index: Number(index) });
  }

  // -- integers --------------------------------------------------------------------------

  /**
   * `_randbelow_with_getrandbits(n)`: draw n.bit_length() bits until the value is below n.
   * Defined for n > 0. Ranges up to 2**53 stay in doubles, drawing the same words
   * getrandbits would, so the common case allocates nothing.
   */
  randbelow(n: PyInt): PyInt {
    if (typeof n === 'number' && n <= 0xffffffff) {
      if (!(n >= 1)) throw new RandomError('ValueError', 'randbelow() needs n > 0');
      const shift = Math.clz32(n); // 32 - k for k = n.bit_length()
      let r = this.genrand_uint32() >>> shift;
      while (r >= n) r = this.genrand_uint32() >>> shift;
      return r;
    }
    if (typeof n === 'number' && n <= Number.MAX_SAFE_INTEGER) {
      const shift = Math.clz32(Math.floor(n / 4294967296)); // 64 - k, k in 33..53
      for (;;) {
        const low = this.genrand_uint32();
        const r = (this.genrand_uint32() >>> shift) * 4294967296 + low;
        if (r < n) return r;
      }
    }
    const big = BigInt(n);
    if (big <= 0n) throw new RandomError('ValueError', 'randbelow() needs n > 0');
    const k = bitLength(big);
    let r = this.getrandbits(k);
    while (r >= big) r = this.getrandbits(k);
    return toPyInt(r);
  }

  /**
   * `random.randrange(start, stop=None, step=1)` with 3.11's checks and messages. `undefined`
   * means "argument not given"; `null` is Python's None. A float argument arrives as a
   * non-integral number (an error) or an integral one (accepted, as CPython does with a
   * DeprecationWarning the caller may issue).
   */
  randrange(start: PyNumber, stop?: PyNumber | null, step?: PyNumber | null): PyInt {
    const istart = randrangeArg(start, 'arg 1');
    if (stop === undefined || stop === null) {
      // random.py tests `step is not _ONE`, so even an explicit None step is refused here.
      if (step !== undefined && step !== 1 && step !== 1n) {
        throw new RandomError('TypeError', 'Missing a non-None stop argument');
      }
      if (istart > 0) return this.randbelow(istart);
      throw new RandomError('ValueError', 'empty range for randrange()');
    }
    const istop = randrangeArg(stop, 'stop');
    if (step === null) {
      throw new RandomError('TypeError', "int() argument must be a string, a bytes-like object or a real number, not 'NoneType'");
    }
    const istep = step === undefined ? 1 : randrangeArg(step, 'step');

    if (
      typeof istart === 'number' && typeof istop === 'number' && typeof istep === 'number' &&
      Math.abs(istart) <= RANDRANGE_FAST_LIMIT && Math.abs(istop) <= RANDRANGE_FAST_LIMIT &&
      Math.abs(istep) <= RANDRANGE_FAST_LIMIT
    ) {
      const width = istop - istart;
      if (istep === 1) {
        if (width > 0) return istart + (this.randbelow(width) as number);
        throw new RandomError('ValueError', `empty range for randrange() (${istart}, ${istop}, ${width})`);
      }
      let n: number;
      if (istep > 0) n = Math.floor((width + istep - 1) / istep);
      else if (istep < 0) n = Math.floor((width + istep + 1) / istep);
      else throw new RandomError('ValueError', 'zero step for randrange()');
      if (n <= 0) throw new RandomError('ValueError', 'empty range for randrange()');
      return istart + istep * (this.randbelow(n) as number);
    }

    const bstart = BigInt(istart);
    const bstop = BigInt(istop);
    const bstep = BigInt(istep);
    const width = bstop - bstart;
    if (bstep === 1n) {
      if (width > 0n) return toPyInt(bstart + BigInt(this.randbelow(toPyInt(width))));
      throw new RandomError('ValueError', `empty range for randrange() (${bstart}, ${bstop}, ${width})`);
    }
    let n: bigint;
    if (bstep > 0n) n = floorDiv(width + bstep - 1n, bstep);
    else if (bstep < 0n) n = floorDiv(width + bstep + 1n, bstep);
    else throw new RandomError('ValueError', 'zero step for randrange()');
    if (n <= 0n) throw new RandomError('ValueError', 'empty range for randrange()');
    return toPyInt(bstart + bstep * BigInt(this.randbelow(toPyInt(n))));
  }

  /** `random.randint(a, b)`, which is randrange(a, b + 1) — errors name that call's arguments. */
  randint(a: PyNumber, b: PyNumber): PyInt {
    return this.randrange(a, typeof b === 'bigint' ? b + 1n : b + 1);
  }

  // -- sequences -------------------------------------------------------------------------

  /** The index `random.choice(seq)` picks from a sequence of length `len`. */
  choiceIndex(len: number): number {
    if (len === 0) throw new RandomError('IndexError', 'Cannot choose from an empty sequence');
    return this.randbelow(len) as number;
  }

  /** `random.shuffle(x)` on a JS array, in place: swap x[i] with x[randbelow(i + 1)], from the end. */
  shuffleIndices<T>(arr: T[]): void {
    for (let i = arr.length - 1; i > 0; i--) {
      const j = this.randbelow(i + 1) as number;
      const t = arr[i];
      arr[i] = arr[j];
      arr[j] = t;
    }
  }

  /**
   * The indices `random.sample(population, k)` picks, in selection order, for a population of
   * length n. Like random.py it keeps a pool of the unpicked when n is small next to k, and
   * otherwise a set of the picked with re-draws on collision; the choice changes which
   * values are drawn, so the threshold is computed exactly as random.py computes it.
   */
  sampleIndices(n: PyInt, k: PyInt): PyInt[] {
    if (!(k >= 0 && k <= n)) throw new RandomError('ValueError', 'Sample larger than population or is negative');
    const count = Number(k);
    const result = new Array<PyInt>(count);
    let setsize = 21; // CPython's estimate of a small set's size minus an empty list's
    if (count > 5) {
      // math.log(k * 3, 4) with the float log: ceil only matters where 3k is a power of 4,
      // which it never is, so last-bit differences between libms cannot change the result.
      setsize += 4 ** Math.ceil(Math.log(count * 3) / Math.log(4));
    }
    if (n <= setsize) {
      const size = Number(n);
      const pool = Array.from({ length: size }, (_, i) => i);
      for (let i = 0; i < count; i++) {
        const j = this.randbelow(size - i) as number;
        result[i] = pool[j];
        pool[j] = pool[size - i - 1]; // the last unpicked fills the hole
      }
    } else {
      // Picks are normalized PyInts, so equal values are === in the Set whether number or bigint.
      const selected = new Set<PyInt>();
      for (let i = 0; i < count; i++) {
        let j = this.randbelow(n);
        while (selected.has(j)) j = this.randbelow(n);
        selected.add(j);
        result[i] = j;
      }
    }
    return result;
  }

  /**
   * `random.sample(population, k, counts=counts)` as indices into the population (of length
   * n): sample(range(total), k), each pick mapped through bisect on the running counts.
   * The caller rejects non-int counts ('Counts must be integers') beyond what a number shows.
   */
  sampleWithCounts(n: number, counts: readonly number[], k: PyInt): number[] {
    const cum: number[] = [];
    let total = 0;
    for (const c of counts) cum.push((total += c));
    if (cum.length !== n) throw new RandomError('ValueError', 'The number of counts does not match the population');
    if (n === 0) throw new RandomError('IndexError', 'pop from empty list');
    cum.pop();
    if (!Number.isInteger(total)) throw new RandomError('TypeError', 'Counts must be integers');
    if (total <= 0) throw new RandomError('ValueError', 'Total of counts must be greater than zero');
    return this.sampleIndices(total, k).map((s) => bisectRight(cum, s as number, cum.length));
  }

  /**
   * The indices `random.choices(population, k=k)` picks from n items, or with
   * `cum_weights`. random.py's floor(random() * n) without weights, bisect on
   * random() * total with them. Weights become cumulative through `accumulateWeights`.
   *
   * With n == 0 and no weights CPython draws once and then fails indexing the empty
   * population; so this draws once and returns [0], and the caller's indexing raises the
   * IndexError with the population's own message.
   */
  choices(n: number, k: number, cumWeights?: readonly number[] | null): number[] {
    const out: number[] = [];
    if (cumWeights === undefined || cumWeights === null) {
      for (let i = 0; i < k; i++) {
        out.push(Math.floor(this.random() * n));
        if (n === 0) break;
      }
      return out;
    }
    if (cumWeights.length !== n) throw new RandomError('ValueError', 'The number of weights does not match the population');
    if (n === 0) throw new RandomError('IndexError', 'list index out of range'); // cum_weights[-1]
    const total = cumWeights[n - 1];
    if (total <= 0) throw new RandomError('ValueError', 'Total of weights must be greater than zero');
    if (!Number.isFinite(total)) throw new RandomError('ValueError', 'Total of weights must be finite');
    for (let i = 0; i < k; i++) out.push(bisectRight(cumWeights, this.random() * total, n - 1));
    return out;
  }

  /** itertools.accumulate(weights) for choices(): running float sums. */
  static accumulateWeights(weights: readonly number[]): number[] {
    const cum: number[] = [];
    let sum = 0;
    for (const w of weights) cum.push((sum += w));
    return cum;
  }

  // -- real-valued distributions ---------------------------------------------------------

  uniform(a: number, b: number): number {
    return a + (b - a) * this.random();
  }

  /**
   * `random.triangular(low, high, mode)`. When high == low and a mode is given, CPython
   * returns `low` itself (so an int stays an int); the caller can tell by comparing.
   */
  triangular(low = 0, high = 1, mode: number | null = null): number {
    let u = this.random();
    let c: number;
    if (mode === null) c = 0.5;
    else if (high - low === 0) return low; // random.py catches the ZeroDivisionError
    else c = (mode - low) / (high - low);
    if (u > c) {
      u = 1 - u;
      c = 1 - c;
      [low, high] = [high, low];
    }
    return low + (high - low) * Math.sqrt(u * c);
  }

  /** Kinderman–Monahan ratio of uniforms, as random.py. */
  normalvariate(mu = 0, sigma = 1): number {
    let z: number;
    for (;;) {
      const u1 = this.random();
      const u2 = 1 - this.random();
      z = (magicConstants().NV_MAGICCONST * (u1 - 0.5)) / u2;
      if ((z * z) / 4 <= -crLog(u2)) break;
    }
    return mu + z * sigma;
  }

  /** Box–Muller, returning one value of the pair now and keeping the other in gaussNext. */
  gauss(mu = 0, sigma = 1): number {
    let z = this.gaussNext;
    this.gaussNext = null;
    if (z === null) {
      const x2pi = this.random() * TWOPI;
      const g2rad = Math.sqrt(-2 * crLog(1 - this.random()));
      const [sin, cos] = crSinCos(x2pi);
      z = cos * g2rad;
      this.gaussNext = sin * g2rad;
    }
    return mu + z * sigma;
  }

  lognormvariate(mu: number, sigma: number): number {
    return pyExp(this.normalvariate(mu, sigma));
  }

  expovariate(lambd: number): number {
    return floatDiv(-crLog(1 - this.random()), lambd);
  }

  vonmisesvariate(mu: number, kappa: number): number {
    if (kappa <= 1e-6) return TWOPI * this.random();
    const s = 0.5 / kappa;
    const r = s + Math.sqrt(1 + s * s);
    let z: number;
    for (;;) {
      // A NaN kappa never ends this loop (nor CPython's): --max-steps must stop it.
      hostStep();
      const u1 = this.random();
      z = crCos(Math.PI * u1);
      const d = z / (r + z);
      const u2 = this.random();
      if (u2 < 1 - d * d || u2 <= (1 - d) * pyExp(d)) break;
    }
    const q = 1 / r;
    const f = (q + z) / (1 + q * z);
    const u3 = this.random();
    return u3 > 0.5 ? pyFloatMod(mu + crAcos(f), TWOPI) : pyFloatMod(mu - crAcos(f), TWOPI);
  }

  gammavariate(alpha: number, beta: number): number {
    if (alpha <= 0 || beta <= 0) throw new RandomError('ValueError', 'gammavariate: alpha and beta must be > 0.0');
    if (alpha > 1) {
      // Cheng (1977): rejection from a log-logistic envelope.
      const ainv = Math.sqrt(2 * alpha - 1);
      const bbb = alpha - magicConstants().LOG4;
      const ccc = alpha + ainv;
      for (;;) {
        hostStep(); // (a NaN or infinite beta or alpha loops forever, as in CPython)
        const u1 = this.random();
        if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
        const u2 = 1 - this.random();
        const v = crLog(u1 / (1 - u1)) / ainv;
        const x = alpha * pyExp(v);
        const z = u1 * u1 * u2;
        const r = bbb + ccc * v - x;
        if (r + magicConstants().SG_MAGICCONST - 4.5 * z >= 0 || r >= crLog(z)) return x * beta;
      }
    }
    if (alpha === 1) return -crLog(1 - this.random()) * beta;
    // alpha in (0, 1): algorithm GS (Kennedy & Gentle).
    let x: number;
    for (;;) {
      hostStep();
      const u = this.random();
      const b = (E + alpha) / E;
      const p = b * u;
      x = p <= 1 ? pyPow(p, 1 / alpha) : -crLog((b - p) / alpha);
      const u1 = this.random();
      if (p > 1) {
        if (u1 <= pyPow(x, alpha - 1)) break;
      } else if (u1 <= pyExp(-x)) {
        break;
      }
    }
    return x * beta;
  }

  betavariate(alpha: number, beta: number): number {
    const y = this.gammavariate(alpha, 1);
    return y ? y / (y + this.gammavariate(beta, 1)) : 0;
  }

  paretovariate(alpha: number): number {
    const u = 1 - this.random();
    return pyPow(u, floatDiv(-1, alpha));
  }

  weibullvariate(alpha: number, beta: number): number {
    const u = 1 - this.random();
    return alpha * pyPow(-crLog(u), floatDiv(1, beta));
  }
}

