// Arithmetic and comparison for the builtin types, written out in JS so the
// common cases never go through special-method lookup. Anything not handled
// here falls back to the generic dunder protocol in ops.ts.

import { PyFloat, PyObject, typeOf } from './object.js';
import { PyList, PyTuple, tuple } from './tuple.js';
import { PyDict, PySet, setBinaryOp } from './dict.js';
import * as I from './int-math.js';
import {
  binaryOp, richCompare, eqObjects, CMP_EQ, CMP_NE, CMP_LT, CMP_LE, CMP_GT, CMP_GE, toIndex,
} from './ops.js';
import { zeroDivisionError, overflowError, pyErr, MemoryError, typeError } from './exceptions.js';
import { percentFormat } from './format/percent.js';
import { percentHost } from './format-hosts.js';
import { PyBytes, PyByteArray } from './bytes.js';
import { MAX_ITEMS, outOfMemory } from './limits.js';
import { repeatCount, repeatItems, concatItems } from './types/tuple-type.js';
import { pyPow } from '../modules/random-core.js';

/** The numeric value of an int-like (int or bool) operand, or undefined. */
function intOf(v: unknown): I.Int | undefined {
  switch (typeof v) {
    case 'number': return v;
    case 'bigint': return v;
    case 'boolean': return v ? 1 : 0;
  }
  return undefined;
}

function floatOf(v: unknown): number | undefined {
  if (v instanceof PyFloat) return v.v;
  switch (typeof v) {
    case 'number': return v;
    case 'boolean': return v ? 1 : 0;
    case 'bigint': return I.intToFloat(v);
  }
  return undefined;
}

/** a <op> b for BINARY_OP's argument (0-12 plain, 13-25 in place). */
export function arith(a: unknown, b: unknown, op: number): unknown {
  const x = intOf(a), y = intOf(b);
  if (x !== undefined && y !== undefined) {
    // bool & | ^ bool stays a bool.
    if (typeof a === 'boolean' && typeof b === 'boolean') {
      const base = op % 13;
      if (base === 1) return a && b;
      if (base === 7) return a || b;
      if (base === 12) return a !== b;
    }
    // int @ int: no such operation; binaryOp names the operator (@ or @=).
    if (op % 13 === 4) return binaryOp(a, b, op);
    return intArith(x, y, op % 13);
  }
  if (a instanceof PyFloat || b instanceof PyFloat) {
    if ((a instanceof PyFloat && a.cls.builtin) || (b instanceof PyFloat && b.cls.builtin)) {
      const fa = floatOf(a), fb = floatOf(b);
      if (fa !== undefined && fb !== undefined) {
        const r = floatArith(fa, fb, op % 13);
        if (r !== undefined) return r;
      }
    }
  }
  if (typeof a === 'string') {
    const base = op % 13;
    if (base === 0 && typeof b === 'string') return a + b;
    if (base === 5) {
      const r = repeatStr(a, b);
      if (r !== undefined) return r;
    }
    if (base === 6) return percentFormat(a, b, percentHost);
  } else if (a instanceof PyList && a.cls.builtin) {
    if (op === 13) {
      // list += iterable extends in place.
      const items = b instanceof PyList || b instanceof PyTuple ? b.items.slice() : null;
      if (items !== null) {
        if (a.items.length + items.length > MAX_ITEMS) throw outOfMemory();
        for (const v of items) a.items.push(v);
        return a;
      }
    } else if (op === 0 && b instanceof PyList) {
      return new PyList(concatItems(a.items, b.items));
    } else if (op === 18) {
      const n = repeatCount(b);
      if (n !== undefined) {
        a.items = repeatItems(a.items, n);
        return a;
      }
    } else if (op === 5) {
      const n = repeatCount(b);
      if (n !== undefined) return new PyList(repeatItems(a.items, n));
    }
  } else if (a instanceof PyTuple && a.cls.builtin) {
    const base = op % 13;
    if (base === 0 && b instanceof PyTuple) return tuple(concatItems(a.items, b.items));
    if (base === 5) {
      const n = repeatCount(b);
      if (n !== undefined) return tuple(repeatItems(a.items, n));
    }
  } else if (a instanceof PySet && b instanceof PySet && a.cls.builtin && b.cls.builtin) {
    const r = setBinaryOp(a, b, op);
    if (r !== undefined) return r;
  } else if (a instanceof PyDict && b instanceof PyDict && a.cls.builtin && (op === 20 || (op === 7 && b.cls.builtin))) {
    // (`dict | subclass` must let the subclass's __ror__ answer first.)
    if (op === 20) {
      b.copyInto(a);
      return a;
    }
    const d = new PyDict();
    a.copyInto(d);
    b.copyInto(d);
    return d;
  } else if (a instanceof PyBytes && !(a instanceof PyByteArray) && op % 13 === 0 && b instanceof PyBytes) {
    const r = new Uint8Array(a.b.length + b.b.length);
    r.set(a.b);
    r.set(b.b, a.b.length);
    return new PyBytes(r);
  }
  if (op % 13 === 5 && (typeof b === 'string' || (b instanceof PyObject && b.cls.builtin && (b instanceof PyList || b instanceof PyTuple)))) {
    const n = repeatCount(a);
    if (n !== undefined) {
      if (typeof b === 'string') return repeatStr(b, a);
      return b instanceof PyList ? new PyList(repeatItems(b.items, n)) : tuple(repeatItems((b as PyTuple).items, n));
    }
  }
  return binaryOp(a, b, op);
}

