// set and frozenset: constructors, operators and methods.
//
// The algorithms live with the hash table in dict.ts (PySet's copy, merge,
// intersection, difference ...), written to follow CPython's so that the
// slot order, and therefore the printed order, of every result matches. This
// file binds them to Python names, checks arguments, and picks the result
// type: operators and methods build a set or a frozenset after the left
// operand's base type, never a subclass.

import { PyType } from '../object.js';
import { constructor } from '../define.js';
import { PySet, setType, frozensetType, setBinaryOp, hashOf, builtinHashes } from '../dict.js';
import { repr, reprGuard, allocInstance, getIter, iterNext } from '../ops.js';
import { typeError, keyError } from '../exceptions.js';
import { SetIter, setIteratorType } from '../iter.js';
import { defineIteratorMethods, typedMethod, check, type ArgCheck } from './tuple-type.js';
import { NotImplemented } from '../singletons.js';
import type { Kwargs } from '../function.js';

/** `self` checks for methods installed on set (or frozenset). */
const isSetOf = (owner: PyType) => (v: unknown): v is PySet => v instanceof PySet && v.cls.isSubtypeOf(owner);

/** A set of `cls` (allocated with an instance dict for subclasses) filled from `iterable`. */
function newSetOf(cls: PyType, iterable: unknown): PySet {
  const s = cls === setType || cls === frozensetType ? new PySet(cls) : (allocInstance(cls) as PySet);
  if (iterable !== undefined) s.update(iterable);
  return s;
}

/** Any iterable as a PySet (sets are used as they are). */
function asSet(v: unknown): PySet {
  return v instanceof PySet ? v : newSetOf(setType, v);
}

// ---------------------------------------------------------------- construction

constructor(setType, (args, kw) => {
  const cls = args[0] as PyType;
  if (cls === setType && kw !== null && kw.size > 0) throw typeError('set() takes no keyword arguments');
  return newSetOf(cls, undefined);
});

typedMethod(setType, isSetOf(setType), '__init__', null, (s, args, kw) => {
  if (kw !== null && kw.size > 0) throw typeError('set() takes no keyword arguments');
  if (args.length > 2) throw typeError(`${s.cls.name} expected at most 1 argument, got ${args.length - 1}`);
  if (s.size > 0) s.clear();
  if (args.length === 2) s.update(args[1]);
  return null;
});

constructor(frozensetType, (args, kw) => {
  const cls = args[0] as PyType;
  if (cls === frozensetType && kw !== null && kw.size > 0) throw typeError('frozenset() takes no keyword arguments');
  if (args.length > 2) throw typeError(`${cls.name} expected at most 1 argument, got ${args.length - 1}`);
  const iterable = args.length === 2 ? args[1] : undefined;
  // frozenset(f) of an exact frozenset is f itself.
  if (cls === frozensetType && iterable instanceof PySet && iterable.cls === frozensetType) return iterable;
  return newSetOf(cls, iterable);
});

// ---------------------------------------------------------------- shared by set and frozenset

function setRepr(s: PySet): string {
  const name = s.cls.name;
  return reprGuard(s, `${name}(...)`, () => {
    if (s.size === 0) return `${name}()`;
    const parts: string[] = [];
    for (const v of s.values()) parts.push(repr(v));
    const body = '{' + parts.join(', ') + '}';
    return s.cls === setType ? body : `${name}(${body})`;
  });
}

