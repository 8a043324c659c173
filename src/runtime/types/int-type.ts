// int and bool: the constructors, the special methods and the methods.
//
// The VM and arith.ts compute `a + b` on ints without looking at these
// methods; they exist for everything else: explicit calls (`int.__add__(3,
// 4)`, `(5).__mul__(2)`), introspection, mixed operands (`1 + Fraction()`
// reaches int.__add__, which must answer NotImplemented), and subclasses.
//
// An int is a JS number or bigint and a bool a JS boolean. An instance of a
// Python subclass of int is a PyIntObject holding its value in `v`; every
// method reads its operands through intValue(), so subclasses inherit them.

import { intType, boolType, PyFloat, PyType, PyObject, typeOf } from '../object.js';
import { method, constructor, classMethod, getter } from '../define.js';
import { typeError, valueError, overflowError, PyBaseException } from '../exceptions.js';
import { typeName, hashInt, toIndex, callDescr, call, truthy, allocInstance, toArray } from '../ops.js';
import {
  parseIntLiteral, invalidIntLiteralMessage, strRepr, bytesRepr, intToDecimal,
} from '../format/int-text.js';
import { formatInt } from '../format/format-spec.js';
import { intArith, compare } from '../arith.js';
import * as I from '../int-math.js';
import { NotImplemented } from '../singletons.js';
import { tuple } from '../tuple.js';
import { PyBytes, latin1String } from '../bytes.js';
import { noArgs, oneArg, posArgs, kwArgs, wrapperArgs, badSelf, clinicTypeName } from './native-args.js';
import { strValue } from './str-type.js';
import type { Kwargs } from '../function.js';

/** An instance of a Python subclass of int. */
export class PyIntObject extends PyObject {
  v: I.Int = 0;
}
intType.alloc = (cls) => new PyIntObject(cls);

/** The value of an int, bool or int-subclass instance; undefined for anything else. */
export function intValue(v: unknown): I.Int | undefined {
  switch (typeof v) {
    case 'number': return v;
    case 'bigint': return v;
    case 'boolean': return v ? 1 : 0;
  }
  if (v instanceof PyIntObject) return v.v;
  return undefined;
}

function selfInt(args: unknown[], name: string, owner = 'int'): I.Int {
  const v = intValue(args[0]);
  if (v === undefined) throw badSelf(owner, name, args[0]);
  return v;
}

// ---------------------------------------------------------------- constructor

constructor(intType, (args, kw) => {
  const t = args[0] as PyType;
  const n = args.length - 1;
  const total = n + (kw === null ? 0 : kw.size);
  if (total > 2) throw typeError(`int() takes at most 2 arguments (${total} given)`);
  let x = args[1];
  let base = args[2];
  if (kw !== null) {
    for (const [k, v] of kw) {
      if (k !== 'base') throw typeError(`'${k}' is an invalid keyword argument for int()`);
      if (n >= 2) throw typeError("argument for int() given by name ('base') and position (2)");
      base = v;
    }
  }
  let r: I.Int;
  if (x === undefined) {
    if (base !== undefined) throw typeError('int() missing string argument');
    r = 0;
  } else if (base === undefined) r = toInt(x);
  else r = parseWithBase(x, base);
  if (t === intType) return r;
  const o = allocInstance(t) as PyIntObject;
  o.v = r;
  return o;
});

function parseWithBase(x: unknown, baseArg: unknown): I.Int {
  const bi = toIndex(baseArg);
  const base = typeof bi === 'bigint' ? -1 : bi;
  if (base !== 0 && (base < 2 || base > 36)) throw valueError('int() base must be >= 2 and <= 36, or 0');
  const s = strValue(x);
  if (s !== undefined) return parseText(s, base, strRepr);
  if (x instanceof PyBytes) return parseText(latin1String(x.b), base, () => bytesRepr(x.b));
  throw typeError("int() can't convert non-string with explicit base");
}

function parseText(text: string, base: number, show: (s: string) => string): I.Int {
  const r = parseIntLiteral(text, base);
  if (r === null) throw valueError(invalidIntLiteralMessage(text, base, show));
  return r;
}

