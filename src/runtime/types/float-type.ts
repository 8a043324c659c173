// float: the constructor, the special methods and the methods, plus the
// exact float algorithms the numeric builtins and `math` share (rounding to
// n digits, frexp/ldexp, integer ratios).
//
// round(x, n) must give CPython's answers for the cases students try
// (round(2.675, 2) == 2.67 because 2.675 is really 2.67499999...), so it
// rounds the exact binary value of x in BigInt arithmetic, halfway cases to
// even, and lets the engine's correctly rounded decimal parser produce the
// nearest float: the same result as CPython's dtoa-based double_round.
//
// A float is a PyFloat. A Python subclass of float allocates a PyFloat whose
// `cls` is the subclass, so every method here works on it unchanged.

import { floatType, PyFloat, PyType, typeOf } from '../object.js';
import { method, constructor, classMethod, getter } from '../define.js';
import { typeError, valueError, overflowError, zeroDivisionError } from '../exceptions.js';
import { typeName, hashFloat, callDescr, call, allocInstance, toIndex } from '../ops.js';
import { floatRepr } from '../format/float-repr.js';
import { formatFloat } from '../format/format-spec.js';
import { parseFloatLiteral, floatLiteralErrorMessage, strRepr, bytesRepr } from '../format/int-text.js';
import { isSpaceCode } from '../format/char-class.js';
import { floatArith, floatDivmod, compare } from '../arith.js';
import * as I from '../int-math.js';
import { NotImplemented } from '../singletons.js';
import { tuple } from '../tuple.js';
import { PyBytes, latin1String } from '../bytes.js';
import { noArgs, oneArg, posArgs, wrapperArgs, badSelf, clinicTypeName } from './native-args.js';
import { strValue } from './str-type.js';
import { intValue, floatToInt } from './int-type.js';

floatType.alloc = (cls) => {
  const f = new PyFloat(0);
  f.cls = cls;
  return f;
};

function selfFloat(args: unknown[], name: string): number {
  const s = args[0];
  if (s instanceof PyFloat) return s.v;
  throw badSelf('float', name, s);
}

/** The other operand of a float operator as a JS number; undefined when it is not a real number. */
function otherFloat(v: unknown): number | undefined {
  if (v instanceof PyFloat) return v.v;
  const i = intValue(v);
  return i === undefined ? undefined : I.intToFloat(i);
}

// ---------------------------------------------------------------- constructor

constructor(floatType, (args, kw) => {
  const t = args[0] as PyType;
  if (kw !== null && kw.size > 0) throw typeError('float() takes no keyword arguments');
  if (args.length > 2) throw typeError(`float expected at most 1 argument, got ${args.length - 1}`);
  const v = args.length > 1 ? toFloat(args[1]) : 0;
  if (t === floatType) return new PyFloat(v);
  const o = allocInstance(t) as PyFloat;
  o.v = v;
  return o;
});

/** float(x) as a JS number. */
export function toFloat(x: unknown): number {
  if (x instanceof PyFloat) return x.v;
  const i = intValue(x);
  if (i !== undefined) return I.intToFloat(i);
  const s = strValue(x);
  if (s !== undefined) return parseFloatText(s, strRepr);
  if (x instanceof PyBytes) return parseFloatText(latin1String(x.b), () => bytesRepr(x.b));
  const r = realToFloat(x);
  if (r !== undefined) return r;
  throw typeError(`float() argument must be a string or a real number, not '${typeName(x)}'`);
}

function parseFloatText(s: string, show: (s: string) => string): number {
  const r = parseFloatLiteral(s);
  if (r === null) throw valueError(floatLiteralErrorMessage(s, show));
  return r;
}

/**
 * A number from __float__ (or __index__) of an object, as CPython's
 * PyFloat_AsDouble; undefined when the object has neither.
 */
export function realToFloat(x: unknown): number | undefined {
  if (x instanceof PyFloat) return x.v;
  const i = intValue(x);
  if (i !== undefined) return I.intToFloat(i);
  const t = typeOf(x);
  const f = t.lookup('__float__');
  if (f !== undefined && f !== null) {
    const r = callDescr(f, x, []);
    if (r instanceof PyFloat) return r.v;
    throw typeError(`${t.name}.__float__ returned non-float (type ${typeName(r)})`);
  }
  if (t.lookup('__index__') !== undefined) return I.intToFloat(toIndex(x));
  return undefined;
}

// ---------------------------------------------------------------- binary operators

