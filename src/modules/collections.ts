// The collections module: deque, namedtuple, defaultdict, Counter and
// OrderedDict, all in JS.
//
// deque is a ring buffer (O(1) at both ends). The three dict subclasses are
// PyDicts whose type has dict as base, so every dict method applies to them;
// their types are marked non-builtin on purpose: the VM and arith.ts take
// fast paths for "builtin" dicts that assume plain dict behaviour (equality
// ignoring order, no __missing__), which OrderedDict and Counter must not get.
// namedtuple makes a real tuple subclass whose fields are data descriptors.

import { registerModule } from './registry.js';
import { bind, clinic } from './args.js';
import { chainType } from './itertools.js';
import { PyObject, PyType, PyFloat, typeType, computeMro, makeBuiltinType, objectType, typeOf } from '../runtime/object.js';
import { PyTuple, PyList, tupleType, EMPTY_TUPLE } from '../runtime/tuple.js';
import { PyDict, dictType, normKey } from '../runtime/dict.js';
import { PyIter, JsIter } from '../runtime/iter.js';
import { PyBuiltin, PyStaticMethod, PyClassMethod, PyProperty, Kwargs } from '../runtime/function.js';
import { method, constructor, classMethod, getter, noKw } from '../runtime/define.js';
import {
  typeError, valueError, indexError, keyError, attributeError, runtimeError, pyErr, newException,
  StopIteration, NotImplementedError,
} from '../runtime/exceptions.js';
import { NotImplemented } from '../runtime/singletons.js';
import { createClass } from '../runtime/types/object-type.js';
import { isIdentifierString } from '../runtime/format/char-class.js';
import { arith } from '../runtime/arith.js';
import * as ops from '../runtime/ops.js';

// ================================================================ deque

const dequeType = makeBuiltinType('deque', null, 'other');
dequeType.module = 'collections';

/** A ring buffer: items live at buf[(head + i) & mask] for i < len. */
class PyDeque extends PyObject {
  buf: unknown[] = new Array(8);
  head = 0;
  len = 0;
  maxlen: number | null = null;
  /** Bumped by every mutation, so iterators can notice. */
  state = 0;
  constructor(cls: PyType) {
    super(cls);
  }

  at(i: number): unknown {
    return this.buf[(this.head + i) & (this.buf.length - 1)];
  }
  setAt(i: number, v: unknown): void {
    this.buf[(this.head + i) & (this.buf.length - 1)] = v;
  }
  private grow(): void {
    const old = this.toArray();
    this.buf = new Array(this.buf.length * 2);
    for (let i = 0; i < old.length; i++) this.buf[i] = old[i];
    this.head = 0;
  }
  push(v: unknown): void {
    this.state++;
    if (this.maxlen === 0) return;
    if (this.maxlen !== null && this.len === this.maxlen) this.shift();
    if (this.len === this.buf.length) this.grow();
    this.setAt(this.len++, v);
  }
  unshift(v: unknown): void {
    this.state++;
    if (this.maxlen === 0) return;
    if (this.maxlen !== null && this.len === this.maxlen) this.pop();
    if (this.len === this.buf.length) this.grow();
    this.head = (this.head - 1) & (this.buf.length - 1);
    this.buf[this.head] = v;
    this.len++;
  }
  pop(): unknown {
    if (this.len === 0) return undefined;
    this.state++;
    const v = this.at(--this.len);
    this.setAt(this.len, undefined);
    return v;
  }
  shift(): unknown {
    if (this.len === 0) return undefined;
    this.state++;
    const v = this.buf[this.head];
    this.buf[this.head] = undefined;
    this.head = (this.head + 1) & (this.buf.length - 1);
    this.len--;
    return v;
  }
  toArray(): unknown[] {
    const out = new Array(this.len);
    for (let i = 0; i < this.len; i++) out[i] = this.at(i);
    return out;
  }
  /** Replaces the contents (keeping maxlen), trimming from the left as appends would. */
  setAll(items: unknown[]): void {
    this.state++;
    if (this.maxlen !== null && items.length > this.maxlen) items = items.slice(items.length - this.maxlen);
    let cap = 8;
    while (cap < items.length) cap *= 2;
    this.buf = new Array(cap);
    for (let i = 0; i < items.length; i++) this.buf[i] = items[i];
    this.head = 0;
    this.len = items.length;
  }
}

dequeType.alloc = (cls) => new PyDeque(cls);

const dequeIterType = makeBuiltinType('_deque_iterator', null, 'other');
const dequeRevIterType = makeBuiltinType('_deque_reverse_iterator', null, 'other');

class DequeIter extends PyIter {
  private i = 0;
  private readonly state: number;
  constructor(readonly d: PyDeque, readonly reverse: boolean) {
    super(reverse ? dequeRevIterType : dequeIterType);
    this.state = d.state;
  }
  next(): unknown {
    const d = this.d;
    if (d.state !== this.state) {
      this.i = Infinity;
      throw runtimeError('deque mutated during iteration');
    }
    if (this.i >= d.len) return undefined;
    const k = this.i++;
    return d.at(this.reverse ? d.len - 1 - k : k);
  }
}
for (const t of [dequeIterType, dequeRevIterType]) {
  method(t, '__iter__', (a) => a[0]);
  method(t, '__next__', (a) => {
    const v = (a[0] as DequeIter).next();
    if (v === undefined) throw newException(StopIteration, []);
    return v;
  });
}

function dq(v: unknown): PyDeque {
  if (!(v instanceof PyDeque)) throw typeError(`descriptor requires a 'collections.deque' object but received a '${ops.typeName(v)}'`);
  return v;
}

/** deque methods that take no argument, or exactly one, with CPython's messages. */
function dequeMethod(name: string, nargs: 0 | 1, fn: (d: PyDeque, x: unknown) => unknown): void {
  method(dequeType, name, (a, kw) => {
    noKw(`deque.${name}`, kw);
    const given = a.length - 1;
    if (nargs === 0 && given !== 0) throw typeError(`deque.${name}() takes no arguments (${given} given)`);
    if (nargs === 1 && given !== 1) throw typeError(`deque.${name}() takes exactly one argument (${given} given)`);
    return fn(dq(a[0]), a[1]);
  });
}

