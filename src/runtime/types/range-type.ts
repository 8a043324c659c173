// range: a lazy arithmetic sequence. Bounds are JS numbers (pygil keeps
// ranges within the safe-integer range, far beyond anything iterable).

import { PyObject, makeBuiltinType } from '../object.js';
import { constructor, method, getter } from '../define.js';
import { typeError, valueError, indexError, overflowError } from '../exceptions.js';
import { toIndex, typeName, eqObjects } from '../ops.js';
import { RangeIter } from '../iter.js';
import { PySlice, sliceIndices } from '../slice.js';

export const rangeType = makeBuiltinType('range', null, 'other');

export class PyRange extends PyObject {
  readonly length: number;
  constructor(readonly start: number, readonly stop: number, readonly step: number) {
    super(rangeType);
    let n = 0;
    if (step > 0 && start < stop) n = Math.floor((stop - start - 1) / step) + 1;
    else if (step < 0 && start > stop) n = Math.floor((start - stop - 1) / -step) + 1;
    this.length = n;
  }
  at(i: number): number {
    return this.start + i * this.step;
  }
}

function rangeArg(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v !== 'bigint' && !(v instanceof PyObject && v.cls.lookup('__index__') !== undefined)) {
    throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  }
  const i = toIndex(v);
  if (typeof i === 'bigint') throw overflowError('pygil: range bounds beyond 2**53 are not supported');
  return i;
}

constructor(rangeType, (args, kw) => {
  if (kw !== null && kw.size > 0) throw typeError('range() takes no keyword arguments');
  const a = args.slice(1);
  if (a.length === 0) throw typeError('range expected at least 1 argument, got 0');
  if (a.length > 3) throw typeError(`range expected at most 3 arguments, got ${a.length}`);
  if (a.length === 1) return new PyRange(0, rangeArg(a[0]), 1);
  const step = a.length === 3 ? rangeArg(a[2]) : 1;
  if (step === 0) throw valueError('range() arg 3 must not be zero');
  return new PyRange(rangeArg(a[0]), rangeArg(a[1]), step);
});

method(rangeType, '__iter__', (args) => {
  const r = args[0] as PyRange;
  return new RangeIter(r.start, r.start + r.length * r.step, r.step);
});
method(rangeType, '__reversed__', (args) => {
  const r = args[0] as PyRange;
  return new RangeIter(r.at(r.length - 1), r.start - r.step, -r.step);
});
method(rangeType, '__len__', (args) => (args[0] as PyRange).length);
method(rangeType, '__repr__', (args) => {
  const r = args[0] as PyRange;
  return r.step === 1 ? `range(${r.start}, ${r.stop})` : `range(${r.start}, ${r.stop}, ${r.step})`;
});
method(rangeType, '__getitem__', (args) => {
  const r = args[0] as PyRange;
  const k = args[1];
  if (k instanceof PySlice) {
    const [start, , step, count] = sliceIndices(k, r.length);
    const s0 = r.at(start), st = r.step * step;
    return new PyRange(s0, s0 + count * st, st);
  }
  let i = rangeArg(k);
  if (i < 0) i += r.length;
  if (i < 0 || i >= r.length) throw indexError('range object index out of range');
  return r.at(i);
});
function rangeIndexOf(r: PyRange, v: unknown): number {
  if (typeof v === 'number' || typeof v === 'boolean') {
    const x = typeof v === 'boolean' ? (v ? 1 : 0) : v;
    const d = x - r.start;
    if (d % r.step !== 0) return -1;
    const i = d / r.step;
    return i >= 0 && i < r.length ? i : -1;
  }
  for (let i = 0; i < r.length; i++) if (eqObjects(r.at(i), v)) return i;
  return -1;
}
method(rangeType, '__contains__', (args) => rangeIndexOf(args[0] as PyRange, args[1]) >= 0);
method(rangeType, 'index', (args) => {
  const i = rangeIndexOf(args[0] as PyRange, args[1]);
  if (i < 0) throw valueError(`${typeof args[1] === 'number' ? args[1] : typeName(args[1])} is not in range`);
  return i;
});
method(rangeType, 'count', (args) => (rangeIndexOf(args[0] as PyRange, args[1]) >= 0 ? 1 : 0));
method(rangeType, '__eq__', (args) => {
  const a = args[0] as PyRange, b = args[1];
  if (!(b instanceof PyRange)) return false;
  if (a.length !== b.length) return false;
  if (a.length === 0) return true;
  return a.start === b.start && (a.length === 1 || a.step === b.step);
});
method(rangeType, '__hash__', (args) => (args[0] as PyRange).length);
method(rangeType, '__bool__', (args) => (args[0] as PyRange).length > 0);
getter(rangeType, 'start', (r) => (r as PyRange).start);
getter(rangeType, 'stop', (r) => (r as PyRange).stop);
getter(rangeType, 'step', (r) => (r as PyRange).step);