const BINARY: [string, number][] = [
  ['add', 0], ['sub', 10], ['mul', 5], ['truediv', 11], ['floordiv', 2], ['mod', 6],
];
for (const [op, code] of BINARY) {
  const name = `__${op}__`, rname = `__r${op}__`;
  method(floatType, name, (args, kw) => {
    wrapperArgs(name, args, kw, 1);
    const a = selfFloat(args, name);
    const b = otherFloat(args[1]);
    return b === undefined ? NotImplemented : floatArith(a, b, code);
  });
  method(floatType, rname, (args, kw) => {
    wrapperArgs(rname, args, kw, 1);
    const a = selfFloat(args, rname);
    const b = otherFloat(args[1]);
    return b === undefined ? NotImplemented : floatArith(b, a, code);
  });
}

function floatPowOp(a: number, b: number | undefined, mod: unknown): unknown {
  if (mod !== undefined && mod !== null) throw typeError('pow() 3rd argument not allowed unless all arguments are integers');
  return b === undefined ? NotImplemented : floatArith(a, b, 8);
}
method(floatType, '__pow__', (args, kw) => {
  posArgs('float.__pow__', args, kw, 1, 2);
  return floatPowOp(selfFloat(args, '__pow__'), otherFloat(args[1]), args[2]);
});
method(floatType, '__rpow__', (args, kw) => {
  posArgs('float.__rpow__', args, kw, 1, 2);
  const a = selfFloat(args, '__rpow__');
  const b = otherFloat(args[1]);
  return b === undefined ? NotImplemented : floatPowOp(b, a, args[2]);
});

/** divmod() of two floats, with CPython's own ZeroDivisionError message. */
export function floatDivmodTuple(a: number, b: number): unknown {
  if (b === 0) throw zeroDivisionError('float divmod()');
  const [q, r] = floatDivmod(a, b);
  return tuple([new PyFloat(q), new PyFloat(r)]);
}
method(floatType, '__divmod__', (args, kw) => {
  wrapperArgs('__divmod__', args, kw, 1);
  const a = selfFloat(args, '__divmod__');
  const b = otherFloat(args[1]);
  return b === undefined ? NotImplemented : floatDivmodTuple(a, b);
});
method(floatType, '__rdivmod__', (args, kw) => {
  wrapperArgs('__rdivmod__', args, kw, 1);
  const a = selfFloat(args, '__rdivmod__');
  const b = otherFloat(args[1]);
  return b === undefined ? NotImplemented : floatDivmodTuple(b, a);
});

// Comparisons go through arith.compare, which compares a float with a huge
// int exactly (both operands are passed as plain builtin values).
const CMP_NAMES = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];
CMP_NAMES.forEach((name, op) => {
  method(floatType, name, (args, kw) => {
    wrapperArgs(name, args, kw, 1);
    const a = selfFloat(args, name);
    const o = args[1];
    if (o instanceof PyFloat) return compare(new PyFloat(a), new PyFloat(o.v), op);
    const i = intValue(o);
    return i === undefined ? NotImplemented : compare(new PyFloat(a), i, op);
  });
});

// ---------------------------------------------------------------- unary operators and conversions

function unary(name: string, fn: (v: number) => unknown): void {
  method(floatType, name, (args, kw) => {
    wrapperArgs(name, args, kw, 0);
    return fn(selfFloat(args, name));
  });
}
unary('__neg__', (v) => new PyFloat(-v));
unary('__pos__', (v) => new PyFloat(v));
unary('__abs__', (v) => new PyFloat(Math.abs(v)));
unary('__bool__', (v) => v !== 0);
unary('__int__', floatToInt);
unary('__float__', (v) => new PyFloat(v));
unary('__hash__', hashFloat);
unary('__repr__', floatRepr);

function noArgMethod(name: string, fn: (v: number) => unknown): void {
  const qual = `float.${name}`;
  method(floatType, name, (args, kw) => {
    const v = selfFloat(args, name);
    if (args.length !== 1 || kw !== null) noArgs(qual, args, kw);
    return fn(v);
  });
}
noArgMethod('__trunc__', floatToInt);
noArgMethod('__floor__', (v) => floatToInt(Math.floor(v)));
noArgMethod('__ceil__', (v) => floatToInt(Math.ceil(v)));
noArgMethod('is_integer', (v) => Number.isInteger(v));
noArgMethod('conjugate', (v) => new PyFloat(v));
noArgMethod('as_integer_ratio', (v) => tuple(integerRatio(v)));
noArgMethod('hex', floatHex);
noArgMethod('__getnewargs__', (v) => tuple([new PyFloat(v)]));