/** int(x) for a single argument. */
export function toInt(x: unknown): I.Int {
  const v = intValue(x);
  if (v !== undefined) return v;
  if (x instanceof PyFloat) return floatToInt(x.v);
  const s = strValue(x);
  if (s !== undefined) return parseText(s, 10, strRepr);
  if (x instanceof PyBytes) return parseText(latin1String(x.b), 10, () => bytesRepr(x.b));
  const t = typeOf(x);
  for (const name of ['__int__', '__index__', '__trunc__']) {
    const f = t.lookup(name);
    if (f !== undefined && f !== null) {
      const r = callDescr(f, x, []);
      const rv = intValue(r);
      if (rv !== undefined) return rv;
      if (name === '__trunc__') return toIndex(r);
      throw typeError(`${name} returned non-int (type ${typeName(r)})`);
    }
  }
  throw typeError(`int() argument must be a string, a bytes-like object or a real number, not '${typeName(x)}'`);
}

/** int(f) for a float: truncation, exact even beyond 2**53. */
export function floatToInt(v: number): I.Int {
  if (Number.isNaN(v)) throw valueError('cannot convert float NaN to integer');
  if (!Number.isFinite(v)) throw overflowError('cannot convert float infinity to integer');
  const t = Math.trunc(v);
  if (Number.isSafeInteger(t)) return t === 0 ? 0 : t;
  return BigInt(t);
}

// ---------------------------------------------------------------- binary operators

// Operator codes as in arith.ts (CPython's BINARY_OP numbering).
const BINARY: [string, number][] = [
  ['add', 0], ['and', 1], ['floordiv', 2], ['lshift', 3], ['mul', 5], ['mod', 6], ['or', 7],
  ['rshift', 9], ['sub', 10], ['truediv', 11], ['xor', 12],
];
for (const [op, code] of BINARY) {
  const name = `__${op}__`, rname = `__r${op}__`;
  method(intType, name, (args, kw) => {
    wrapperArgs(name, args, kw, 1);
    const a = selfInt(args, name);
    const b = intValue(args[1]);
    return b === undefined ? NotImplemented : intArith(a, b, code);
  });
  method(intType, rname, (args, kw) => {
    wrapperArgs(rname, args, kw, 1);
    const a = selfInt(args, rname);
    const b = intValue(args[1]);
    return b === undefined ? NotImplemented : intArith(b, a, code);
  });
}

/** pow(a, b[, m]) on ints; NotImplemented when an operand is not an int. */
function intPow(a: I.Int, bv: unknown, mv: unknown): unknown {
  const b = intValue(bv);
  if (b === undefined) return NotImplemented;
  if (mv === undefined || mv === null) return intArith(a, b, 8);
  const m = intValue(mv);
  if (m === undefined) return NotImplemented;
  if (m === 0) throw valueError('pow() 3rd argument cannot be 0');
  return I.intPowMod(a, b, m);
}
method(intType, '__pow__', (args, kw) => {
  posArgs('int.__pow__', args, kw, 1, 2);
  return intPow(selfInt(args, '__pow__'), args[1], args[2]);
});
method(intType, '__rpow__', (args, kw) => {
  posArgs('int.__rpow__', args, kw, 1, 2);
  const a = selfInt(args, '__rpow__');
  const b = intValue(args[1]);
  return b === undefined ? NotImplemented : intPow(b, a, args[2]);
});
method(intType, '__divmod__', (args, kw) => {
  wrapperArgs('__divmod__', args, kw, 1);
  const a = selfInt(args, '__divmod__');
  const b = intValue(args[1]);
  return b === undefined ? NotImplemented : tuple([I.intFloorDiv(a, b), I.intMod(a, b)]);
});
method(intType, '__rdivmod__', (args, kw) => {
  wrapperArgs('__rdivmod__', args, kw, 1);
  const a = selfInt(args, '__rdivmod__');
  const b = intValue(args[1]);
  return b === undefined ? NotImplemented : tuple([I.intFloorDiv(b, a), I.intMod(b, a)]);
});

const CMP_NAMES = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];
CMP_NAMES.forEach((name, op) => {
  method(intType, name, (args, kw) => {
    wrapperArgs(name, args, kw, 1);
    const a = selfInt(args, name);
    const b = intValue(args[1]);
    return b === undefined ? NotImplemented : compare(a, b, op);
  });
});

