// set and frozenset: constructors, operators and methods.
//
// The algorithms live with the hash table in dict.ts (PySet's copy, merge,
// intersection, difference ...), written to follow CPython's so that the
// slot order, and therefore the printed order, of every result matches. This
// file binds them to Python names, checks arguments, and picks the result
// type: operators and methods build a set or a frozenset after the left
// operand's base type, never a subclass.

import { PyType, typeOf } from '../object.js';
import { method, constructor } from '../define.js';
import { PySet, PyDict, setType, frozensetType, dictType, setBinaryOp, hashOf, builtinHashes } from '../dict.js';
import { repr, reprGuard, allocInstance, getIter, iterNext, typeName } from '../ops.js';
import { typeError, keyError } from '../exceptions.js';
import { SetIter, setIteratorType } from '../iter.js';
import { defineIteratorMethods } from './tuple-type.js';
import { NotImplemented } from '../singletons.js';
import { oneArg, noArgs, posArgs, wrapperArgs, badSelf } from './native-args.js';
import type { Kwargs } from '../function.js';

const isFrozen = (s: PySet) => s.cls.isSubtypeOf(frozensetType);

/** `self` of a method shared by set and frozenset, checked. */
function selfSet(owner: PyType, name: string, args: unknown[]): PySet {
  const s = args[0];
  if (!(s instanceof PySet) || !s.cls.isSubtypeOf(owner)) throw badSelf(owner.name, name, s);
  return s;
}

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

