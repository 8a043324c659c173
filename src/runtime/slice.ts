// slice objects and the index arithmetic every sequence type shares.

import { PyObject, makeBuiltinType } from './object.js';
import { typeError, valueError } from './exceptions.js';
import { toIndex, typeName } from './ops.js';

export const sliceType = makeBuiltinType('slice', null, 'other');

export class PySlice extends PyObject {
  constructor(readonly start: unknown, readonly stop: unknown, readonly step: unknown) {
    super(sliceType);
  }
}

export function makeSlice(start: unknown, stop: unknown, step: unknown): PySlice {
  return new PySlice(start, stop, step);
}

function sliceIndex(v: unknown): number {
  if (typeof v === 'number') return v;
  try {
    const i = toIndex(v);
    return typeof i === 'bigint' ? (i < 0n ? -Infinity : Infinity) : i;
  } catch {
    throw typeError('slice indices must be integers or None or have an __index__ method');
  }
}

/** Resolves a slice against a length: [start, stop, step, count], as PySlice_AdjustIndices. */
export function sliceIndices(s: PySlice, length: number): [number, number, number, number] {
  let step = 1;
  if (s.step !== null) {
    step = sliceIndex(s.step);
    if (step === 0) throw valueError('slice step cannot be zero');
  }
  const neg = step < 0;
  let start: number, stop: number;
  if (s.start === null) start = neg ? length - 1 : 0;
  else {
    start = sliceIndex(s.start);
    if (start < 0) {
      start += length;
      if (start < 0) start = neg ? -1 : 0;
    } else if (start >= length) start = neg ? length - 1 : length;
  }
  if (s.stop === null) stop = neg ? -1 : length;
  else {
    stop = sliceIndex(s.stop);
    if (stop < 0) {
      stop += length;
      if (stop < 0) stop = neg ? -1 : 0;
    } else if (stop >= length) stop = neg ? length - 1 : length;
  }
  let count = 0;
  if (neg) {
    if (stop < start) count = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) count = Math.floor((stop - start - 1) / step) + 1;
  return [start, stop, step, count];
}

/** Selects the items of `items` described by a slice. */
export function sliceArray<T>(items: T[], s: PySlice): T[] {
  const [start, , step, count] = sliceIndices(s, items.length);
  if (step === 1) return items.slice(start, start + count);
  const out: T[] = new Array(count);
  for (let i = 0, j = start; i < count; i++, j += step) out[i] = items[j];
  return out;
}

/** Normalises a (possibly negative) sequence index; -1 when out of range. */
export function seqIndex(key: unknown, length: number, what: string): number {
  let i: number;
  if (typeof key === 'number') i = key;
  else if (typeof key === 'boolean') i = key ? 1 : 0;
  else {
    if (typeof key !== 'bigint' && !(key instanceof PyObject && key.cls.lookup('__index__') !== undefined)) {
      throw typeError(`${what} indices must be integers or slices, not ${typeName(key)}`);
    }
    const v = toIndex(key);
    i = typeof v === 'bigint' ? (v < 0n ? -Infinity : Infinity) : v;
  }
  if (i < 0) i += length;
  return i >= 0 && i < length ? i : -1;
}
