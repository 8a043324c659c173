// range: a lazy arithmetic sequence. Bounds are ints of any size; the common
// case (all safe integers) keeps plain JS numbers so iteration is fast.

import { PyObject, makeBuiltinType } from '../object.js';
import { constructor, method, getter, member } from '../define.js';
import { typeError, valueError, indexError, overflowError } from '../exceptions.js';
import { toIndex, typeName, eqObjects, hashObject, repr } from '../ops.js';
import { noArgs, oneArg, wrapperArgs, badSelf } from './native-args.js';
import type { Kwargs } from '../function.js';
import { RangeIter, JsIter, rangeIteratorType } from '../iter.js';
import { PySlice } from '../slice.js';
import { tuple } from '../tuple.js';
import { NotImplemented } from '../singletons.js';
import * as I from '../int-math.js';

export const rangeType = makeBuiltinType('range', null, 'other');

type Int = I.Int;

function rangeLength(start: Int, stop: Int, step: Int): Int {
  if (typeof start === 'number' && typeof stop === 'number' && typeof step === 'number') {
    if (step > 0 && start < stop) return Math.floor((stop - start - 1) / step) + 1;
    if (step < 0 && start > stop) return Math.floor((start - stop - 1) / -step) + 1;
    return 0;
  }
  const a = I.big(start), b = I.big(stop), s = I.big(step);
  if (s > 0n && a < b) return I.norm((b - a - 1n) / s + 1n);
  if (s < 0n && a > b) return I.norm((a - b - 1n) / -s + 1n);
  return 0;
}

export class PyRange extends PyObject {
  readonly length: Int;
  constructor(readonly start: Int, readonly stop: Int, readonly step: Int) {
    super(rangeType);
    this.length = rangeLength(start, stop, step);
  }
  at(i: Int): Int {
    return I.intAdd(this.start, I.intMul(i, this.step));
  }
  get small(): boolean {
    return typeof this.start === 'number' && typeof this.stop === 'number' && typeof this.length === 'number' &&
      Number.isSafeInteger(this.start + this.length * (this.step as number));
  }
}

function rangeArg(v: unknown): Int {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (!(v instanceof PyObject && v.cls.lookup('__index__') !== undefined)) {
    throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  }
  return toIndex(v);
}

constructor(rangeType, (args, kw) => {
  if (kw !== null && kw.size > 0) throw typeError('range() takes no keyword arguments');
  const a = args.slice(1);
  if (a.length === 0) throw typeError('range expected at least 1 argument, got 0');
  if (a.length > 3) throw typeError(`range expected at most 3 arguments, got ${a.length}`);
  if (a.length === 1) return new PyRange(0, rangeArg(a[0]), 1);
  const step = a.length === 3 ? rangeArg(a[2]) : 1;
  if (step === 0 || step === 0n) throw valueError('range() arg 3 must not be zero');
  return new PyRange(rangeArg(a[0]), rangeArg(a[1]), step);
});

function* bigIter(r: PyRange, reverse: boolean): Generator<unknown> {
  const n = I.big(r.length);
  for (let i = 0n; i < n; i++) yield r.at(I.norm(reverse ? n - 1n - i : i));
}

/**
 * A method of range, its arguments checked as CPython's: a slot wrapper
 * takes exactly `n` (`wrapper`), a plain method none or one (`plain`), and
 * self must be a range.
 */
function rangeMethod(name: string, check: 'wrapper' | 'plain', n: 0 | 1, fn: (r: PyRange, x: unknown) => unknown): void {
  method(rangeType, name, (args: unknown[], kw: Kwargs) => {
    const r = args[0];
    if (!(r instanceof PyRange)) throw badSelf('range', name, r);
    if (check === 'wrapper') wrapperArgs(name, args, kw, n);
    else if (n === 0) noArgs(`range.${name}`, args, kw);
    else oneArg(`range.${name}`, args, kw);
    return fn(r, args[1]);
  });
}

