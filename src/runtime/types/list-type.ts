// list: constructor, special methods (indexing, slice assignment, operators)
// and methods, including sort.
//
// A list keeps its items in a plain JS array that the VM indexes directly.
// Methods mutate that array in place where they can; where a whole new array
// is simpler (big slice assignments), they replace `items`, which is safe
// because list iterators re-read `owner.items` on every step.
//
// sort() follows CPython's list.sort: keys are computed first, the list looks
// empty while it sorts (so a key function that peeks sees []), only `<` is
// ever used, and short lists use CPython's exact run detection and binary
// insertion, so even inconsistent orderings (NaN) come out as in CPython.
// Longer inputs are sorted in runs that are then merged stably, which gives
// TimSort's result for any consistent ordering.

import { PyType, PyObject, makeBuiltinType } from '../object.js';
import { method, constructor } from '../define.js';
import { PyList, PyTuple, listType } from '../tuple.js';
import {
  repr, reprGuard, toArray, allocInstance, getIter, iterNext, lessThan, truthy, call, typeName,
} from '../ops.js';
import { typeError, valueError, indexError, overflowError } from '../exceptions.js';
import { ListIter, PyIter, listIteratorType } from '../iter.js';
import { PySlice, sliceIndices, sliceArray } from '../slice.js';
import { NotImplemented } from '../singletons.js';
import { badSelf } from './native-args.js';
import {
  compareItems, repeatCount, repeatItems, concatItems, indexOf, countOf, containsItem, itemIndex, defineIteratorMethods, badOperand,
  concatError, repeatError, typedMethod, check, type ArgCheck,
} from './tuple-type.js';
import { MAX_ITEMS, outOfMemory } from '../limits.js';
import type { Kwargs } from '../function.js';

const isList = (v: unknown): v is PyList => v instanceof PyList;
const def = (name: string, chk: ArgCheck | null, fn: (l: PyList, args: unknown[], kw: Kwargs) => unknown) =>
  typedMethod(listType, isList, name, chk, fn);

/** The items of any iterable, copied (so `a[:] = a` reads the old items). */
function itemsOf(v: unknown): unknown[] {
  if (v instanceof PyList || v instanceof PyTuple) return v.items.slice();
  return toArray(v);
}

/** Appends everything `v` yields, one by one, as list.extend does for general iterables. */
function extend(l: PyList, v: unknown): void {
  if (v instanceof PyList || v instanceof PyTuple) {
    // Read the length first: l.extend(l) doubles the list once.
    const src = v.items, n = src.length, items = l.items;
    if (items.length + n > MAX_ITEMS) throw outOfMemory();
    for (let i = 0; i < n; i++) items.push(src[i]);
    return;
  }
  const it = getIter(v);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) {
    if (l.items.length >= MAX_ITEMS) throw outOfMemory();
    l.items.push(x);
  }
}

// ---------------------------------------------------------------- construction, repr, iteration

constructor(listType, (args, kw) => {
  const cls = args[0] as PyType;
  if (cls === listType) {
    if (kw !== null && kw.size > 0) throw typeError('list() takes no keyword arguments');
    return new PyList([]);
  }
  return allocInstance(cls);
});

def('__init__', null, (l, args, kw) => {
  if (kw !== null && kw.size > 0) throw typeError('list() takes no keyword arguments');
  if (args.length > 2) throw typeError(`list expected at most 1 argument, got ${args.length - 1}`);
  if (l.items.length > 0) l.items = [];
  if (args.length === 2) extend(l, args[1]);
  return null;
});

def('__repr__', check.wrapper('__repr__', 0), (l) => {
  if (l.items.length === 0) return '[]';
  return reprGuard(l, '[...]', () => {
    // Re-read items each step: a __repr__ may shrink the list.
    let s = '[';
    for (let i = 0; i < l.items.length; i++) s += (i > 0 ? ', ' : '') + repr(l.items[i]);
    return s + ']';
  });
});

def('__len__', check.wrapper('__len__', 0), (l) => l.items.length);
def('__iter__', check.wrapper('__iter__', 0), (l) => new ListIter(l));

export const listReverseIteratorType = makeBuiltinType('list_reverseiterator', null, 'other');

/** reversed(list): walks down from the end, stopping early if the list shrinks below it. */
export class ListReverseIter extends PyIter {
  constructor(private readonly list: PyList, private index: number) {
    super(listReverseIteratorType);
  }
  next(): unknown {
    const items = this.list.items;
    const i = this.index;
    if (i >= 0 && i < items.length) {
      this.index = i - 1;
      return items[i];
    }
    this.index = -1;
    return undefined;
  }
}
defineIteratorMethods(listReverseIteratorType);
defineIteratorMethods(listIteratorType);
def('__reversed__', check.none('list.__reversed__'), (l) => new ListReverseIter(l, l.items.length - 1));

