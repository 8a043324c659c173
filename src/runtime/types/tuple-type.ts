// tuple: constructor, special methods and methods, plus the helpers that
// tuple and list share (lexicographic comparison, repetition, index/count
// arguments).
//
// tuple.__new__ honours its class argument, so `class P(tuple)` with its own
// __new__ (collections.namedtuple) gets instances of P. The hash is CPython's
// xxHash-based one (tupleHash in dict.ts), so hash((1, 2)) is CPython's value.

import { PyType, PyObject, typeOf } from '../object.js';
import { method, constructor } from '../define.js';
import type { PyBuiltin } from '../function.js';
import { PyTuple, tupleType, tuple, EMPTY_TUPLE } from '../tuple.js';
import { tupleHash, builtinHashes } from '../dict.js';
import {
  repr, reprGuard, toArray, allocInstance, eqObjects, richCompare, toIndex, typeName, CMP_EQ, CMP_NE,
} from '../ops.js';
import {
  typeError, valueError, indexError, overflowError, pyErr, MemoryError, newException, StopIteration, PyBaseException,
} from '../exceptions.js';
import { ArrayIter, PyIter, tupleIteratorType, strIteratorType, rangeIteratorType, seqIteratorType, jsIteratorType } from '../iter.js';
import { PySlice, sliceIndices, sliceArray, seqIndex } from '../slice.js';
import { NotImplemented } from '../singletons.js';
import { ssizeValue } from '../int-math.js';
import { oneArg, noArgs, posArgs, wrapperArgs, badSelf } from './native-args.js';
import { MAX_ITEMS, outOfMemory } from '../limits.js';
import type { Kwargs } from '../function.js';

// ---------------------------------------------------------------- shared sequence helpers

/** Lexicographic comparison of two item arrays, as list and tuple richcompare do; returns a Python value. */
export function compareItems(a: unknown[], b: unknown[], op: number): unknown {
  const n = Math.min(a.length, b.length);
  let i = 0;
  for (; i < n; i++) {
    const x = a[i], y = b[i];
    if (x !== y && !eqObjects(x, y)) break;
  }
  if (i >= n) {
    const la = a.length, lb = b.length;
    switch (op) {
      case 0: return la < lb;
      case 1: return la <= lb;
      case 2: return la === lb;
      case 3: return la !== lb;
      case 4: return la > lb;
      default: return la >= lb;
    }
  }
  if (op === CMP_EQ) return false;
  if (op === CMP_NE) return true;
  return richCompare(a[i], b[i], op);
}


/** The repeat count of `seq * n`, or undefined when `n` is not an integer (NotImplemented). */
export function repeatCount(n: unknown): number | undefined {
  if (typeof n === 'number') return n < 0 ? 0 : n;
  if (typeof n === 'boolean') return n ? 1 : 0;
  if (typeof n === 'bigint' || (n instanceof PyObject && n.cls.lookup('__index__') !== undefined)) {
    const i = toIndex(n);
    const count = ssizeValue(i);
    if (count === undefined) throw overflowError(`cannot fit 'int' into an index-sized integer`);
    return count < 0 ? 0 : count;
  }
  return undefined;
}

/**
 * The longest array made at its full size at once: past 32 million items
 * V8 makes such an array a sparse (dictionary) one, many times slower and
 * bigger. Longer repeats are chunks of this size concatenated.
 */
const CHUNK_MAX = 2 ** 24;

/** `items` repeated `n` times, in a new array. */
export function repeatItems(items: unknown[], n: number): unknown[] {
  const len = items.length;
  if (len === 0 || n <= 0) return []; // even for a count too big to loop over
  if (len * n > MAX_ITEMS) throw outOfMemory();
  const per = Math.max(1, Math.floor(CHUNK_MAX / len)); // repeats in one chunk
  if (n <= per) return repeatChunk(items, n);
  const chunk = repeatChunk(items, per);
  const rest: unknown[][] = [];
  let done = per;
  for (; done + per <= n; done += per) rest.push(chunk);
  if (done < n) rest.push(repeatChunk(items, n - done));
  return chunk.concat(...rest);
}

function repeatChunk(items: unknown[], n: number): unknown[] {
  const len = items.length;
  if (len === 1) return new Array(n).fill(items[0]);
  const out: unknown[] = new Array(len * n);
  for (let r = 0, k = 0; r < n; r++) for (let i = 0; i < len; i++) out[k++] = items[i];
  return out;
}

/** `a` followed by `b`, in a new array (`list + list`, `tuple + tuple`). */
export function concatItems(a: unknown[], b: unknown[]): unknown[] {
  if (a.length + b.length > MAX_ITEMS) throw outOfMemory();
  return a.concat(b);
}

/**
 * What `seq + x` / `seq * x` does with an operand it cannot use. CPython's
 * sequence slots raise at once, yet the operator first lets a Python class
 * answer through its reflected method; so: NotImplemented when `x`'s class
 * defines `reflected`, else the TypeError.
 */
export function badOperand(x: unknown, reflected: string, error: () => PyBaseException): unknown {
  const t = typeOf(x);
  if (!t.builtin && t.lookup(reflected) !== undefined) return NotImplemented;
  throw error();
}