function repeatStr(s: string, v: unknown): string | undefined {
  const n = repeatCount(v);
  if (n === undefined) return undefined as unknown as string;
  if (repeatOverflows(s.length, n)) throw overflowError('repeated string is too long');
  if (s.length * n > 2 ** 29) throw outOfMemory();
  return s.repeat(n);
}

/**
 * CPython's check before repeating a str or bytes `n` times: OverflowError
 * when the length would not fit a Py_ssize_t (a smaller result that is still
 * too big to allocate is a MemoryError instead).
 */
export function repeatOverflows(len: number, n: number): boolean {
  return len > 1 && n > 2 ** 29 && BigInt(n) > ((1n << 63n) - 1n) / BigInt(len);
}


export function intArith(x: I.Int, y: I.Int, op: number): unknown {
  switch (op) {
    case 0: return I.intAdd(x, y);
    case 1: return I.intAnd(x, y);
    case 2: return I.intFloorDiv(x, y);
    case 3: return I.intLshift(x, y);
    case 5: return I.intMul(x, y);
    case 6: return I.intMod(x, y);
    case 7: return I.intOr(x, y);
    case 8:
      if (y < 0) {
        const fx = I.intToFloat(x);
        if (fx === 0) throw zeroDivisionError('0.0 cannot be raised to a negative power');
        return new PyFloat(floatPow(fx, I.intToFloat(y)));
      }
      return I.intPow(x, y);
    case 9: return I.intRshift(x, y);
    case 10: return I.intSub(x, y);
    case 11: return new PyFloat(I.intTrueDiv(x, y));
    case 12: return I.intXor(x, y);
  }
  return binaryOp(x, y, op);
}

/** Float arithmetic; undefined for operators floats do not support. */
export function floatArith(a: number, b: number, op: number): PyFloat | undefined {
  switch (op) {
    case 0: return new PyFloat(a + b);
    case 10: return new PyFloat(a - b);
    case 5: return new PyFloat(a * b);
    case 11:
      if (b === 0) throw zeroDivisionError('float division by zero');
      return new PyFloat(a / b);
    case 2:
      if (b === 0) throw zeroDivisionError('float floor division by zero');
      return new PyFloat(floatDivmod(a, b)[0]);
    case 6:
      if (b === 0) throw zeroDivisionError('float modulo');
      return new PyFloat(floatDivmod(a, b)[1]);
    case 8: return new PyFloat(floatPow(a, b));
  }
  return undefined;
}