// ---------------------------------------------------------------- unary operators and conversions

function unary(name: string, fn: (v: I.Int) => unknown): void {
  method(intType, name, (args, kw) => {
    wrapperArgs(name, args, kw, 0);
    return fn(selfInt(args, name));
  });
}
unary('__neg__', I.intNeg);
unary('__pos__', (v) => v);
unary('__abs__', (v) => (v < 0 ? I.intNeg(v) : v));
unary('__invert__', I.intInvert);
unary('__bool__', (v) => v != 0);
unary('__int__', (v) => v);
unary('__index__', (v) => v);
unary('__float__', (v) => new PyFloat(I.intToFloat(v)));
unary('__hash__', (v) => hashInt(v));
unary('__repr__', intToDecimal);

/** Methods declared with no arguments in CPython (their arity errors say so). */
function noArgMethod(name: string, fn: (v: I.Int) => unknown): void {
  const qual = `int.${name}`;
  method(intType, name, (args, kw) => {
    const v = selfInt(args, name);
    if (args.length !== 1 || kw !== null) noArgs(qual, args, kw);
    return fn(v);
  });
}
noArgMethod('__trunc__', (v) => v);
noArgMethod('__floor__', (v) => v);
noArgMethod('__ceil__', (v) => v);
noArgMethod('conjugate', (v) => v);
noArgMethod('bit_length', I.intBitLength);
noArgMethod('bit_count', bitCount);
noArgMethod('as_integer_ratio', (v) => tuple([v, 1]));
noArgMethod('__getnewargs__', (v) => tuple([v]));

function bitCount(v: I.Int): number {
  if (typeof v === 'number' && Math.abs(v) < 2 ** 31) {
    let x = Math.abs(v);
    x = x - ((x >>> 1) & 0x55555555);
    x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
    return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
  }
  let n = 0;
  for (const c of I.big(v < 0 ? I.intNeg(v) : v).toString(2)) if (c === '1') n++;
  return n;
}

method(intType, '__round__', (args, kw) => {
  const v = selfInt(args, '__round__');
  posArgs('int.__round__', args, kw, 0, 1);
  const nd = args[1];
  if (nd === undefined) return v;
  return roundInt(v, toIndex(nd));
});

/** round(v, nd) for an int: exact, halfway cases to even (as CPython's long_round). */
export function roundInt(v: I.Int, nd: I.Int): I.Int {
  if (nd >= 0) return v;
  const x = I.big(v);
  const digits = BigInt(Math.ceil(I.bitLength(x) * 0.30103) + 1);
  const shift = -I.big(nd);
  if (shift > digits) return 0;
  const p = 10n ** shift;
  let q = x / p;
  let r = x % p;
  if (r < 0n) {
    r += p;
    q -= 1n;
  }
  if (2n * r > p || (2n * r === p && (q & 1n) === 1n)) q += 1n;
  return I.norm(q * p);
}

method(intType, '__format__', (args, kw) => {
  const self = args[0];
  const v = selfInt(args, '__format__');
  const spec = oneArg('int.__format__', args, kw);
  const sp = strValue(spec);
  if (sp === undefined) throw typeError(`__format__() argument must be str, not ${clinicTypeName(spec)}`);
  if (typeof self === 'boolean') return sp === '' ? (self ? 'True' : 'False') : formatInt(v, sp, 'bool');
  return formatInt(v, sp);
});

getter(intType, 'real', (v) => selfInt([v], 'real'));
getter(intType, 'imag', () => 0);
getter(intType, 'numerator', (v) => selfInt([v], 'numerator'));
getter(intType, 'denominator', () => 1);

// ---------------------------------------------------------------- bytes conversion

function byteorderArg(v: unknown, fname: string): boolean {
  if (v === undefined) return false;
  const s = strValue(v);
  if (s === undefined) throw typeError(`${fname}() argument 'byteorder' must be str, not ${clinicTypeName(v)}`);
  if (s === 'little') return true;
  if (s === 'big') return false;
  throw valueError("byteorder must be either 'little' or 'big'");
}

