// dict views: dict_keys, dict_values and dict_items, the live windows that
// d.keys(), d.values() and d.items() return, and their reverse iterators.
//
// A view holds only its dict, so it sees later changes. keys and items views
// are set-like: they compare with sets and other views by containment, and
// `&`, `|`, `-`, `^` give a new set. Those operators are symmetric slots in
// CPython (`{1} | d.keys()` reaches the view's operator with the set on the
// left), so the reflected forms here call the same code with the operands
// swapped, and whichever side is not a view is simply iterated.

import { PyObject, makeBuiltinType, PyType } from '../object.js';
import { PyDict, PySet, setType, dictType, makeSet } from '../dict.js';
import { PyTuple } from '../tuple.js';
import { PyIter, DictIter, dictKeyIteratorType, dictValueIteratorType, dictItemIteratorType } from '../iter.js';
import { repr, reprGuard, eqObjects, getIter, iterNext, len, contains, callMethod } from '../ops.js';
import { runtimeError } from '../exceptions.js';
import { defineIteratorMethods, typedMethod, check, type ArgCheck } from './tuple-type.js';
import { NotImplemented } from '../singletons.js';

export const dictKeysType = makeBuiltinType('dict_keys', null, 'other');
export const dictValuesType = makeBuiltinType('dict_values', null, 'other');
export const dictItemsType = makeBuiltinType('dict_items', null, 'other');

/** 0: keys, 1: values, 2: items (as DictIter numbers them). */
export type ViewKind = 0 | 1 | 2;

export class PyDictView extends PyObject {
  /** `cls` is given for a subclass of the view types (OrderedDict's odict_keys ...). */
  constructor(readonly d: PyDict, readonly kind: ViewKind, cls?: PyType) {
    super(cls ?? (kind === 0 ? dictKeysType : kind === 1 ? dictValuesType : dictItemsType));
  }
}

const pair = (k: unknown, v: unknown) => new PyTuple([k, v]);

/** An iterator over a dict's keys, values or items, in insertion order. */
export function dictIter(d: PyDict, kind: ViewKind): DictIter {
  const cls = kind === 0 ? dictKeyIteratorType : kind === 1 ? dictValueIteratorType : dictItemIteratorType;
  return new DictIter(d, kind, cls, pair);
}

// ---------------------------------------------------------------- reverse iteration

export const dictReverseKeyIteratorType = makeBuiltinType('dict_reversekeyiterator', null, 'other');
export const dictReverseValueIteratorType = makeBuiltinType('dict_reversevalueiterator', null, 'other');
export const dictReverseItemIteratorType = makeBuiltinType('dict_reverseitemiterator', null, 'other');

/** reversed(d) and friends: a JS Map cannot walk backwards, so this walks a snapshot of the keys. */
export class DictReverseIter extends PyIter {
  private readonly keys: unknown[];
  private i: number;
  private readonly size0: number;
  constructor(readonly d: PyDict, readonly kind: ViewKind) {
    super(kind === 0 ? dictReverseKeyIteratorType : kind === 1 ? dictReverseValueIteratorType : dictReverseItemIteratorType);
    this.keys = Array.from(d.map.keys());
    this.i = this.keys.length - 1;
    this.size0 = d.map.size;
  }
  next(): unknown {
    if (this.i < 0) return undefined;
    if (this.d.map.size !== this.size0) {
      this.i = -1;
      throw runtimeError('dictionary changed size during iteration');
    }
    // A key deleted meanwhile (and another added, keeping the size) is skipped,
    // as CPython skips the emptied entry.
    while (this.i >= 0) {
      const nk = this.keys[this.i--];
      const v = this.d.map.get(nk);
      if (v === undefined) continue;
      if (this.kind === 1) return v;
      const k = this.d.origKey(nk);
      return this.kind === 0 ? k : pair(k, v);
    }
    return undefined;
  }
}

for (const t of [dictReverseKeyIteratorType, dictReverseValueIteratorType, dictReverseItemIteratorType,
  dictKeyIteratorType, dictValueIteratorType, dictItemIteratorType]) {
  defineIteratorMethods(t);
}

// ---------------------------------------------------------------- the views

const isViewOf = (t: PyType) => (v: unknown): v is PyDictView => v instanceof PyDictView && v.cls.isSubtypeOf(t);

/** Whether `x` is in the items view of `d`: a 2-tuple whose value matches. */
function itemsContain(d: PyDict, x: unknown): boolean {
  if (!(x instanceof PyTuple) || x.items.length !== 2) return false;
  const v = d.get(x.items[0]);
  if (v === undefined) return false;
  return v === x.items[1] || eqObjects(v, x.items[1]);
}

function viewContains(view: PyDictView, x: unknown): boolean {
  switch (view.kind) {
    case 0: return view.d.has(x);
    case 2: return itemsContain(view.d, x);
  }
  for (const v of view.d.map.values()) if (v === x || eqObjects(v, x)) return true;
  return false;
}

/** The view's contents as a list, for repr. */
function viewItems(view: PyDictView): unknown[] {
  const d = view.d;
  if (view.kind === 0) return d.keyList();
  if (view.kind === 1) return Array.from(d.map.values());
  const out: unknown[] = [];
  for (const [k, v] of d.entries()) out.push(pair(k, v));
  return out;
}