export const concatError = (self: string, x: unknown) => () =>
  typeError(`can only concatenate ${self} (not "${typeName(x)}") to ${self}`);
export const repeatError = (x: unknown) => () => typeError(`can't multiply sequence by non-int of type '${typeName(x)}'`);

/** A start/stop argument of index(): clamped like a slice bound. */
function boundArg(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint' || (v instanceof PyObject && v.cls.lookup('__index__') !== undefined)) {
    const i = toIndex(v);
    if (typeof i === 'bigint') return i < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
    return i;
  }
  throw typeError('slice indices must be integers or have an __index__ method');
}

/** index(x[, start[, stop]]) over `items`; -1 when absent. args[0] is self. */
export function indexOf(items: unknown[], args: unknown[]): number {
  const x = args[1];
  const n = items.length;
  let start = args.length > 2 ? boundArg(args[2]) : 0;
  let stop = args.length > 3 ? boundArg(args[3]) : n;
  if (start < 0) start = Math.max(0, start + n);
  if (stop < 0) stop = Math.max(0, stop + n);
  for (let i = start; i < stop && i < items.length; i++) {
    const v = items[i];
    if (v === x || eqObjects(v, x)) return i;
  }
  return -1;
}

export function containsItem(items: unknown[], x: unknown): boolean {
  for (let i = 0; i < items.length; i++) {
    const v = items[i];
    if (v === x || eqObjects(v, x)) return true;
  }
  return false;
}

export function countOf(items: unknown[], x: unknown): number {
  let c = 0;
  for (let i = 0; i < items.length; i++) {
    const v = items[i];
    if (v === x || eqObjects(v, x)) c++;
  }
  return c;
}

/** A sequence index for __getitem__ and friends: a JS number, or throws the TypeError. */
export function itemIndex(key: unknown, length: number, what: string, error: string): number {
  if (typeof key === 'number') {
    const i = key < 0 ? key + length : key;
    if (i >= 0 && i < length) return i;
    throw indexError(error);
  }
  if (typeof key === 'bigint' || (key instanceof PyObject && key.cls.lookup('__index__') !== undefined)) {
    const v = toIndex(key);
    if (typeof v === 'bigint' && (v >= SSIZE_LIMIT || v < -SSIZE_LIMIT)) {
      throw indexError(`cannot fit 'int' into an index-sized integer`);
    }
  }
  const i = seqIndex(key, length, what);
  if (i < 0) throw indexError(error);
  return i;
}

/** Indices must fit CPython's Py_ssize_t. */
const SSIZE_LIMIT = 1n << 63n;

// ---------------------------------------------------------------- defining methods

/** Checks a call's arguments (`args[0]` is self); `method` marks a real method rather than a slot wrapper. */
export type ArgCheck = ((args: unknown[], kw: Kwargs) => void) & { method?: boolean };

const asMethod = (f: ArgCheck): ArgCheck => {
  f.method = true;
  return f;
};

/**
 * Argument checks in CPython's wordings (see native-args.ts). `quirk` is the
 * slot wrapper message of sq_repeat and mp_ass_subscript, which CPython
 * prints with a leading space.
 */
export const check = {
  none: (qual: string): ArgCheck => asMethod((args, kw) => noArgs(qual, args, kw)),
  one: (qual: string): ArgCheck => asMethod((args, kw) => void oneArg(qual, args, kw)),
  pos: (qual: string, min: number, max: number): ArgCheck => asMethod((args, kw) => posArgs(qual, args, kw, min, max)),
  noKw: (qual: string): ArgCheck => asMethod((_args, kw) => {
    if (kw !== null && kw.size > 0) throw typeError(`${qual}() takes no keyword arguments`);
  }),
  wrapper: (name: string, n: number): ArgCheck => (args, kw) => wrapperArgs(name, args, kw, n),
  quirk: (name: string, n: number): ArgCheck => (args, kw) => {
    if (kw !== null && kw.size > 0) throw typeError(`wrapper ${name}() takes no keyword arguments`);
    if (args.length !== n + 1) throw typeError(` expected ${n} argument${n === 1 ? '' : 's'}, got ${args.length - 1}`);
  },
};

/**
 * The error for a method called on the wrong kind of object. Real methods
 * named like dunders (dict.__getitem__, list.__reversed__) use the method
 * wording, which badSelf keeps for plain names.
 */
function wrongSelf(owner: string, name: string, self: unknown, method: boolean): PyBaseException {
  if (!method || !name.startsWith('__')) return badSelf(owner, name, self);
  if (self === undefined) return typeError(`unbound method ${owner}.${name}() needs an argument`);
  return typeError(`descriptor '${name}' for '${owner}' objects doesn't apply to a '${typeName(self)}' object`);
}

/**
 * Defines method `name` on `t`: `self` must pass `isSelf` (else CPython's
 * descriptor error), then the arguments `chk`; then `fn` runs.
 */