// ---------------------------------------------------------------- indexing

def('__getitem__', check.one('list.__getitem__'), (l, args) => {
  const key = args[1];
  if (key instanceof PySlice) return new PyList(sliceArray(l.items, key));
  return l.items[itemIndex(key, l.items.length, 'list', 'list index out of range')];
});

def('__setitem__', check.quirk('__setitem__', 2), (l, args) => {
  const key = args[1], value = args[2];
  if (key instanceof PySlice) assignSlice(l, key, value);
  else l.items[itemIndex(key, l.items.length, 'list', 'list assignment index out of range')] = value;
  return null;
});

def('__delitem__', check.wrapper('__delitem__', 1), (l, args) => {
  const key = args[1];
  if (key instanceof PySlice) deleteSlice(l, key);
  else l.items.splice(itemIndex(key, l.items.length, 'list', 'list assignment index out of range'), 1);
  return null;
});

/** Replaces `count` items at `start` with `repl`. */
function spliceItems(l: PyList, start: number, count: number, repl: unknown[]): void {
  if (repl.length < 5000) {
    l.items.splice(start, count, ...repl);
    return;
  }
  const items = l.items;
  l.items = items.slice(0, start).concat(repl, items.slice(start + count));
}

/** `l[slice] = value`: a plain slice may change the length, an extended one may not. */
function assignSlice(l: PyList, s: PySlice, value: unknown): void {
  const [start, , step, count] = sliceIndices(s, l.items.length);
  if (step === 1) {
    if (!isIterable(value)) throw typeError('can only assign an iterable');
    spliceItems(l, start, count, itemsOf(value));
    return;
  }
  if (!isIterable(value)) throw typeError('must assign iterable to extended slice');
  const repl = itemsOf(value);
  if (repl.length !== count) {
    throw valueError(`attempt to assign sequence of size ${repl.length} to extended slice of size ${count}`);
  }
  const items = l.items;
  for (let i = 0, j = start; i < count; i++, j += step) items[j] = repl[i];
}

function isIterable(v: unknown): boolean {
  if (typeof v === 'string' || v instanceof PyList || v instanceof PyTuple || v instanceof PyIter) return true;
  if (!(v instanceof PyObject)) return false;
  const t = v.cls;
  return (t.lookup('__iter__') ?? null) !== null || t.lookup('__getitem__') !== undefined;
}

function deleteSlice(l: PyList, s: PySlice): void {
  const [start, , step, count] = sliceIndices(s, l.items.length);
  if (count === 0) return;
  if (step === 1) {
    l.items.splice(start, count);
    return;
  }
  // Normalise to an ascending walk, then keep everything not on it.
  const lo = step > 0 ? start : start + (count - 1) * step;
  const st = Math.abs(step);
  const hi = lo + (count - 1) * st;
  const items = l.items;
  const out: unknown[] = items.slice(0, lo);
  for (let i = lo; i < items.length; i++) {
    if (i <= hi && (i - lo) % st === 0) continue;
    out.push(items[i]);
  }
  l.items = out;
}

def('__contains__', check.wrapper('__contains__', 1), (l, args) => containsItem(l.items, args[1]));

// ---------------------------------------------------------------- comparison and operators

const CMP_NAMES = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];
CMP_NAMES.forEach((name, op) => {
  def(name, check.wrapper(name, 1), (a, args) => {
    const b = args[1];
    if (!(b instanceof PyList)) return NotImplemented;
    return compareItems(a.items, b.items, op);
  });
});

listType.ns.set('__hash__', null);

def('__add__', check.wrapper('__add__', 1), (a, args) => {
  const b = args[1];
  if (!(b instanceof PyList)) return badOperand(b, '__radd__', concatError('list', b));
  return new PyList(concatItems(a.items, b.items));
});
def('__iadd__', check.wrapper('__iadd__', 1), (l, args) => {
  extend(l, args[1]);
  return l;
});

for (const [name, reflected] of [['__mul__', '__rmul__'], ['__rmul__', '__mul__']]) {
  def(name, check.quirk(name, 1), (l, args) => {
    const n = repeatCount(args[1]);
    if (n === undefined) return badOperand(args[1], reflected, repeatError(args[1]));
    return new PyList(repeatItems(l.items, n));
  });
}
def('__imul__', check.quirk('__imul__', 1), (l, args) => {
  const n = repeatCount(args[1]);
  if (n === undefined) return badOperand(args[1], '__rmul__', repeatError(args[1]));
  if (n !== 1) l.items = repeatItems(l.items, n);
  return l;
});

// ---------------------------------------------------------------- methods