function maxlenArg(v: unknown): number | null {
  if (v === undefined || v === null) return null;
  if (!ops.isIntLike(v) && !(v instanceof PyObject && v.cls.lookup('__index__') !== undefined)) {
    throw typeError('an integer is required');
  }
  const n = Number(ops.toIndex(v));
  if (n < 0) throw valueError('maxlen must be non-negative');
  return n;
}

constructor(dequeType, (a) => new PyDeque(a[0] as PyType));
method(dequeType, '__init__', (a, kw) => {
  const d = dq(a[0]);
  const [iterable, maxlen] = clinic('deque', a.slice(1), kw, ['iterable', 'maxlen'], 0);
  d.maxlen = maxlenArg(maxlen);
  d.setAll(iterable === undefined ? [] : ops.toArray(iterable === d ? d.toArray() : iterable));
  return null;
});
dequeMethod('append', 1, (d, x) => {
  d.push(x);
  return null;
});
dequeMethod('appendleft', 1, (d, x) => {
  d.unshift(x);
  return null;
});
dequeMethod('pop', 0, (d) => {
  const v = d.pop();
  if (v === undefined) throw indexError('pop from an empty deque');
  return v;
});
dequeMethod('popleft', 0, (d) => {
  const v = d.shift();
  if (v === undefined) throw indexError('pop from an empty deque');
  return v;
});
dequeMethod('extend', 1, (d, x) => {
  for (const v of ops.toArray(x === d ? d.toArray() : x)) d.push(v);
  return null;
});
dequeMethod('extendleft', 1, (d, x) => {
  for (const v of ops.toArray(x === d ? d.toArray() : x)) d.unshift(v);
  return null;
});
dequeMethod('clear', 0, (d) => {
  d.setAll([]);
  return null;
});
dequeMethod('copy', 0, (d) => copyDeque(d));
dequeMethod('__copy__', 0, (d) => copyDeque(d));
dequeMethod('reverse', 0, (d) => {
  d.setAll(d.toArray().reverse());
  return null;
});
dequeMethod('count', 1, (d, x) => {
  const state = d.state;
  let n = 0;
  for (let i = 0; i < d.len; i++) {
    const v = d.at(i);
    if (v === x || ops.eqObjects(v, x)) n++;
    if (d.state !== state) throw runtimeError('deque mutated during iteration');
  }
  return n;
});
dequeMethod('remove', 1, (d, x) => {
  const i = findIndex(d, x, 0, d.len);
  if (i < 0) throw valueError(`${ops.repr(x)} is not in deque`);
  const items = d.toArray();
  items.splice(i, 1);
  d.setAll(items);
  return null;
});
method(dequeType, 'rotate', (a, kw) => {
  noKw('deque.rotate', kw);
  if (a.length > 2) throw typeError(`rotate expected at most 1 argument, got ${a.length - 1}`);
  const d = dq(a[0]);
  const n = a.length > 1 ? Number(ops.toIndex(a[1])) : 1;
  if (d.len > 1 && n % d.len !== 0) {
    const k = ((n % d.len) + d.len) % d.len; // rotate right by k
    const items = d.toArray();
    d.setAll(items.slice(items.length - k).concat(items.slice(0, items.length - k)));
  } else {
    d.state++;
  }
  return null;
});
method(dequeType, 'index', (a, kw) => {
  noKw('deque.index', kw);
  if (a.length < 2) throw typeError(`index expected at least 1 argument, got ${a.length - 1}`);
  if (a.length > 4) throw typeError(`index expected at most 3 arguments, got ${a.length - 1}`);
  const d = dq(a[0]);
  const clamp = (v: unknown, dflt: number) => {
    if (v === undefined) return dflt;
    let i = Number(ops.toIndex(v));
    if (i < 0) i = Math.max(0, i + d.len);
    return Math.min(i, d.len);
  };
  const i = findIndex(d, a[1], clamp(a[2], 0), clamp(a[3], d.len));
  if (i < 0) throw valueError(`${ops.repr(a[1])} is not in deque`);
  return i;
});
method(dequeType, 'insert', (a, kw) => {
  noKw('deque.insert', kw);
  if (a.length !== 3) throw typeError(`insert expected 2 arguments, got ${a.length - 1}`);
  const d = dq(a[0]);
  if (d.maxlen !== null && d.len >= d.maxlen) throw indexError('deque already at its maximum size');
  let i = Number(ops.toIndex(a[1]));
  if (i < 0) i = Math.max(0, i + d.len);
  const items = d.toArray();
  items.splice(Math.min(i, d.len), 0, a[2]);
  d.setAll(items);
  return null;
});

function findIndex(d: PyDeque, x: unknown, start: number, stop: number): number {
  const state = d.state;
  for (let i = start; i < stop && i < d.len; i++) {
    const v = d.at(i);
    if (v === x || ops.eqObjects(v, x)) return i;
    if (d.state !== state) throw runtimeError('deque mutated during iteration');
  }
  return -1;
}

function copyDeque(d: PyDeque): PyDeque {
  const c = new PyDeque(d.cls);
  c.maxlen = d.maxlen;
  c.setAll(d.toArray());
  return c;
}

function dequeIndex(d: PyDeque, key: unknown): number {
  if (!ops.isIntLike(key) && !(key instanceof PyObject && key.cls.lookup('__index__') !== undefined && !(key instanceof PyFloat))) {
    throw typeError(`sequence index must be integer, not '${ops.typeName(key)}'`);
  }
  let i = Number(ops.toIndex(key));
  if (i < 0) i += d.len;
  if (i < 0 || i >= d.len) throw indexError('deque index out of range');
  return i;
}