method(setType, '__init__', (args, kw) => {
  const s = selfSet(setType, '__init__', args);
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
  const self = (name: string, args: unknown[]) => selfSet(owner, name, args);

  method(owner, '__repr__', (args) => setRepr(self('__repr__', args)));
  method(owner, '__len__', (args) => self('__len__', args).size);
  method(owner, '__contains__', (args, kw) => {
    wrapperArgs('__contains__', args, kw, 1);
    return self('__contains__', args).has(args[1]);
  });
  method(owner, '__iter__', (args) => new SetIter(self('__iter__', args)));

  // Comparisons: subset and superset; anything but a set gives NotImplemented.
  const cmp = (name: string, test: (a: PySet, b: PySet) => boolean) => {
    method(owner, name, (args, kw) => {
      wrapperArgs(name, args, kw, 1);
      const a = self(name, args), b = args[1];
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
    method(owner, `__${name}__`, (args, kw) => {
      wrapperArgs(`__${name}__`, args, kw, 1);
      const a = self(`__${name}__`, args), b = args[1];
      if (!(b instanceof PySet)) return NotImplemented;
      return setBinaryOp(a, b, op)!;
    });
    method(owner, `__r${name}__`, (args, kw) => {
      wrapperArgs(`__r${name}__`, args, kw, 1);
      const a = self(`__r${name}__`, args), b = args[1];
      if (!(b instanceof PySet)) return NotImplemented;
      return setBinaryOp(b, a, op)!;
    });
  }

  method(owner, 'copy', (args, kw) => {
    noArgs(q('copy'), args, kw);
    const s = self('copy', args);
    return s.cls === frozensetType ? s : s.copy();
  });
  method(owner, 'union', (args, kw) => {
    noKwargs(q('union'), kw);
    const s = self('union', args);
    const r = s.copy();
    for (let i = 1; i < args.length; i++) if (args[i] !== s) r.update(args[i]);
    return r;
  });
  method(owner, 'intersection', (args, kw) => {
    noKwargs(q('intersection'), kw);
    const s = self('intersection', args);
    if (args.length === 1) return s.copy();
    let r = s;
    for (let i = 1; i < args.length; i++) r = r.intersection(args[i]);
    return r;
  });
  method(owner, 'difference', (args, kw) => {
    noKwargs(q('difference'), kw);
    const s = self('difference', args);
    if (args.length === 1) return s.copy();
    const r = s.difference(args[1]);
    for (let i = 2; i < args.length; i++) r.differenceUpdate(args[i]);
    return r;
  });
  method(owner, 'symmetric_difference', (args, kw) => {
    const other = oneArg(q('symmetric_difference'), args, kw);
    return self('symmetric_difference', args).symmetricDifference(other);
  });
  method(owner, 'issubset', (args, kw) => {
    const other = oneArg(q('issubset'), args, kw);
    return self('issubset', args).isSubset(asSet(other));
  });
  method(owner, 'issuperset', (args, kw) => {
    const other = oneArg(q('issuperset'), args, kw);
    const s = self('issuperset', args);
    if (other instanceof PySet) return other.isSubset(s);
    const it = getIter(other);
    for (let x = iterNext(it); x !== undefined; x = iterNext(it)) if (!s.has(x)) return false;
    return true;
  });
  method(owner, 'isdisjoint', (args, kw) => {
    const other = oneArg(q('isdisjoint'), args, kw);
    return isDisjoint(self('isdisjoint', args), other);
  });
}

function noKwargs(qual: string, kw: Kwargs): void {
  if (kw !== null && kw.size > 0) throw typeError(`${qual}() takes no keyword arguments`);
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
builtinHashes.frozenset = method(frozensetType, '__hash__', (args) => hashOf(selfSet(frozensetType, '__hash__', args)));

// ---------------------------------------------------------------- set only: mutation

const q = (name: string) => `set.${name}`;
const mutable = (name: string, args: unknown[]) => selfSet(setType, name, args);

method(setType, 'add', (args, kw) => {
  const v = oneArg(q('add'), args, kw);
  mutable('add', args).add(v);
  return null;
});
method(setType, 'remove', (args, kw) => {
  const v = oneArg(q('remove'), args, kw);
  if (!mutable('remove', args).delete(v)) throw keyError(v);
  return null;
});
method(setType, 'discard', (args, kw) => {
  const v = oneArg(q('discard'), args, kw);
  mutable('discard', args).delete(v);
  return null;
});
method(setType, 'pop', (args, kw) => {
  noArgs(q('pop'), args, kw);
  return mutable('pop', args).pop();
});
method(setType, 'clear', (args, kw) => {
  noArgs(q('clear'), args, kw);
  mutable('clear', args).clear();
  return null;
});
method(setType, 'update', (args, kw) => {
  noKwargs(q('update'), kw);
  const s = mutable('update', args);
  for (let i = 1; i < args.length; i++) s.update(args[i]);
  return null;
});
method(setType, 'intersection_update', (args, kw) => {
  noKwargs(q('intersection_update'), kw);
  const s = mutable('intersection_update', args);
  // With no arguments CPython still swaps in a fresh copy, compacting the table.
  let r = args.length === 1 ? s.copy() : s.intersection(args[1]);
  for (let i = 2; i < args.length; i++) r = r.intersection(args[i]);
  s.map.swapBodies(r.map);
  return null;
});
method(setType, 'difference_update', (args, kw) => {
  noKwargs(q('difference_update'), kw);
  const s = mutable('difference_update', args);
  for (let i = 1; i < args.length; i++) s.differenceUpdate(args[i]);
  return null;
});
method(setType, 'symmetric_difference_update', (args, kw) => {
  const other = oneArg(q('symmetric_difference_update'), args, kw);
  mutable('symmetric_difference_update', args).symmetricDifferenceUpdate(other);
  return null;
});

// In-place operators: only with another set; the result is the left operand itself.
for (const [name, op] of [['ior', 20], ['iand', 14], ['isub', 23], ['ixor', 25]] as [string, number][]) {
  method(setType, `__${name}__`, (args, kw) => {
    wrapperArgs(`__${name}__`, args, kw, 1);
    const s = mutable(`__${name}__`, args), b = args[1];
    if (!(b instanceof PySet)) return NotImplemented;
    return setBinaryOp(s, b, op)!;
  });
}

void posArgs; void PyDict; void dictType; void typeOf; void typeName;