/** An index argument of insert()/pop(): any int (or __index__), as a JS number. */
function indexArg(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') {
    if (v >= 1n << 63n || v < -(1n << 63n)) throw overflowError('Python int too large to convert to C ssize_t');
    return v < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  }
  if (v instanceof PyObject && v.cls.lookup('__index__') !== undefined) return indexArg(callIndex(v));
  throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
}
function callIndex(v: PyObject): unknown {
  return call(v.cls.lookup('__index__'), [v]);
}

const appendCheck = check.one('list.append');
const appendMethod = method(listType, 'append', (args, kw) => {
  const l = args[0];
  // The hottest method of all: no closures on the common path.
  if (l instanceof PyList && args.length === 2 && (kw === null || kw.size === 0)) {
    if (l.items.length >= MAX_ITEMS) throw outOfMemory();
    l.items.push(args[1]);
    return null;
  }
  if (!(l instanceof PyList)) throw badSelf('list', 'append', l);
  appendCheck(args, kw);
  return null;
});
appendMethod.fast2 = (l, x) => {
  if (!(l instanceof PyList)) throw badSelf('list', 'append', l);
  if (l.items.length >= MAX_ITEMS) throw outOfMemory();
  l.items.push(x);
  return null;
};
def('extend', check.one('list.extend'), (l, args) => {
  extend(l, args[1]);
  return null;
});
def('insert', check.pos('list.insert', 2, 2), (l, args) => {
  const n = l.items.length;
  if (n >= MAX_ITEMS) throw outOfMemory();
  let i = indexArg(args[1]);
  if (i < 0) i = Math.max(0, i + n);
  else if (i > n) i = n;
  if (i === n) l.items.push(args[2]);
  else l.items.splice(i, 0, args[2]);
  return null;
});
def('remove', check.one('list.remove'), (l, args) => {
  const i = indexOf(l.items, args);
  if (i < 0) throw valueError('list.remove(x): x not in list');
  l.items.splice(i, 1);
  return null;
});
def('pop', check.pos('list.pop', 0, 1), (l, args) => {
  const items = l.items;
  if (args.length === 1) {
    if (items.length === 0) throw indexError('pop from empty list');
    return items.pop();
  }
  let i = indexArg(args[1]);
  if (items.length === 0) throw indexError('pop from empty list');
  if (i < 0) i += items.length;
  if (i < 0 || i >= items.length) throw indexError('pop index out of range');
  if (i === items.length - 1) return items.pop();
  return items.splice(i, 1)[0];
});
def('clear', check.none('list.clear'), (l) => {
  l.items = [];
  return null;
});
def('index', check.pos('list.index', 1, 3), (l, args) => {
  const i = indexOf(l.items, args);
  if (i < 0) throw valueError(`${repr(args[1])} is not in list`);
  return i;
});
def('count', check.one('list.count'), (l, args) => countOf(l.items, args[1]));
def('reverse', check.none('list.reverse'), (l) => {
  l.items.reverse();
  return null;
});
def('copy', check.none('list.copy'), (l) => new PyList(l.items.slice()));
def('sort', null, (l, args, kw) => {
  if (args.length > 1) throw typeError('sort() takes no positional arguments');
  let key: unknown = null, reverse = false;
  if (kw !== null) {
    for (const [k, v] of kw) {
      if (k === 'key') key = v;
      else if (k === 'reverse') reverse = reverseArg(v);
      else throw typeError(`'${k}' is an invalid keyword argument for sort()`);
    }
  }
  sortList(l, key, reverse);
  return null;
});

/** The reverse= flag: CPython converts it as a C int, so floats are refused. */
export function reverseArg(v: unknown): boolean {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number' || typeof v === 'bigint') return v !== 0 && v !== 0n;
  if (v instanceof PyObject && v.cls.lookup('__index__') !== undefined) return truthy(callIndex(v));
  throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
}

// ---------------------------------------------------------------- sorting

/**
 * Sorts a list in place as list.sort does: during the sort the list is
 * empty, and if it was changed meanwhile the sort raises ValueError.
 */
export function sortList(l: PyList, key: unknown, reverse: boolean): void {
  const saved = l.items;
  const during: unknown[] = [];
  l.items = during;
  let result = saved;
  let ok = false;
  try {
    result = sortItems(saved, key, reverse);
    ok = true;
  } finally {
    // Whatever was added meanwhile is dropped; the complaint only replaces success.
    const modified = l.items !== during || during.length > 0;
    l.items = result;
    if (modified && ok) throw valueError('list modified during sort');
  }
}

/**
 * Sorts `items` (in place when possible) by `key` (null for none), stably,
 * using only `<`. Returns the sorted array. If a comparison raises, the
 * array is left partly sorted, as in CPython.
 */