export function typedMethod<T>(
  t: PyType, isSelf: (v: unknown) => v is T, name: string, chk: ArgCheck | null,
  fn: (self: T, args: unknown[], kw: Kwargs) => unknown,
): PyBuiltin {
  const isMethod = chk !== null && chk.method === true;
  return method(t, name, (args, kw) => {
    const self = args[0];
    if (!isSelf(self)) throw wrongSelf(t.name, name, self, isMethod);
    if (chk !== null) chk(args, kw);
    return fn(self, args, kw);
  });
}

/** __iter__ and __next__ for a builtin iterator type whose instances are PyIters. */
export function defineIteratorMethods(t: PyType): void {
  const isIter = (v: unknown): v is PyIter => v instanceof PyIter;
  typedMethod(t, isIter, '__iter__', check.wrapper('__iter__', 0), (it) => it);
  typedMethod(t, isIter, '__next__', check.wrapper('__next__', 0), (it) => {
    const v = it.next();
    if (v === undefined) throw newException(StopIteration, []);
    return v;
  });
}

// ---------------------------------------------------------------- tuple

const isTuple = (v: unknown): v is PyTuple => v instanceof PyTuple;
const def = (name: string, chk: ArgCheck | null, fn: (t: PyTuple, args: unknown[], kw: Kwargs) => unknown) =>
  typedMethod(tupleType, isTuple, name, chk, fn);

constructor(tupleType, (args, kw) => {
  const cls = args[0] as PyType;
  if (cls === tupleType && kw !== null && kw.size > 0) throw typeError('tuple() takes no keyword arguments');
  if (args.length > 2) throw typeError(`tuple expected at most 1 argument, got ${args.length - 1}`);
  const iterable = args.length === 2 ? args[1] : undefined;
  if (cls === tupleType) {
    if (iterable === undefined) return EMPTY_TUPLE;
    if (iterable instanceof PyTuple && iterable.cls === tupleType) return iterable;
    return tuple(toArray(iterable));
  }
  const t = allocInstance(cls) as PyTuple;
  t.items = iterable === undefined ? [] : toArray(iterable);
  return t;
});

def('__repr__', check.wrapper('__repr__', 0), (t) => {
  const items = t.items;
  if (items.length === 0) return '()';
  return reprGuard(t, '(...)', () => {
    if (items.length === 1) return '(' + repr(items[0]) + ',)';
    let s = '(' + repr(items[0]);
    for (let i = 1; i < items.length; i++) s += ', ' + repr(items[i]);
    return s + ')';
  });
});
def('__len__', check.wrapper('__len__', 0), (t) => t.items.length);
def('__iter__', check.wrapper('__iter__', 0), (t) => new ArrayIter(t.items, tupleIteratorType));
defineIteratorMethods(tupleIteratorType);
// The other iterators of iter.ts with no home of their own (collections.abc.Iterator finds them by these methods).
for (const t of [strIteratorType, rangeIteratorType, seqIteratorType, jsIteratorType]) defineIteratorMethods(t);
def('__contains__', check.wrapper('__contains__', 1), (t, args) => containsItem(t.items, args[1]));

def('__getitem__', check.wrapper('__getitem__', 1), (t, args) => {
  const key = args[1];
  if (key instanceof PySlice) {
    const [start, , step, count] = sliceIndices(key, t.items.length);
    // A full forward slice of an exact tuple is the tuple itself.
    if (step === 1 && start === 0 && count === t.items.length && t.cls === tupleType) return t;
    return tuple(sliceArray(t.items, key));
  }
  return t.items[itemIndex(key, t.items.length, 'tuple', 'tuple index out of range')];
});

def('__hash__', check.wrapper('__hash__', 0), (t) => tupleHash(t.items));
builtinHashes.tuple = tupleType.ns.get('__hash__');

const CMP_NAMES = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];
CMP_NAMES.forEach((name, op) => {
  def(name, check.wrapper(name, 1), (a, args) => {
    const b = args[1];
    if (!(b instanceof PyTuple)) return NotImplemented;
    return compareItems(a.items, b.items, op);
  });
});

def('__add__', check.wrapper('__add__', 1), (a, args) => {
  const b = args[1];
  if (!(b instanceof PyTuple)) return badOperand(b, '__radd__', concatError('tuple', b));
  if (b.items.length === 0 && a.cls === tupleType) return a;
  if (a.items.length === 0 && b.cls === tupleType) return b;
  return tuple(concatItems(a.items, b.items));
});

for (const [name, reflected] of [['__mul__', '__rmul__'], ['__rmul__', '__mul__']]) {
  def(name, check.quirk(name, 1), (t, args) => {
    const n = repeatCount(args[1]);
    if (n === undefined) return badOperand(args[1], reflected, repeatError(args[1]));
    if ((n === 1 || t.items.length === 0) && t.cls === tupleType) return t;
    return tuple(repeatItems(t.items, n));
  });
}

def('index', check.pos('tuple.index', 1, 3), (t, args) => {
  const i = indexOf(t.items, args);
  if (i < 0) throw valueError('tuple.index(x): x not in tuple');
  return i;
});
def('count', check.one('tuple.count'), (t, args) => countOf(t.items, args[1]));
def('__getnewargs__', check.none('tuple.__getnewargs__'), (t) => tuple([tuple(t.items.slice())]));