rangeMethod('__iter__', 'wrapper', 0, (r) => {
  if (r.small) return new RangeIter(r.start as number, (r.start as number) + (r.length as number) * (r.step as number), r.step as number);
  return new JsIter(bigIter(r, false), rangeIteratorType);
});
rangeMethod('__reversed__', 'plain', 0, (r) => {
  if (r.small) {
    const last = r.at((r.length as number) - 1) as number;
    return new RangeIter(last, (r.start as number) - (r.step as number), -(r.step as number));
  }
  return new JsIter(bigIter(r, true), rangeIteratorType);
});
rangeMethod('__len__', 'wrapper', 0, (r) => {
  const n = r.length;
  if (typeof n === 'bigint') throw overflowError('Python int too large to convert to C ssize_t');
  return n;
});
rangeMethod('__repr__', 'wrapper', 0, (r) => {
  return r.step === 1 ? `range(${r.start}, ${r.stop})` : `range(${r.start}, ${r.stop}, ${r.step})`;
});

/** Clamps a slice bound against a length, as slice.indices() does, for big ints. */
function clampBound(v: unknown, len: bigint, neg: boolean, isStart: boolean): bigint {
  if (v === null) return isStart ? (neg ? len - 1n : 0n) : (neg ? -1n : len);
  let x = I.big(rangeArg(v));
  if (x < 0n) {
    x += len;
    if (x < 0n) x = neg ? -1n : 0n;
  } else if (x >= len) x = neg ? len - 1n : len;
  return x;
}

rangeMethod('__getitem__', 'wrapper', 1, (r, k) => {
  if (k instanceof PySlice) {
    const len = I.big(r.length);
    const step = k.step === null ? 1n : I.big(rangeArg(k.step));
    if (step === 0n) throw valueError('slice step cannot be zero');
    const neg = step < 0n;
    const s0 = clampBound(k.start, len, neg, true);
    const s1 = clampBound(k.stop, len, neg, false);
    const rs = I.big(r.step);
    return new PyRange(r.at(I.norm(s0)), r.at(I.norm(s1)), I.norm(rs * step));
  }
  if (!(typeof k === 'number' || typeof k === 'bigint' || typeof k === 'boolean' || (k instanceof PyObject && k.cls.lookup('__index__') !== undefined))) {
    throw typeError(`range indices must be integers or slices, not ${typeName(k)}`);
  }
  let i = rangeArg(k);
  if (i < 0) i = I.intAdd(i, r.length);
  if (i < 0 || i >= r.length) throw indexError('range object index out of range');
  return r.at(i);
});

function rangeIndexOf(r: PyRange, v: unknown): Int {
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') {
    const x = typeof v === 'boolean' ? (v ? 1 : 0) : v;
    const d = I.intSub(x, r.start);
    if (I.intMod(d, r.step) !== 0) return -1;
    const i = I.intFloorDiv(d, r.step);
    return i >= 0 && i < r.length ? i : -1;
  }
  const n = I.big(r.length);
  for (let i = 0n; i < n; i++) if (eqObjects(r.at(I.norm(i)), v)) return I.norm(i);
  return -1;
}
rangeMethod('__contains__', 'wrapper', 1, (r, x) => rangeIndexOf(r, x) !== -1);
rangeMethod('index', 'plain', 1, (r, x) => {
  const i = rangeIndexOf(r, x);
  if (i !== -1) return i;
  // An int is looked for by arithmetic, anything else by iterating.
  const isInt = typeof x === 'number' || typeof x === 'bigint' || typeof x === 'boolean';
  throw valueError(isInt ? `${repr(x)} is not in range` : 'sequence.index(x): x not in sequence');
});
rangeMethod('count', 'plain', 1, (r, x) => (rangeIndexOf(r, x) !== -1 ? 1 : 0));
rangeMethod('__eq__', 'wrapper', 1, (a, b) => {
  if (!(b instanceof PyRange)) return NotImplemented;
  if (a.length !== b.length) return false;
  if (a.length === 0) return true;
  return a.start === b.start && (a.length === 1 || a.step === b.step);
});
rangeMethod('__hash__', 'wrapper', 0, (r) => {
  if (r.length === 0) return hashObject(tuple([0, null, null]));
  if (r.length === 1) return hashObject(tuple([1, r.start, null]));
  return hashObject(tuple([r.length, r.start, r.step]));
});
rangeMethod('__bool__', 'wrapper', 0, (r) => r.length !== 0);
member(rangeType, 'start', (r) => (r as PyRange).start);
member(rangeType, 'stop', (r) => (r as PyRange).stop);
member(rangeType, 'step', (r) => (r as PyRange).step);