export function sortItems(items: unknown[], key: unknown, reverse: boolean, keysMade: unknown[] | null = null): unknown[] {
  const n = items.length;
  // Keys first (even for one item): a key function that raises leaves the list untouched.
  let keys: unknown[] = keysMade ?? items;
  if (key !== null && keysMade === null) {
    keys = new Array(n);
    for (let i = 0; i < n; i++) keys[i] = call(key, [items[i]]);
  }
  if (n < 2) return items;
  // Reversing before and after a stable sort keeps equal items in order.
  if (reverse) {
    items.reverse();
    if (keys !== items) keys.reverse();
  }
  const s = new Sorter(keys, keys === items ? null : items);
  try {
    s.sort();
  } finally {
    if (reverse) {
      items.reverse();
      if (keys !== items) keys.reverse();
    }
  }
  return items;
}

/** A stable sort over `keys`, moving `values` (when separate) alongside. */
class Sorter {
  constructor(private readonly keys: unknown[], private readonly values: unknown[] | null) {}

  sort(): void {
    const n = this.keys.length;
    const minrun = minRun(n);
    const runs: [number, number][] = [];
    let lo = 0;
    while (lo < n) {
      let len = this.countRun(lo, n);
      if (len < minrun) {
        const force = Math.min(minrun, n - lo);
        this.binarySort(lo, lo + force, lo + len);
        len = force;
      }
      runs.push([lo, len]);
      lo += len;
    }
    // Merge neighbouring runs pairwise until one is left (stable for any consistent order).
    let cur = runs;
    while (cur.length > 1) {
      const next: [number, number][] = [];
      for (let i = 0; i + 1 < cur.length; i += 2) {
        this.merge(cur[i][0], cur[i][1], cur[i + 1][1]);
        next.push([cur[i][0], cur[i][1] + cur[i + 1][1]]);
      }
      if (cur.length % 2 === 1) next.push(cur[cur.length - 1]);
      cur = next;
    }
  }

  /** Length of the run at `lo` (reversing a strictly descending one in place), as CPython's count_run. */
  private countRun(lo: number, hi: number): number {
    const k = this.keys;
    if (lo + 1 === hi) return 1;
    let n = 2;
    if (lessThan(k[lo + 1], k[lo])) {
      for (let i = lo + 2; i < hi && lessThan(k[i], k[i - 1]); i++) n++;
      this.reverseRange(lo, lo + n);
    } else {
      for (let i = lo + 2; i < hi && !lessThan(k[i], k[i - 1]); i++) n++;
    }
    return n;
  }

  private reverseRange(lo: number, hi: number): void {
    const k = this.keys, v = this.values;
    for (let i = lo, j = hi - 1; i < j; i++, j--) {
      const t = k[i]; k[i] = k[j]; k[j] = t;
      if (v !== null) { const u = v[i]; v[i] = v[j]; v[j] = u; }
    }
  }

  /** Sorts [lo, hi) given that [lo, start) is sorted, by binary insertion (CPython's binarysort). */
  private binarySort(lo: number, hi: number, start: number): void {
    const k = this.keys, v = this.values;
    for (; start < hi; start++) {
      const pivot = k[start];
      let l = lo, r = start;
      while (l < r) {
        const p = l + ((r - l) >> 1);
        if (lessThan(pivot, k[p])) r = p;
        else l = p + 1;
      }
      for (let p = start; p > l; p--) k[p] = k[p - 1];
      k[l] = pivot;
      if (v !== null) {
        const pv = v[start];
        for (let p = start; p > l; p--) v[p] = v[p - 1];
        v[l] = pv;
      }
    }
  }

  /** Merges the sorted runs [lo, lo+na) and [lo+na, lo+na+nb). */
  private merge(lo: number, na: number, nb: number): void {
    const k = this.keys, v = this.values;
    const ak = k.slice(lo, lo + na);
    const av = v === null ? null : v.slice(lo, lo + na);
    let i = 0, j = lo + na, d = lo;
    const end = lo + na + nb;
    try {
      while (i < na && j < end) {
        // Take from the right run only when strictly smaller: this keeps the sort stable.
        if (lessThan(k[j], ak[i])) {
          k[d] = k[j];
          if (v !== null) v[d] = v[j];
          j++;
        } else {
          k[d] = ak[i];
          if (v !== null) v[d] = av![i];
          i++;
        }
        d++;
      }
    } finally {
      // Whatever happens, every item ends up somewhere in the range.
      for (; i < na; i++, d++) {
        k[d] = ak[i];
        if (v !== null) v[d] = av![i];
      }
    }
  }
}

/** CPython's merge_compute_minrun. */
function minRun(n: number): number {
  let r = 0;
  while (n >= 64) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}