/** The methods both types have; `owner` is the type they are installed on. */
function defineCommon(owner: PyType): void {
  const q = (name: string) => `${owner.name}.${name}`;
  const isSelf = isSetOf(owner);
  const def = (name: string, chk: ArgCheck | null, fn: (s: PySet, args: unknown[], kw: Kwargs) => unknown) =>
    typedMethod(owner, isSelf, name, chk, fn);

  def('__repr__', check.wrapper('__repr__', 0), (s) => setRepr(s));
  def('__len__', check.wrapper('__len__', 0), (s) => s.size);
  def('__contains__', check.one(q('__contains__')), (s, args) => s.has(args[1]));
  def('__iter__', check.wrapper('__iter__', 0), (s) => new SetIter(s));

  // Comparisons: subset and superset; anything but a set gives NotImplemented.
  const cmp = (name: string, test: (a: PySet, b: PySet) => boolean) => {
    def(name, check.wrapper(name, 1), (a, args) => {
      const b = args[1];
      if (!(b instanceof PySet)) return NotImplemented;
      return test(a, b);
    });
  };
  cmp('__eq__', (a, b) => setsEqual(a, b));
  cmp('__ne__', (a, b) => !setsEqual(a, b));
  cmp('__le__', (a, b) => a.isSubset(b));
  cmp('__lt__', (a, b) => a.size < b.size && a.isSubset(b));
  cmp('__ge__', (a, b) => b.isSubset(a));
  cmp('__gt__', (a, b) => a.size > b.size && b.isSubset(a));

  // Binary operators (the reflected forms swap the operands back).
  const ops: [string, number][] = [['or', 7], ['and', 1], ['sub', 10], ['xor', 12]];
  for (const [name, op] of ops) {
    def(`__${name}__`, check.wrapper(`__${name}__`, 1), (a, args) => {
      const b = args[1];
      if (!(b instanceof PySet)) return NotImplemented;
      return setBinaryOp(a, b, op)!;
    });
    def(`__r${name}__`, check.wrapper(`__r${name}__`, 1), (a, args) => {
      const b = args[1];
      if (!(b instanceof PySet)) return NotImplemented;
      return setBinaryOp(b, a, op)!;
    });
  }

  def('copy', check.none(q('copy')), (s) => (s.cls === frozensetType ? s : s.copy()));
  def('union', check.noKw(q('union')), (s, args) => {
    const r = s.copy();
    for (let i = 1; i < args.length; i++) if (args[i] !== s) r.update(args[i]);
    return r;
  });
  def('intersection', check.noKw(q('intersection')), (s, args) => {
    if (args.length === 1) return s.copy();
    let r = s;
    for (let i = 1; i < args.length; i++) r = r.intersection(args[i]);
    return r;
  });
  def('difference', check.noKw(q('difference')), (s, args) => {
    if (args.length === 1) return s.copy();
    const r = s.difference(args[1]);
    for (let i = 2; i < args.length; i++) r.differenceUpdate(args[i]);
    return r;
  });
  def('symmetric_difference', check.one(q('symmetric_difference')), (s, args) => s.symmetricDifference(args[1]));
  def('issubset', check.one(q('issubset')), (s, args) => s.isSubset(asSet(args[1])));
  def('issuperset', check.one(q('issuperset')), (s, args) => {
    const other = args[1];
    if (other instanceof PySet) return other.isSubset(s);
    const it = getIter(other);
    for (let x = iterNext(it); x !== undefined; x = iterNext(it)) if (!s.has(x)) return false;
    return true;
  });
  def('isdisjoint', check.one(q('isdisjoint')), (s, args) => isDisjoint(s, args[1]));
}

function setsEqual(a: PySet, b: PySet): boolean {
  if (a.size !== b.size) return false;
  if (a.hash !== undefined && b.hash !== undefined && a.hash !== b.hash) return false;
  return a.isSubset(b);
}

function isDisjoint(s: PySet, other: unknown): boolean {
  if (other === s) return s.size === 0;
  if (other instanceof PySet && (other.cls === setType || other.cls === frozensetType)) {
    // Probe the larger set with the smaller one's elements.
    const [small, big] = other.size < s.size ? [other, s] : [s, other];
    for (const nk of small.map.keys()) if (big.map.has(nk)) return false;
    return true;
  }
  const it = getIter(other);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) if (s.has(x)) return false;
  return true;
}

defineCommon(setType);
defineCommon(frozensetType);
defineIteratorMethods(setIteratorType);

// ---------------------------------------------------------------- hashing

setType.ns.set('__hash__', null);
typedMethod(frozensetType, isSetOf(frozensetType), '__hash__', check.wrapper('__hash__', 0), (s) => hashOf(s));
builtinHashes.frozenset = frozensetType.ns.get('__hash__');

// ---------------------------------------------------------------- set only: mutation

const q = (name: string) => `set.${name}`;
const def = (name: string, chk: ArgCheck | null, fn: (s: PySet, args: unknown[], kw: Kwargs) => unknown) =>
  typedMethod(setType, isSetOf(setType), name, chk, fn);

def('add', check.one(q('add')), (s, args) => {
  s.add(args[1]);
  return null;
});
def('remove', check.one(q('remove')), (s, args) => {
  if (!s.delete(args[1])) throw keyError(args[1]);
  return null;
});
def('discard', check.one(q('discard')), (s, args) => {
  s.delete(args[1]);
  return null;
});
def('pop', check.none(q('pop')), (s) => s.pop());
def('clear', check.none(q('clear')), (s) => {
  s.clear();
  return null;
});
def('update', check.noKw(q('update')), (s, args) => {
  for (let i = 1; i < args.length; i++) s.update(args[i]);
  return null;
});
def('intersection_update', check.noKw(q('intersection_update')), (s, args) => {
  // With no arguments CPython still swaps in a fresh copy, compacting the table.
  let r = args.length === 1 ? s.copy() : s.intersection(args[1]);
  for (let i = 2; i < args.length; i++) r = r.intersection(args[i]);
  s.map.swapBodies(r.map);
  return null;
});
def('difference_update', check.noKw(q('difference_update')), (s, args) => {
  for (let i = 1; i < args.length; i++) s.differenceUpdate(args[i]);
  return null;
});
def('symmetric_difference_update', check.one(q('symmetric_difference_update')), (s, args) => {
  s.symmetricDifferenceUpdate(args[1]);
  return null;
});

// In-place operators: only with another set; the result is the left operand itself.
for (const [name, op] of [['ior', 20], ['iand', 14], ['isub', 23], ['ixor', 25]] as [string, number][]) {
  def(`__${name}__`, check.wrapper(`__${name}__`, 1), (s, args) => {
    const b = args[1];
    if (!(b instanceof PySet)) return NotImplemented;
    return setBinaryOp(s, b, op)!;
  });
}