method(intType, 'to_bytes', (args, kw) => {
  const v = I.big(selfInt(args, 'to_bytes'));
  const [lenArg, order, signedArg] = kwArgs('to_bytes', args, kw, ['length', 'byteorder', 'signed'], 0, 2);
  const length = lenArg === undefined ? 1 : Number(toIndex(lenArg));
  if (length < 0) throw valueError('length argument must be non-negative');
  const little = byteorderArg(order, 'to_bytes');
  const signed = signedArg !== undefined && truthy(signedArg);
  if (v < 0n && !signed) throw overflowError("can't convert negative int to unsigned");
  const bits = BigInt(length * 8);
  const fits = signed ? v >= -(1n << (bits - 1n)) && v < 1n << (bits - 1n) : v < 1n << bits;
  if (!fits || (length === 0 && v !== 0n)) throw overflowError('int too big to convert');
  const u = v < 0n ? (1n << bits) + v : v;
  // Through hex text: shifting a big int 8 bits at a time is quadratic.
  const hex = u.toString(16).padStart(length * 2, '0');
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    out[little ? length - 1 - i : i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  }
  return new PyBytes(out);
});

const HEX_BYTE = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

classMethod(intType, 'from_bytes', (args, kw) => {
  const cls = args[0] as PyType;
  const [src, order, signedArg] = kwArgs('from_bytes', args, kw, ['bytes', 'byteorder', 'signed'], 1, 2);
  const little = byteorderArg(order, 'from_bytes');
  const signed = signedArg !== undefined && truthy(signedArg);
  const bytes = bytesOf(src);
  // Through hex text, most significant byte first (accumulating by shifts is quadratic).
  const digits: string[] = new Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) digits[i] = HEX_BYTE[bytes[little ? bytes.length - 1 - i : i]];
  let r = bytes.length === 0 ? 0n : BigInt('0x' + digits.join(''));
  if (signed && bytes.length > 0 && r >= 1n << BigInt(bytes.length * 8 - 1)) r -= 1n << BigInt(bytes.length * 8);
  const v = I.norm(r);
  if (cls === intType) return v;
  if (cls === boolType) return v !== 0;
  return call(cls, [v]);
});

/** The bytes of a bytes object or an iterable of small ints (for from_bytes). */
function bytesOf(src: unknown): Uint8Array {
  if (src instanceof PyBytes) return src.b;
  if (strValue(src) !== undefined || intValue(src) !== undefined || src instanceof PyFloat || src === null) {
    throw typeError(`cannot convert '${typeName(src)}' object to bytes`);
  }
  let items: unknown[];
  try {
    items = toArray(src);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.name === 'TypeError') throw typeError(`cannot convert '${typeName(src)}' object to bytes`);
    throw e;
  }
  return Uint8Array.from(items, (x) => {
    const n = Number(toIndex(x));
    if (n < 0 || n > 255) throw valueError('bytes must be in range(0, 256)');
    return n;
  });
}

// ---------------------------------------------------------------- bool

constructor(boolType, (args, kw) => {
  if (kw !== null && kw.size > 0) throw typeError('bool() takes no keyword arguments');
  if (args.length > 2) throw typeError(`bool expected at most 1 argument, got ${args.length - 1}`);
  return args.length > 1 ? truthy(args[1]) : false;
});
method(boolType, '__repr__', (args, kw) => {
  wrapperArgs('__repr__', args, kw, 0);
  const v = args[0];
  if (typeof v !== 'boolean') throw badSelf('bool', '__repr__', v);
  return v ? 'True' : 'False';
});

// &, | and ^ of two bools stay bools; with any other int they are int operations.
const BOOL_OPS: [string, number][] = [['and', 1], ['or', 7], ['xor', 12]];
for (const [op, code] of BOOL_OPS) {
  for (const name of [`__${op}__`, `__r${op}__`]) {
    method(boolType, name, (args: unknown[], kw: Kwargs) => {
      wrapperArgs(name, args, kw, 1);
      const a = args[0], b = args[1];
      if (typeof a !== 'boolean') throw badSelf('bool', name, a);
      if (typeof b === 'boolean') return code === 1 ? a && b : code === 7 ? a || b : a !== b;
      const bv = intValue(b);
      return bv === undefined ? NotImplemented : intArith(a ? 1 : 0, bv, code);
    });
  }
}