method(floatType, '__round__', (args, kw) => {
  const v = selfFloat(args, '__round__');
  posArgs('float.__round__', args, kw, 0, 1);
  const nd = args[1];
  if (nd === undefined || nd === null) return floatToInt(roundHalfEven(v));
  const n = toIndex(nd);
  return new PyFloat(roundFloat(v, typeof n === 'bigint' ? (n > 0n ? 1e9 : -1e9) : n));
});

method(floatType, '__format__', (args, kw) => {
  const v = selfFloat(args, '__format__');
  const spec = oneArg('float.__format__', args, kw);
  const sp = strValue(spec);
  if (sp === undefined) throw typeError(`__format__() argument must be str, not ${clinicTypeName(spec)}`);
  return formatFloat(v, sp);
});

getter(floatType, 'real', (v) => new PyFloat(selfFloat([v], 'real')));
getter(floatType, 'imag', () => new PyFloat(0));

classMethod(floatType, 'fromhex', (args, kw) => {
  const cls = args[0] as PyType;
  const s = strValue(oneArg('float.fromhex', args, kw));
  if (s === undefined) throw typeError('bad argument type for built-in operation');
  const v = new PyFloat(floatFromHex(s));
  return cls === floatType ? v : call(cls, [v]);
});

// ---------------------------------------------------------------- exact algorithms

/** Nearest integer to v, halfway cases to even (as a float). */
export function roundHalfEven(v: number): number {
  if (!Number.isFinite(v) || Math.abs(v) >= 2 ** 52) return v;
  let f = Math.floor(v);
  const diff = v - f; // exact below 2**52
  if (diff > 0.5 || (diff === 0.5 && f % 2 !== 0)) f += 1;
  return f;
}

// Outside these digit counts rounding cannot change a double (CPython's NDIGITS_MAX/MIN).
const NDIGITS_MAX = 323;
const NDIGITS_MIN = -308;

/** round(x, nd) for a float: the exact value of x rounded half-even at 10**-nd. */
export function roundFloat(x: number, nd: number): number {
  if (!Number.isFinite(x) || x === 0 || nd > NDIGITS_MAX) return x;
  if (nd < NDIGITS_MIN) return x < 0 ? -0 : 0;
  const quick = roundFloatQuick(x, nd);
  if (quick !== undefined) return quick;
  const [m, e] = decompose(Math.abs(x));
  // |x| * 10**nd = num / den exactly.
  let num = m, den = 1n;
  if (e >= 0) num <<= BigInt(e);
  else den <<= BigInt(-e);
  if (nd >= 0) num *= 10n ** BigInt(nd);
  else den *= 10n ** BigInt(-nd);
  let q = num / den;
  const r2 = 2n * (num - q * den);
  if (r2 > den || (r2 === den && (q & 1n) === 1n)) q += 1n;
  const r = Number(`${q}e${-nd}`);
  if (!Number.isFinite(r)) throw overflowError('rounded value too large to represent');
  return x < 0 ? -r : r;
}

/**
 * roundFloat without BigInt for the common case: y = x * 10**nd is computed
 * with one rounding (relative error below 2**-53), so when y is clearly
 * away from a halfway point it rounds as the exact product would, and the
 * quotient or product back is a single correctly rounded operation. Returns
 * undefined near ties and outside the exact range of powers of ten.
 */
function roundFloatQuick(x: number, nd: number): number | undefined {
  if (nd > 22 || nd < -22) return undefined;
  const p = 10 ** Math.abs(nd); // exact up to 10**22
  const y = nd >= 0 ? Math.abs(x) * p : Math.abs(x) / p;
  if (!(y < 2 ** 52)) return undefined;
  const fl = Math.floor(y);
  const frac = y - fl;
  if (Math.abs(frac - 0.5) <= y * 2 ** -50 + 2 ** -60) return undefined;
  const q = frac > 0.5 ? fl + 1 : fl;
  const r = nd >= 0 ? q / p : q * p;
  return x < 0 ? -r : r;
}

const view = new DataView(new ArrayBuffer(8));

/** |x| = m * 2**e exactly, m a BigInt below 2**53 (x finite and nonzero). */
export function decompose(x: number): [bigint, number] {
  const [fr, ex] = frexp(Math.abs(x));
  return [BigInt(fr * 2 ** 53), ex - 53];
}

/** math.frexp: x = m * 2**e with 0.5 <= |m| < 1 (m = x, e = 0 for 0, inf, nan). */
export function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  let adjust = 0;
  if (Math.abs(x) < 2 ** -1000) {
    x *= 2 ** 64; // subnormals: bring into the normal range first (exact)
    adjust = -64;
  }
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const bexp = (hi >>> 20) & 0x7ff;
  view.setUint32(0, (hi & 0x800fffff) | (1022 << 20));
  return [view.getFloat64(0), bexp - 1022 + adjust];
}