method(dequeType, '__len__', (a) => dq(a[0]).len);
method(dequeType, '__bool__', (a) => dq(a[0]).len > 0);
method(dequeType, '__getitem__', (a) => {
  const d = dq(a[0]);
  return d.at(dequeIndex(d, a[1]));
});
method(dequeType, '__setitem__', (a) => {
  const d = dq(a[0]);
  d.setAt(dequeIndex(d, a[1]), a[2]);
  return null;
});
method(dequeType, '__delitem__', (a) => {
  const d = dq(a[0]);
  const items = d.toArray();
  items.splice(dequeIndex(d, a[1]), 1);
  d.setAll(items);
  return null;
});
method(dequeType, '__iter__', (a) => new DequeIter(dq(a[0]), false));
method(dequeType, '__reversed__', (a) => new DequeIter(dq(a[0]), true));
method(dequeType, '__contains__', (a) => findIndex(dq(a[0]), a[1], 0, Infinity) >= 0);
method(dequeType, '__repr__', (a) => {
  const d = dq(a[0]);
  const name = d.cls.name;
  return ops.reprGuard(d, '[...]', () => {
    const body = '[' + d.toArray().map(ops.repr).join(', ') + ']';
    return d.maxlen === null ? `${name}(${body})` : `${name}(${body}, maxlen=${d.maxlen})`;
  });
});
dequeType.ns.set('__hash__', null);
getter(dequeType, 'maxlen', (d) => dq(d).maxlen);

/** Lexicographic comparison of two deques, as for lists. */
function dequeCompare(a: unknown[], op: number): unknown {
  const self = a[0], other = a[1];
  if (!(other instanceof PyDeque)) return NotImplemented;
  const x = dq(self).toArray(), y = other.toArray();
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    if (x[i] === y[i] || ops.eqObjects(x[i], y[i])) continue;
    if (op === ops.CMP_EQ) return false;
    if (op === ops.CMP_NE) return true;
    return ops.richCompare(x[i], y[i], op);
  }
  const c = x.length - y.length;
  switch (op) {
    case ops.CMP_LT: return c < 0;
    case ops.CMP_LE: return c <= 0;
    case ops.CMP_EQ: return c === 0;
    case ops.CMP_NE: return c !== 0;
    case ops.CMP_GT: return c > 0;
    default: return c >= 0;
  }
}
['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'].forEach((name, op) => {
  method(dequeType, name, (a) => dequeCompare(a, op));
});
method(dequeType, '__add__', (a) => {
  const d = dq(a[0]), other = a[1];
  if (!(other instanceof PyDeque)) {
    throw typeError(`can only concatenate deque (not "${ops.typeName(other)}") to deque`);
  }
  const c = copyDeque(d);
  for (const v of other.toArray()) c.push(v);
  return c;
});
method(dequeType, '__iadd__', (a) => {
  const d = dq(a[0]);
  for (const v of ops.toArray(a[1] === d ? d.toArray() : a[1])) d.push(v);
  return d;
});
function repeatDeque(d: PyDeque, times: unknown): unknown[] {
  if (!ops.isIntLike(times) && !(times instanceof PyObject && times.cls.lookup('__index__') !== undefined)) {
    throw typeError(`can't multiply sequence by non-int of type '${ops.typeName(times)}'`);
  }
  const n = Number(ops.toIndex(times));
  const items = d.toArray();
  const out: unknown[] = [];
  // With a maxlen only the last maxlen items survive: skip building the rest.
  const limit = d.maxlen ?? Infinity;
  for (let i = 0; i < n && out.length < limit + items.length; i++) out.push(...items);
  return out;
}
method(dequeType, '__mul__', (a) => {
  const d = dq(a[0]);
  const c = copyDeque(d);
  c.setAll(repeatDeque(d, a[1]));
  return c;
});
dequeType.ns.set('__rmul__', dequeType.ns.get('__mul__'));
method(dequeType, '__imul__', (a) => {
  const d = dq(a[0]);
  d.setAll(repeatDeque(d, a[1]));
  return d;
});
method(dequeType, '__reduce__', (a) => {
  const d = dq(a[0]);
  return new PyTuple([d.cls, new PyTuple([new PyList(d.toArray()), d.maxlen])]);
});
classMethod(dequeType, '__class_getitem__', (a) => a[0]);

// ================================================================ dict helpers

/** A dict subclass defined from JS (see the header for why it is not "builtin"). */
function dictSubtype(name: string, instanceDict: boolean): PyType {
  const t = new PyType(name, [dictType], 'dict', false, typeType);
  t.mro = computeMro(t)!;
  t.module = 'collections';
  t.hasInstanceDict = instanceDict;
  // Through allocInstance, so the instance gets its __dict__ and the right layout.
  constructor(t, (a) => ops.allocInstance(a[0] as PyType));
  return t;
}

/** True when `t` still uses dict's own __setitem__ (so a direct Map write is equivalent). */
function plainSetitem(t: PyType): boolean {
  return t.lookup('__setitem__') === dictType.lookup('__setitem__');
}

function storeItem(d: PyDict, k: unknown, v: unknown): void {
  if (plainSetitem(d.cls)) d.set(k, v);
  else ops.setItem(d, k, v);
}