for (const t of [dictKeysType, dictValuesType, dictItemsType]) {
  const def = (name: string, chk: ArgCheck | null, fn: (v: PyDictView, args: unknown[]) => unknown) =>
    typedMethod(t, isViewOf(t), name, chk, fn);
  def('__len__', check.wrapper('__len__', 0), (v) => v.d.size);
  def('__iter__', check.wrapper('__iter__', 0), (v) => dictIter(v.d, v.kind));
  def('__reversed__', check.none(`${t.name}.__reversed__`), (v) => new DictReverseIter(v.d, v.kind));
  def('__contains__', check.wrapper('__contains__', 1), (v, args) => viewContains(v, args[1]));
  def('__repr__', check.wrapper('__repr__', 0), (v) =>
    reprGuard(v, '...', () => `${v.cls.name}([${viewItems(v).map(repr).join(', ')}])`));
}

// ---------------------------------------------------------------- set-like behaviour (keys and items)

const isSetLike = (v: unknown) => v instanceof PySet || (v instanceof PyDictView && v.kind !== 1);

/** `x in other` for any container, with the fast paths of views and sets. */
function inContainer(other: unknown, x: unknown): boolean {
  if (other instanceof PyDictView) return viewContains(other, x);
  return contains(other, x);
}

function allContainedIn(a: unknown, b: unknown): boolean {
  const it = getIter(a);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) if (!inContainer(b, x)) return false;
  return true;
}

/** A set holding a view's (or any iterable's) elements: dictviews_to_set. */
function toSet(v: unknown): PySet {
  if (v instanceof PyDictView && v.kind === 0 && v.d.cls === dictType) return makeSet(v.d);
  return makeSet(v);
}

/** dictview & other: the elements of the smaller side that the view contains. */
function intersect(a: unknown, b: unknown): unknown {
  // Make `self` the view (CPython swaps when the view is on the right).
  let self = a, other = b;
  if (!(self instanceof PyDictView)) [self, other] = [other, self];
  const view = self as PyDictView;
  const lenSelf = view.d.size;
  if (other instanceof PySet && other.cls === setType && lenSelf <= other.size) {
    return callMethod(other, 'intersection', [view]);
  }
  let probe: PyDictView = view;
  if (other instanceof PyDictView && other.kind !== 1 && other.d.size > lenSelf) {
    probe = other;
    other = view;
  }
  const result = new PySet(setType);
  const it = getIter(other);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) if (viewContains(probe, x)) result.add(x);
  return result;
}

/** items ^ items: CPython compares the values of common keys. */
function itemsXor(a: PyDictView, b: PyDictView): PySet {
  const temp = new PyDict();
  a.d.copyInto(temp);
  const result = new PySet(setType);
  for (const [k, v2] of b.d.entries()) {
    const v1 = temp.get(k);
    if (v1 !== undefined && (v1 === v2 || eqObjects(v1, v2))) temp.delete(k);
    else result.add(pair(k, v2));
  }
  for (const [k, v] of temp.entries()) result.add(pair(k, v));
  return result;
}

type BinFn = (a: unknown, b: unknown) => unknown;
const viewOps: [string, BinFn][] = [
  ['and', intersect],
  ['or', (a, b) => {
    const r = toSet(a);
    r.update(b);
    return r;
  }],
  ['sub', (a, b) => {
    const r = toSet(a);
    callMethod(r, 'difference_update', [b]);
    return r;
  }],
  ['xor', (a, b) => {
    if (a instanceof PyDictView && b instanceof PyDictView && a.kind === 2 && b.kind === 2) return itemsXor(a, b);
    const r = toSet(a);
    callMethod(r, 'symmetric_difference_update', [b]);
    return r;
  }],
];

for (const t of [dictKeysType, dictItemsType]) {
  const def = (name: string, chk: ArgCheck | null, fn: (v: PyDictView, args: unknown[]) => unknown) =>
    typedMethod(t, isViewOf(t), name, chk, fn);
  for (const [name, fn] of viewOps) {
    def(`__${name}__`, check.wrapper(`__${name}__`, 1), (v, args) => fn(v, args[1]));
    def(`__r${name}__`, check.wrapper(`__r${name}__`, 1), (v, args) => fn(args[1], v));
  }

  const cmp = (name: string, test: (a: PyDictView, b: unknown, la: number, lb: number) => boolean) => {
    def(name, check.wrapper(name, 1), (a, args) => {
      const b = args[1];
      if (!isSetLike(b)) return NotImplemented;
      return test(a, b, a.d.size, len(b));
    });
  };
  cmp('__eq__', (a, b, la, lb) => la === lb && allContainedIn(a, b));
  cmp('__ne__', (a, b, la, lb) => !(la === lb && allContainedIn(a, b)));
  cmp('__lt__', (a, b, la, lb) => la < lb && allContainedIn(a, b));
  cmp('__le__', (a, b, la, lb) => la <= lb && allContainedIn(a, b));
  cmp('__gt__', (a, b, la, lb) => la > lb && allContainedIn(b, a));
  cmp('__ge__', (a, b, la, lb) => la >= lb && allContainedIn(b, a));
  t.ns.set('__hash__', null);

  def('isdisjoint', check.one(`${t.name}.isdisjoint`), (view, args) => {
    let self: unknown = view, other = args[1];
    if (other === self) return len(self) === 0;
    // Iterate the shorter side when both are cheap to probe.
    if (isSetLike(other) && len(other) > len(self)) [self, other] = [other, self];
    const it = getIter(other);
    for (let x = iterNext(it); x !== undefined; x = iterNext(it)) if (inContainer(self, x)) return false;
    return true;
  });
}
