// slice objects: constructor, repr, attributes, indices(), comparison.

import { PyType } from '../object.js';
import { method, constructor, getter, member } from '../define.js';
import { PySlice, sliceType, sliceIndices } from '../slice.js';
import { typeError, valueError } from '../exceptions.js';
import { repr, toIndex } from '../ops.js';
import { tuple } from '../tuple.js';
import { compare } from '../arith.js';

constructor(sliceType, (args, kw) => {
  if (kw !== null && kw.size > 0) throw typeError('slice() takes no keyword arguments');
  const a = args.slice(1);
  if (a.length === 0) throw typeError('slice expected at least 1 argument, got 0');
  if (a.length > 3) throw typeError(`slice expected at most 3 arguments, got ${a.length}`);
  void (args[0] as PyType);
  if (a.length === 1) return new PySlice(null, a[0], null);
  return new PySlice(a[0], a[1], a.length === 3 ? a[2] : null);
});
method(sliceType, '__repr__', (args) => {
  const s = args[0] as PySlice;
  return `slice(${repr(s.start)}, ${repr(s.stop)}, ${repr(s.step)})`;
});
member(sliceType, 'start', (s) => (s as PySlice).start);
member(sliceType, 'stop', (s) => (s as PySlice).stop);
member(sliceType, 'step', (s) => (s as PySlice).step);
method(sliceType, 'indices', (args) => {
  const n = toIndex(args[1]);
  if (n < 0) throw valueError('length should not be negative');
  const [start, stop, step] = sliceIndices(args[0] as PySlice, Number(n));
  return tuple([start, stop, step]);
});
method(sliceType, '__eq__', (args) => {
  const a = args[0] as PySlice, b = args[1];
  if (!(b instanceof PySlice)) return false;
  return compare(tuple([a.start, a.stop, a.step]), tuple([b.start, b.stop, b.step]), 2);
});
// Slices are unhashable in 3.11 (hashable from 3.12 on).
sliceType.ns.set('__hash__', null);