/** dict.update(arg, **kw) semantics; `store` writes one entry. */
function updateFrom(arg: unknown, kw: Kwargs, store: (k: unknown, v: unknown) => void): void {
  if (arg !== undefined) {
    if (arg instanceof PyDict && plainKeys(arg)) {
      for (const [k, v] of arg.entries()) store(k, v);
    } else if (ops.getAttrMaybe(arg, 'keys') !== undefined) {
      for (const k of ops.toArray(ops.call(ops.getAttr(arg, 'keys'), []))) store(k, ops.getItem(arg, k));
    } else {
      const it = ops.getIter(arg);
      let i = 0;
      for (let item = ops.iterNext(it); item !== undefined; item = ops.iterNext(it), i++) {
        let pair: unknown[];
        try {
          pair = ops.toArray(item);
        } catch (e) {
          if (e instanceof PyObject && (e.cls.name === 'TypeError')) {
            throw typeError(`cannot convert dictionary update sequence element #${i} to a sequence`);
          }
          throw e;
        }
        if (pair.length !== 2) {
          throw valueError(`dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
        }
        store(pair[0], pair[1]);
      }
    }
  }
  if (kw !== null) for (const [k, v] of kw) store(k, v);
}

function plainKeys(d: PyDict): boolean {
  return d.cls.lookup('keys') === dictType.lookup('keys') && d.cls.lookup('__getitem__') === dictType.lookup('__getitem__');
}

/** __getitem__ for the dict subclasses here: honours __missing__ even if dict's own does not. */
function getitemWithMissing(a: unknown[]): unknown {
  const d = a[0] as PyDict;
  const v = d.get(a[1]);
  if (v !== undefined) return v;
  const missing = d.cls.lookup('__missing__');
  if (missing !== undefined) return ops.callDescr(missing, d, [a[1]]);
  throw keyError(a[1]);
}

/** The `{k: v, ...}` text of a dict, as dict's repr writes it. */
function dictBodyRepr(d: PyDict): string {
  const parts: string[] = [];
  for (const [k, v] of d.entries()) parts.push(ops.repr(k) + ': ' + ops.repr(v));
  return '{' + parts.join(', ') + '}';
}

function checkDict(t: PyType, v: unknown, name: string): PyDict {
  if (!(v instanceof PyDict) || !v.cls.isSubtypeOf(t)) {
    throw typeError(`descriptor '${name}' requires a '${t.name}' object but received a '${ops.typeName(v)}'`);
  }
  return v;
}

// ================================================================ defaultdict

const defaultdictType = dictSubtype('defaultdict', false);

class PyDefaultDict extends PyDict {
  factory: unknown = null;
}
defaultdictType.alloc = (cls) => new PyDefaultDict(cls);

function ddict(v: unknown): PyDefaultDict {
  if (!(v instanceof PyDefaultDict)) {
    throw typeError(`descriptor requires a 'collections.defaultdict' object but received a '${ops.typeName(v)}'`);
  }
  return v;
}

function isCallable(v: unknown): boolean {
  return v instanceof PyBuiltin || v instanceof PyType || typeOf(v).lookup('__call__') !== undefined;
}

method(defaultdictType, '__init__', (a, kw) => {
  const d = ddict(a[0]);
  const rest = a.slice(1);
  let factory: unknown = null;
  if (rest.length > 0) {
    factory = rest.shift();
    if (factory !== null && !isCallable(factory)) throw typeError('first argument must be callable or None');
  }
  d.factory = factory;
  if (rest.length > 1) throw typeError(`dict expected at most 1 argument, got ${rest.length}`);
  updateFrom(rest[0], kw, (k, v) => d.set(k, v));
  return null;
});
method(defaultdictType, '__missing__', (a) => {
  const d = ddict(a[0]);
  if (d.factory === null) throw keyError(a[1]);
  const v = ops.call(d.factory, []);
  ops.setItem(d, a[1], v);
  return v;
});
method(defaultdictType, '__getitem__', getitemWithMissing);
method(defaultdictType, '__repr__', (a) => {
  const d = ddict(a[0]);
  const f = d.factory === null ? 'None' : ops.reprGuard(d.factory as object, '...', () => ops.repr(d.factory));
  return ops.reprGuard(d, '...', () => `${d.cls.name}(${f}, ${dictBodyRepr(d)})`);
});
function copyDefaultDict(d: PyDefaultDict): PyDefaultDict {
  const c = ops.allocInstance(d.cls) as PyDefaultDict;
  c.factory = d.factory;
  d.copyInto(c);
  return c;
}
method(defaultdictType, 'copy', (a) => copyDefaultDict(ddict(a[0])));
method(defaultdictType, '__copy__', (a) => copyDefaultDict(ddict(a[0])));
method(defaultdictType, '__or__', (a) => {
  const d = ddict(a[0]);
  if (!(a[1] instanceof PyDict)) return NotImplemented;
  const c = copyDefaultDict(d);
  updateFrom(a[1], null, (k, v) => c.set(k, v));
  return c;
});
method(defaultdictType, '__ror__', (a) => {
  const d = ddict(a[0]);
  if (!(a[1] instanceof PyDict)) return NotImplemented;
  const c = ops.allocInstance(d.cls) as PyDefaultDict;
  c.factory = d.factory;
  (a[1] as PyDict).copyInto(c);
  d.copyInto(c);
  return c;
});
method(defaultdictType, '__reduce__', (a) => {
  const d = ddict(a[0]);
  return new PyTuple([d.cls, d.factory === null ? EMPTY_TUPLE : new PyTuple([d.factory]), null, null,
    new JsIter(d.entries() as Iterator<unknown>)]);
});
// default_factory is a read-write attribute kept on the JS object.
defaultdictType.ns.set('default_factory', new PyProperty(
  new PyBuiltin('default_factory', (a) => ddict(a[0]).factory),
  new PyBuiltin('default_factory', (a) => {
    ddict(a[0]).factory = a[1];
    return null;
  }),
  null, null,
));

// ================================================================ OrderedDict

const orderedDictType = dictSubtype('OrderedDict', true);

function od(v: unknown, name: string): PyDict {
  return checkDict(orderedDictType, v, name);
}

method(orderedDictType, '__init__', (a, kw) => {
  const d = od(a[0], '__init__');
  if (a.length > 2) throw typeError(`expected at most 1 argument, got ${a.length - 1}`);
  updateFrom(a[1], kw, (k, v) => storeItem(d, k, v));
  return null;
});
method(orderedDictType, 'move_to_end', (a, kw) => {
  const [self, key, last = true] = bind({ name: 'move_to_end', params: ['self', 'key', 'last'], required: 2 }, a, kw).values;
  const d = od(self, 'move_to_end');
  if (!d.has(key)) throw keyError(key);
  // Keep the key object the dict holds (1 stays 1 when moved by 1.0).
  const orig = d.origKey(normKey(key, d.hashed));
  const v = d.get(key);
  d.delete(key);
  if (ops.truthy(last)) {
    d.set(orig, v);
  } else {
    const rest = [...d.entries()];
    d.clear();
    d.set(orig, v);
    for (const [k2, v2] of rest) d.set(k2, v2);
  }
  return null;
});
method(orderedDictType, 'popitem', (a, kw) => {
  const [self, last = true] = bind({ name: 'popitem', params: ['self', 'last'], required: 1 }, a, kw).values;
  const d = od(self, 'popitem');
  if (d.size === 0) throw keyError('dictionary is empty');
  let nk: unknown;
  if (ops.truthy(last)) for (const k of d.map.keys()) nk = k;
  else nk = d.map.keys().next().value;
  const key = d.origKey(nk);
  const v = d.map.get(nk);
  d.delete(key);
  return new PyTuple([key, v]);
});
method(orderedDictType, '__repr__', (a) => {
  const d = od(a[0], '__repr__');
  if (d.size === 0) return `${d.cls.name}()`;
  return ops.reprGuard(d, '...', () => {
    const items: string[] = [];
    for (const [k, v] of d.entries()) items.push(`(${ops.repr(k)}, ${ops.repr(v)})`);
    return `${d.cls.name}([${items.join(', ')}])`;
  });
});
method(orderedDictType, '__eq__', (a) => {
  const d = od(a[0], '__eq__');
  const other = a[1];
  if (!(other instanceof PyDict)) return NotImplemented;
  if (d.size !== other.size) return false;
  if (other.cls.isSubtypeOf(orderedDictType)) {
    // Order matters between two OrderedDicts.
    const x = [...d.entries()], y = [...other.entries()];
    for (let i = 0; i < x.length; i++) {
      if (!ops.eqObjects(x[i][0], y[i][0]) || !ops.eqObjects(x[i][1], y[i][1])) return false;
    }
    return true;
  }
  for (const [k, v] of d.entries()) {
    const w = other.get(k);
    if (w === undefined || !(v === w || ops.eqObjects(v, w))) return false;
  }
  return true;
});
method(orderedDictType, '__ne__', (a) => {
  const r = ops.callDescr(orderedDictType.ns.get('__eq__'), a[0], [a[1]]);
  return r === NotImplemented ? r : !ops.truthy(r);
});
orderedDictType.ns.set('__hash__', null);
method(orderedDictType, '__reversed__', (a) => new JsIter(od(a[0], '__reversed__').keyList().reverse()[Symbol.iterator]()));
function copyOrdered(d: PyDict): PyDict {
  const c = ops.call(d.cls, []) as PyDict;
  d.copyInto(c);
  return c;
}
method(orderedDictType, 'copy', (a) => copyOrdered(od(a[0], 'copy')));
method(orderedDictType, '__copy__', (a) => copyOrdered(od(a[0], '__copy__')));
classMethod(orderedDictType, 'fromkeys', (a, kw) => {
  const [cls, iterable, value = null] = bind({ name: 'fromkeys', params: ['cls', 'iterable', 'value'], required: 2 }, a, kw).values;
  const d = ops.call(cls, []) as PyDict;
  for (const k of ops.toArray(iterable)) storeItem(d, k, value);
  return d;
});
method(orderedDictType, '__or__', (a) => {
  const d = od(a[0], '__or__');
  if (!(a[1] instanceof PyDict)) return NotImplemented;
  const c = copyOrdered(d);
  updateFrom(a[1], null, (k, v) => c.set(k, v));
  return c;
});
method(orderedDictType, '__ror__', (a) => {
  const d = od(a[0], '__ror__');
  if (!(a[1] instanceof PyDict)) return NotImplemented;
  const c = ops.call(d.cls, []) as PyDict;
  (a[1] as PyDict).copyInto(c);
  d.copyInto(c);
  return c;
});
method(orderedDictType, '__ior__', (a) => {
  const d = od(a[0], '__ior__');
  updateFrom(a[1], null, (k, v) => storeItem(d, k, v));
  return d;
});

// ================================================================ Counter

// Counter is a Python class in CPython: instances have a __dict__.
const counterType = dictSubtype('Counter', true);

function ctr(v: unknown, name: string): PyDict {
  return checkDict(counterType, v, name);
}
const isCounter = (v: unknown): v is PyDict => v instanceof PyDict && v.cls.isSubtypeOf(counterType);

/** self[k] with __missing__ (0 for Counters). */
function cget(d: PyDict, k: unknown): unknown {
  if (d.cls === counterType) {
    const v = d.get(k);
    return v === undefined ? 0 : v;
  }
  return ops.getItem(d, k);
}

const ADD = ops.NB_ADD, SUB = ops.NB_SUBTRACT;
const gt0 = (v: unknown) => ops.compareBool(v, 0, ops.CMP_GT);
const lt0 = (v: unknown) => ops.compareBool(v, 0, ops.CMP_LT);

function newCounter(): PyDict {
  return new PyDict(counterType);
}

/** Counter.update / subtract, shared: `sign` is ADD or SUB. */
function countInto(d: PyDict, arg: unknown, kw: Kwargs, op: number): void {
  if (arg !== undefined && arg !== null) {
    if (arg instanceof PyDict) {
      if (op === ADD && d.size === 0 && plainSetitem(d.cls) && plainKeys(arg)) {
        arg.copyInto(d); // fast path of Counter.update: nothing to add to
      } else {
        for (const [k, v] of [...arg.entries()]) storeItem(d, k, arith(cget(d, k), v, op));
      }
    } else {
      countElements(d, arg, op);
    }
  }
  if (kw !== null && kw.size > 0) {
    const kd = new PyDict();
    for (const [k, v] of kw) kd.set(k, v);
    ops.call(ops.getAttr(d, op === ADD ? 'update' : 'subtract'), [kd]);
  }
}

/** _count_elements: one more (or less) for each element of the iterable. */
function countElements(d: PyDict, iterable: unknown, op: number): void {
  const it = ops.getIter(iterable);
  const fast = plainSetitem(d.cls) && d.cls.lookup('get') === dictType.lookup('get');
  for (let x = ops.iterNext(it); x !== undefined; x = ops.iterNext(it)) {
    if (fast) {
      const old = d.get(x);
      d.set(x, old === undefined ? (op === ADD ? 1 : -1) : typeof old === 'number' && Number.isSafeInteger(old + 1)
        ? (op === ADD ? old + 1 : old - 1) : arith(old, 1, op));
    } else {
      const old = ops.call(ops.getAttr(d, 'get'), [x, 0]);
      ops.setItem(d, x, arith(old, 1, op));
    }
  }
}

/** (key, count) pairs by decreasing count; ties keep insertion order (a stable sort). */
function byCount(d: PyDict): [unknown, unknown][] {
  const items = [...d.entries()];
  return items.sort((p, q) => (ops.lessThan(q[1], p[1]) ? -1 : ops.lessThan(p[1], q[1]) ? 1 : 0));
}

method(counterType, '__init__', (a, kw) => {
  const [self, iterable] = bind({ name: 'Counter.__init__', params: ['self', 'iterable'], required: 1, varkw: true }, a, kw).values;
  const d = ctr(self, '__init__');
  const extra = kw === null ? null : new Map([...kw].filter(([k]) => k !== 'iterable' || a.length > 1));
  const args = iterable === undefined ? [] : [iterable];
  ops.call(ops.getAttr(d, 'update'), args, extra !== null && extra.size > 0 ? extra : null);
  return null;
});
method(counterType, '__missing__', () => 0);
method(counterType, '__getitem__', getitemWithMissing);
method(counterType, 'total', (a) => {
  let t: unknown = 0;
  for (const v of ctr(a[0], 'total').map.values()) t = arith(t, v, ADD);
  return t;
});
method(counterType, 'most_common', (a, kw) => {
  const [self, n = null] = bind({ name: 'Counter.most_common', params: ['self', 'n'], required: 1 }, a, kw).values;
  const pairs = byCount(ctr(self, 'most_common'));
  let out = pairs;
  if (n !== null) {
    const k = Number(ops.toIndex(n));
    out = k <= 0 ? [] : pairs.slice(0, k);
  }
  return new PyList(out.map((p) => new PyTuple(p)));
});
method(counterType, 'elements', (a) => {
  const d = ctr(a[0], 'elements');
  const pairs = [...d.entries()];
  function* gen(): Generator<unknown> {
    for (const [k, v] of pairs) {
      const n = Number(ops.toIndex(v));
      for (let i = 0; i < n; i++) yield k;
    }
  }
  // CPython returns chain.from_iterable(starmap(repeat, ...)); the counts are checked as it runs.
  return new JsIter(gen(), chainType);
});
classMethod(counterType, 'fromkeys', () => {
  throw pyErr(NotImplementedError, 'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.');
});
method(counterType, 'update', (a, kw) => {
  const [self, iterable] = bind({ name: 'Counter.update', params: ['self', 'iterable'], required: 1, varkw: true }, a, kw).values;
  countInto(ctr(self, 'update'), iterable, kwWithout(kw, 'iterable', a.length > 1), ADD);
  return null;
});
method(counterType, 'subtract', (a, kw) => {
  const [self, iterable] = bind({ name: 'Counter.subtract', params: ['self', 'iterable'], required: 1, varkw: true }, a, kw).values;
  countInto(ctr(self, 'subtract'), iterable, kwWithout(kw, 'iterable', a.length > 1), SUB);
  return null;
});
/** Keyword arguments minus a parameter name that was bound by keyword (`iterable=`). */
function kwWithout(kw: Kwargs, name: string, positional: boolean): Kwargs {
  if (kw === null || positional || !kw.has(name)) return kw;
  const m = new Map(kw);
  m.delete(name);
  return m;
}
method(counterType, 'copy', (a) => ops.call(typeOf(a[0]), [a[0]]));
method(counterType, '__delitem__', (a) => {
  const d = ctr(a[0], '__delitem__');
  d.delete(a[1]);
  return null;
});
method(counterType, '__repr__', (a) => {
  const d = ctr(a[0], '__repr__');
  const name = d.cls.name;
  if (d.size === 0) return `${name}()`;
  return ops.reprGuard(d, '...', () => {
    let pairs: [unknown, unknown][];
    try {
      pairs = byCount(d);
    } catch (e) {
      if (e instanceof PyObject && e.cls.name === 'TypeError') pairs = [...d.entries()];
      else throw e;
    }
    return `${name}({${pairs.map(([k, v]) => `${ops.repr(k)}: ${ops.repr(v)}`).join(', ')}})`;
  });
});

/** all(pred(self[e], other[e]) for c in (self, other) for e in c), the 3.10 comparisons. */
function allCounts(x: PyDict, y: PyDict, pred: (p: unknown, q: unknown) => boolean): boolean {
  for (const c of [x, y]) for (const e of c.keyList()) if (!pred(cget(x, e), cget(y, e))) return false;
  return true;
}
const eqCounts = (x: PyDict, y: PyDict) => allCounts(x, y, (p, q) => ops.eqObjects(p, q));
const leCounts = (x: PyDict, y: PyDict) => allCounts(x, y, (p, q) => ops.compareBool(p, q, ops.CMP_LE));
const geCounts = (x: PyDict, y: PyDict) => allCounts(x, y, (p, q) => ops.compareBool(p, q, ops.CMP_GE));
function counterCompare(name: string, fn: (x: PyDict, y: PyDict) => boolean): void {
  method(counterType, name, (a) => (isCounter(a[1]) ? fn(ctr(a[0], name), a[1]) : NotImplemented));
}
counterCompare('__eq__', eqCounts);
counterCompare('__ne__', (x, y) => !eqCounts(x, y));
counterCompare('__le__', leCounts);
counterCompare('__lt__', (x, y) => leCounts(x, y) && !eqCounts(x, y));
counterCompare('__ge__', geCounts);
counterCompare('__gt__', (x, y) => geCounts(x, y) && !eqCounts(x, y));
counterType.ns.set('__hash__', null);

/** The binary multiset operators: `pick(count, otherCount)` gives the new count. */
function counterBinary(name: string, pick: (c: unknown, o: unknown) => unknown, keepOther: ((c: unknown) => unknown) | null): void {
  method(counterType, name, (a) => {
    const self = ctr(a[0], name), other = a[1];
    if (!isCounter(other)) return NotImplemented;
    const r = newCounter();
    for (const [e, c] of self.entries()) {
      const n = pick(c, cget(other, e));
      if (gt0(n)) r.set(e, n);
    }
    if (keepOther !== null) {
      for (const [e, c] of other.entries()) {
        if (self.has(e)) continue;
        const n = keepOther(c);
        if (n !== undefined) r.set(e, n);
      }
    }
    return r;
  });
}
counterBinary('__add__', (c, o) => arith(c, o, ADD), (c) => (gt0(c) ? c : undefined));
counterBinary('__sub__', (c, o) => arith(c, o, SUB), (c) => (lt0(c) ? arith(0, c, SUB) : undefined));
counterBinary('__or__', (c, o) => (ops.compareBool(c, o, ops.CMP_LT) ? o : c), (c) => (gt0(c) ? c : undefined));
counterBinary('__and__', (c, o) => (ops.compareBool(c, o, ops.CMP_LT) ? c : o), null);
method(counterType, '__pos__', (a) => {
  const r = newCounter();
  for (const [e, c] of ctr(a[0], '__pos__').entries()) if (gt0(c)) r.set(e, c);
  return r;
});
method(counterType, '__neg__', (a) => {
  const r = newCounter();
  for (const [e, c] of ctr(a[0], '__neg__').entries()) if (lt0(c)) r.set(e, arith(0, c, SUB));
  return r;
});

function keepPositive(d: PyDict): PyDict {
  for (const [e, c] of [...d.entries()]) if (!gt0(c)) d.delete(e);
  return d;
}
/** The in-place operators update self from other's items, then drop counts <= 0. */
function counterInplace(name: string, update: (d: PyDict, e: unknown, c: unknown) => void, overSelf = false): void {
  method(counterType, name, (a) => {
    const d = ctr(a[0], name), other = a[1];
    if (overSelf) {
      for (const [e, c] of [...d.entries()]) update(d, e, c);
    } else {
      const items = other instanceof PyDict ? [...other.entries()] : ops.toArray(ops.call(ops.getAttr(other, 'items'), []))
        .map((p) => ops.toArray(p) as [unknown, unknown]);
      for (const [e, c] of items) update(d, e, c);
    }
    return keepPositive(d);
  });
}
counterInplace('__iadd__', (d, e, c) => storeItem(d, e, arith(cget(d, e), c, ADD)));
counterInplace('__isub__', (d, e, c) => storeItem(d, e, arith(cget(d, e), c, SUB)));
counterInplace('__ior__', (d, e, c) => {
  if (ops.compareBool(c, cget(d, e), ops.CMP_GT)) storeItem(d, e, c);
});
method(counterType, '__iand__', (a) => {
  const d = ctr(a[0], '__iand__');
  for (const [e, c] of [...d.entries()]) {
    const o = ops.getItem(a[1], e);
    if (ops.compareBool(o, c, ops.CMP_LT)) storeItem(d, e, o);
  }
  return keepPositive(d);
});

// ================================================================ namedtuple

const KEYWORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del',
  'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
  'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);

/**
 * The field accessor (CPython's _tuplegetter). Its type is deliberately not
 * "builtin" so the attribute machinery treats it as a data descriptor and
 * `p.x = 1` reaches __set__ ("can't set attribute").
 */
const tuplegetterType = new PyType('_tuplegetter', [objectType], 'other', false, typeType);
tuplegetterType.mro = computeMro(tuplegetterType)!;
tuplegetterType.module = 'collections';
tuplegetterType.hasInstanceDict = false;

class PyTupleGetter extends PyObject {
  constructor(readonly index: number, readonly doc: string) {
    super(tuplegetterType);
  }
}
method(tuplegetterType, '__get__', (a) => {
  const g = a[0] as PyTupleGetter, obj = a[1];
  if (obj === null) return g;
  if (!(obj instanceof PyTuple)) {
    throw typeError(`descriptor for index '${g.index}' for tuple subclasses doesn't apply to '${ops.typeName(obj)}' object`);
  }
  if (g.index >= obj.items.length) throw indexError('tuple index out of range');
  return obj.items[g.index];
});
method(tuplegetterType, '__set__', () => {
  throw attributeError("can't set attribute");
});
method(tuplegetterType, '__delete__', () => {
  throw attributeError("can't delete attribute");
});
method(tuplegetterType, '__repr__', (a) => {
  const g = a[0] as PyTupleGetter;
  return `_tuplegetter(${g.index}, ${ops.repr(g.doc)})`;
});
getter(tuplegetterType, '__doc__', (g) => (g as PyTupleGetter).doc);

/** Field names from a string ('x y' or 'x, y') or an iterable of anything str()-able. */
function fieldNameList(v: unknown): string[] {
  if (typeof v === 'string') return v.replace(/,/g, ' ').split(/[ \t\n\r\x0b\x0c]+/).filter((s) => s !== '');
  return ops.toArray(v).map((x) => ops.str(x));
}

function validName(name: string): boolean {
  return isIdentifierString(name) && !KEYWORDS.has(name);
}

/**
 * collections.namedtuple as a JS function, also used for functools' CacheInfo.
 * `defaults` apply to the rightmost fields.
 */
export function makeNamedTuple(typename: string, fieldsIn: string[], opts: {
  rename?: boolean; defaults?: unknown[] | null; module?: string | null;
} = {}): PyType {
  const fields = fieldsIn.slice();
  if (opts.rename) {
    const seen = new Set<string>();
    fields.forEach((name, i) => {
      if (!validName(name) || name.startsWith('_') || seen.has(name)) fields[i] = `_${i}`;
      seen.add(name);
    });
  }
  for (const name of [typename, ...fields]) {
    if (!isIdentifierString(name)) throw valueError(`Type names and field names must be valid identifiers: ${ops.repr(name)}`);
    if (KEYWORDS.has(name)) throw valueError(`Type names and field names cannot be a keyword: ${ops.repr(name)}`);
  }
  const seen = new Set<string>();
  for (const name of fields) {
    if (name.startsWith('_') && !opts.rename) throw valueError(`Field names cannot start with an underscore: ${ops.repr(name)}`);
    if (seen.has(name)) throw valueError(`Encountered duplicate field name: ${ops.repr(name)}`);
    seen.add(name);
  }
  const defaults = opts.defaults ?? [];
  if (defaults.length > fields.length) throw typeError('Got more default values than field names');
  const nf = fields.length;
  const firstDefault = nf - defaults.length;
  const fieldDefaults = new PyDict();
  fields.slice(firstDefault).forEach((f, i) => fieldDefaults.set(f, defaults[i]));

  const ns = new PyDict();
  ns.set('__module__', opts.module ?? '__main__');
  ns.set('__qualname__', typename);
  ns.set('__doc__', `${typename}(${fields.join(', ')})`);
  ns.set('__slots__', EMPTY_TUPLE);
  ns.set('_fields', new PyTuple(fields.slice()));
  ns.set('_field_defaults', fieldDefaults);
  ns.set('__match_args__', new PyTuple(fields.slice()));

  const newSig = { name: `${typename}.__new__`, params: ['_cls', ...fields], required: 1 + firstDefault };
  const newFn = new PyBuiltin('__new__', (a, kw) => {
    const vals = bind(newSig, a, kw).values;
    for (let i = firstDefault; i < nf; i++) if (vals[i + 1] === undefined) vals[i + 1] = defaults[i - firstDefault];
    return new PyTuple(vals.slice(1), vals[0] as PyType);
  });
  ns.set('__new__', new PyStaticMethod(newFn));

  const make = (cls: PyType, iterable: unknown): PyTuple => {
    const items = ops.toArray(iterable);
    if (items.length !== nf) throw typeError(`Expected ${nf} arguments, got ${items.length}`);
    return new PyTuple(items, cls);
  };
  ns.set('_make', new PyClassMethod(new PyBuiltin('_make', (a, kw) => {
    const [cls, iterable] = bind({ name: `${typename}._make`, params: ['cls', 'iterable'], required: 2 }, a, kw).values;
    return make(cls as PyType, iterable);
  })));
  const meth = (name: string, fn: (self: PyTuple, a: unknown[], kw: Kwargs) => unknown) => {
    ns.set(name, new PyBuiltin(name, (a, kw) => {
      if (!(a[0] instanceof PyTuple)) throw typeError(`${name}() needs a tuple`);
      return fn(a[0], a, kw);
    }, true));
  };
  meth('_replace', (self, a, kw) => {
    if (a.length > 1) throw typeError(`${typename}._replace() takes 1 positional argument but ${a.length} were given`);
    const left = new Map(kw ?? []);
    const items = self.items.map((v, i) => {
      if (left.has(fields[i])) {
        const nv = left.get(fields[i]);
        left.delete(fields[i]);
        return nv;
      }
      return v;
    });
    const r = ops.call(ops.getAttr(self, '_make'), [new PyList(items)]);
    if (left.size > 0) throw valueError(`Got unexpected field names: ${ops.repr(new PyList([...left.keys()]))}`);
    return r;
  });
  meth('__repr__', (self) => ops.reprGuard(self, '...', () =>
    `${self.cls.name}(${fields.map((f, i) => `${f}=${ops.repr(self.items[i])}`).join(', ')})`));
  meth('_asdict', (self) => {
    const d = new PyDict();
    fields.forEach((f, i) => d.set(f, self.items[i]));
    return d;
  });
  meth('__getnewargs__', (self) => new PyTuple(self.items.slice()));
  fields.forEach((f, i) => ns.set(f, new PyTupleGetter(i, `Alias for field number ${i}`)));

  const t = createClass(typeType, typename, [tupleType], ns);
  t.hasInstanceDict = false; // __slots__ = ()
  for (const [k, v] of t.ns) if (v instanceof PyBuiltin) v.owner = t;
  return t;
}

// ================================================================ the module

registerModule('collections', (proc, ns) => {
  const name = 'collections';
  ns.set('deque', dequeType);
  ns.set('defaultdict', defaultdictType);
  ns.set('OrderedDict', orderedDictType);
  ns.set('Counter', counterType);
  const ntSig = { name: 'namedtuple', params: ['typename', 'field_names'], required: 2, kwonly: ['rename', 'defaults', 'module'] };
  const nt = new PyBuiltin('namedtuple', (a, kw) => {
    const [typename, fieldNames, rename = false, defaults = null, module = null] = bind(ntSig, a, kw).values;
    let mod = module;
    if (mod === null) {
      // The caller's module, as CPython finds it through sys._getframe(1).
      const frame = proc.thread.frame;
      mod = frame === null ? '__main__' : frame.globals.get('__name__') ?? '__main__';
    }
    return makeNamedTuple(ops.str(typename), fieldNameList(fieldNames), {
      rename: ops.truthy(rename),
      defaults: defaults === null ? null : ops.toArray(defaults),
      module: ops.str(mod),
    });
  });
  nt.moduleName = name;
  ns.set('namedtuple', nt);
});