/** math.ldexp: x * 2**e, rounded once (subnormal results half-even, like C). */
export function ldexp(x: number, e: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const [m, ex] = frexp(x);
  const t = ex + Math.max(-1e5, Math.min(1e5, e));
  if (t > 1024) return m > 0 ? Infinity : -Infinity;
  if (t >= -1021) return t === 1024 ? m * 2 * 2 ** 1023 : m * 2 ** t;
  // Subnormal: count units of 2**-1074, rounding the (exact) scaled mantissa half-even.
  const units = m * 2 ** (t + 1074);
  const r = roundHalfEven(units);
  return r * 2 ** -1074 || (m < 0 ? -0 : 0);
}

/** float.as_integer_ratio(). */
export function integerRatio(v: number): [I.Int, I.Int] {
  if (Number.isNaN(v)) throw valueError('cannot convert NaN to integer ratio');
  if (!Number.isFinite(v)) throw overflowError('cannot convert Infinity to integer ratio');
  if (v === 0) return [0, 1];
  let [m, e] = decompose(v);
  while (e < 0 && (m & 1n) === 0n) {
    m >>= 1n;
    e++;
  }
  if (v < 0) m = -m;
  if (e >= 0) return [I.norm(m << BigInt(e)), 1];
  return [I.norm(m), I.norm(1n << BigInt(-e))];
}

/** float.hex(): '0x1.8000000000000p+0' style, 13 hex digits of mantissa. */
export function floatHex(v: number): string {
  if (Number.isNaN(v)) return 'nan';
  if (!Number.isFinite(v)) return v > 0 ? 'inf' : '-inf';
  const sign = v < 0 || Object.is(v, -0) ? '-' : '';
  if (v === 0) return sign + '0x0.0p+0';
  view.setFloat64(0, Math.abs(v));
  const hi = view.getUint32(0), lo = view.getUint32(4);
  const bexp = (hi >>> 20) & 0x7ff;
  const digits = (hi & 0xfffff).toString(16).padStart(5, '0') + lo.toString(16).padStart(8, '0');
  if (bexp === 0) return `${sign}0x0.${digits}p-1022`;
  const e = bexp - 1023;
  return `${sign}0x1.${digits}p${e >= 0 ? '+' : ''}${e}`;
}

const HEX_FLOAT = /^([+-]?)(?:0[xX])?([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?(?:[pP]([+-]?[0-9]+))?$/;

/** float.fromhex(s), correctly rounded. */
export function floatFromHex(text: string): number {
  let i = 0, j = text.length;
  while (i < j && isSpaceCode(text.charCodeAt(i))) i++;
  while (j > i && isSpaceCode(text.charCodeAt(j - 1))) j--;
  const s = text.slice(i, j);
  const special = /^([+-]?)(inf|infinity|nan)$/i.exec(s);
  if (special !== null) {
    if (special[2].toLowerCase() === 'nan') return NaN;
    return special[1] === '-' ? -Infinity : Infinity;
  }
  const m = HEX_FLOAT.exec(s);
  const intDigits = m?.[2] ?? '', fracDigits = m?.[3] ?? '';
  if (m === null || intDigits.length + fracDigits.length === 0) throw valueError('invalid hexadecimal floating-point string');
  const mant = BigInt('0x0' + intDigits + fracDigits);
  const exp = Number(m[4] ?? 0) - 4 * fracDigits.length;
  const r = scaleBig(mant, exp);
  if (!Number.isFinite(r)) throw overflowError('hexadecimal value too large to represent as a float');
  return m[1] === '-' ? -r : r;
}

/** mant * 2**exp correctly rounded to a double (Infinity when too large). */
function scaleBig(mant: bigint, exp: number): number {
  if (mant === 0n) return 0;
  const bl = I.bitLength(mant);
  const top = bl - 1 + exp; // exponent of the leading bit
  if (top > 1023) return Infinity;
  if (top < -1076) return 0;
  // Keep 53 bits, or fewer when the result is subnormal (lowest bit 2**-1074).
  const keep = Math.min(53, top + 1075);
  if (bl > keep) {
    const shift = BigInt(bl - keep);
    let q = mant >> shift;
    const rem = mant - (q << shift);
    const half = 1n << (shift - 1n);
    if (rem > half || (rem === half && (q & 1n) === 1n)) q += 1n;
    mant = q;
    exp += bl - keep;
  }
  return ldexp(Number(mant), exp);
}