/** Python's float divmod: floor quotient and remainder with the divisor's sign. */
export function floatDivmod(a: number, b: number): [number, number] {
  let mod = a % b;
  let div = (a - mod) / b;
  if (mod !== 0) {
    if ((b < 0) !== (mod < 0)) {
      mod += b;
      div -= 1;
    }
  } else {
    mod = b < 0 ? -0 : 0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else {
    floordiv = (a / b < 0 || Object.is(a / b, -0)) ? -0 : 0;
  }
  return [floordiv, mod];
}

export function floatPow(a: number, b: number): number {
  if (a === 0 && b < 0) throw zeroDivisionError('0.0 cannot be raised to a negative power');
  if (a < 0 && !Number.isInteger(b) && Number.isFinite(b)) {
    throw pyErr(typeErrorLikeValue(), 'pygil does not support complex numbers (negative number raised to a fractional power)');
  }
  if (a === 1 || b === 0) return 1;
  // V8's Math.pow is not correctly rounded (10 ** -5 gives 9.999999999999999e-06);
  // pyPow is, like the C library CPython uses.
  let r: number;
  if (!Number.isFinite(a) || !Number.isFinite(b) || a === 0) r = Math.pow(a, b);
  else if (a > 0) r = pyPow(a, b);
  else r = (Math.abs(b % 2) === 1 ? -1 : 1) * pyPow(-a, b);
  if (!Number.isFinite(r) && Number.isFinite(a) && Number.isFinite(b)) throw overflowError("(34, 'Numerical result out of range')");
  return r;
}

function typeErrorLikeValue() {
  return typeError('').cls;
}

// ---------------------------------------------------------------- comparison

/** COMPARE_OP: returns a Python value (usually a bool). */
export function compare(a: unknown, b: unknown, op: number): unknown {
  const ta = typeof a, tb = typeof b;
  if (ta === 'number' && tb === 'number') return cmpNum(a as number, b as number, op);
  if (ta === 'string' && tb === 'string') return cmpNum(a as string, b as string, op);
  const x = floatOrIntOf(a), y = floatOrIntOf(b);
  if (x !== undefined && y !== undefined) return cmpMixed(x, y, op);
  if (a instanceof PyObject && b instanceof PyObject && a.cls === b.cls && a.cls.builtin) {
    if (a instanceof PyList || a instanceof PyTuple) return cmpSeq(a.items, (b as PyList).items, op);
    if (a instanceof PyDict && (op === CMP_EQ || op === CMP_NE)) return dictEq(a, b as PyDict) === (op === CMP_EQ);
  }
  if (a instanceof PySet && b instanceof PySet) return cmpSets(a, b, op);
  if (op === CMP_EQ || op === CMP_NE) {
    if ((ta === 'string' || ta === 'number' || ta === 'bigint' || ta === 'boolean' || a === null) &&
      (tb === 'string' || tb === 'number' || tb === 'bigint' || tb === 'boolean' || b === null || b instanceof PyFloat)) {
      return (op === CMP_EQ) === (a === b);
    }
  }
  return richCompare(a, b, op);
}

function floatOrIntOf(v: unknown): number | bigint | undefined {
  switch (typeof v) {
    case 'number': return v;
    case 'bigint': return v;
    case 'boolean': return v ? 1 : 0;
  }
  if (v instanceof PyFloat && v.cls.builtin) return v.v;
  return undefined;
}

function cmpNum<T extends number | string>(a: T, b: T, op: number): boolean {
  switch (op) {
    case CMP_LT: return a < b;
    case CMP_LE: return a <= b;
    case CMP_EQ: return a === b;
    case CMP_NE: return a !== b;
    case CMP_GT: return a > b;
    default: return a >= b;
  }
}

/** Compares int/bigint/float exactly (a float and a huge int compare by value). */
function cmpMixed(a: number | bigint, b: number | bigint, op: number): boolean {
  let c: number;
  if (typeof a === 'number' && typeof b === 'number') return cmpNum(a, b, op);
  if (a !== a || b !== b) return op === CMP_NE;
  if (typeof a === 'bigint' && typeof b === 'bigint') c = a < b ? -1 : a > b ? 1 : 0;
  else {
    // one bigint, one number (maybe a non-integral float)
    const bigSide = typeof a === 'bigint' ? a : (b as bigint);
    const numSide = typeof a === 'number' ? a : (b as number);
    let r: number;
    if (!Number.isFinite(numSide)) r = numSide > 0 ? -1 : 1;
    else {
      const fl = Math.floor(numSide);
      const bf = BigInt(fl);
      r = bigSide < bf ? -1 : bigSide > bf ? 1 : (numSide > fl ? -1 : 0);
    }
    c = typeof a === 'bigint' ? r : -r;
  }
  switch (op) {
    case CMP_LT: return c < 0;
    case CMP_LE: return c <= 0;
    case CMP_EQ: return c === 0;
    case CMP_NE: return c !== 0;
    case CMP_GT: return c > 0;
    default: return c >= 0;
  }
}

function cmpSeq(a: unknown[], b: unknown[], op: number): unknown {
  const n = Math.min(a.length, b.length);
  let i = 0;
  for (; i < n; i++) {
    const x = a[i], y = b[i];
    if (x === y) continue;
    if (!eqObjects(x, y)) break;
  }
  if (i >= n) return cmpNum(a.length, b.length, op);
  if (op === CMP_EQ) return false;
  if (op === CMP_NE) return true;
  return compare(a[i], b[i], op);
}

function dictEq(a: PyDict, b: PyDict): boolean {
  if (a.map.size !== b.map.size) return false;
  for (const [k, v] of a.entries()) {
    if (!b.has(k)) return false;
    const w = b.get(k);
    if (v !== w && !eqObjects(v, w)) return false;
  }
  return true;
}

function cmpSets(a: PySet, b: PySet, op: number): boolean {
  const sub = (x: PySet, y: PySet) => x.map.size <= y.map.size && [...x.map.keys()].every((k) => y.map.has(k));
  switch (op) {
    case CMP_EQ: return a.map.size === b.map.size && sub(a, b);
    case CMP_NE: return !(a.map.size === b.map.size && sub(a, b));
    case CMP_LE: return sub(a, b);
    case CMP_GE: return sub(b, a);
    case CMP_LT: return a.map.size < b.map.size && sub(a, b);
    default: return b.map.size < a.map.size && sub(b, a);
  }
}

