// collections' dict subclasses: defaultdict, OrderedDict and Counter.
//
// Each is a PyDict whose type has dict as base, so every dict method applies.
// Their types are deliberately not marked builtin: the VM and arith.ts take
// fast paths for "builtin" dicts that assume plain dict behaviour (equality
// ignoring order, no __missing__), which OrderedDict and Counter must not get.

import { bind } from './args.js';
import { chainType } from './itertools.js';
import { PyObject, PyType, typeType, computeMro, typeOf, makeBuiltinType } from '../runtime/object.js';
import { PyDictView, dictKeysType, dictValuesType, dictItemsType, type ViewKind } from '../runtime/types/dict-views.js';
import { PyTuple, PyList, EMPTY_TUPLE } from '../runtime/tuple.js';
import { PyDict, dictType, normKey } from '../runtime/dict.js';
import { JsIter } from '../runtime/iter.js';
import { PyBuiltin, PyProperty, Kwargs } from '../runtime/function.js';
import { method, constructor, classMethod, noKw } from '../runtime/define.js';
import { typeError, valueError, keyError, pyErr, NotImplementedError } from '../runtime/exceptions.js';
import { NotImplemented } from '../runtime/singletons.js';
import { badSelf } from '../runtime/types/native-args.js';
import { arith } from '../runtime/arith.js';
import * as ops from '../runtime/ops.js';

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
    throw badSelf(t.tpName, name, v);
  }
  return v;
}

// ================================================================ defaultdict

export const defaultdictType = dictSubtype('defaultdict', false);
defaultdictType.cName = 'collections.defaultdict';

class PyDefaultDict extends PyDict {
  factory: unknown = null;
}
defaultdictType.alloc = (cls) => new PyDefaultDict(cls);

function ddict(v: unknown, name: string): PyDefaultDict {
  if (!(v instanceof PyDefaultDict)) throw badSelf('collections.defaultdict', name, v);
  return v;
}

function isCallable(v: unknown): boolean {
  return v instanceof PyBuiltin || v instanceof PyType || typeOf(v).lookup('__call__') !== undefined;
}

method(defaultdictType, '__init__', (a, kw) => {
  const d = ddict(a[0], '__init__');
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
  const d = ddict(a[0], '__missing__');
  if (d.factory === null) throw keyError(a[1]);
  const v = ops.call(d.factory, []);
  ops.setItem(d, a[1], v);
  return v;
});
method(defaultdictType, '__getitem__', getitemWithMissing);
method(defaultdictType, '__repr__', (a) => {
  const d = ddict(a[0], '__repr__');
  const f = d.factory === null ? 'None' : ops.reprGuard(d.factory as object, '...', () => ops.repr(d.factory));
  // Only the dict part is guarded, as CPython's defaultdict repr delegates it to
  // dict's repr: a defaultdict inside itself shows as `defaultdict(f, {...})`.
  return `${d.cls.name}(${f}, ${ops.reprGuard(d, '{...}', () => dictBodyRepr(d))})`;
});
function copyDefaultDict(d: PyDefaultDict): PyDefaultDict {
  const c = ops.allocInstance(d.cls) as PyDefaultDict;
  c.factory = d.factory;
  d.copyInto(c);
  return c;
}
method(defaultdictType, 'copy', (a) => copyDefaultDict(ddict(a[0], 'copy')));
method(defaultdictType, '__copy__', (a) => copyDefaultDict(ddict(a[0], '__copy__')));
method(defaultdictType, '__or__', (a) => {
  const d = ddict(a[0], '__or__');
  if (!(a[1] instanceof PyDict)) return NotImplemented;
  const c = copyDefaultDict(d);
  updateFrom(a[1], null, (k, v) => c.set(k, v));
  return c;
});
method(defaultdictType, '__ror__', (a) => {
  const d = ddict(a[0], '__ror__');
  if (!(a[1] instanceof PyDict)) return NotImplemented;
  const c = ops.allocInstance(d.cls) as PyDefaultDict;
  c.factory = d.factory;
  (a[1] as PyDict).copyInto(c);
  d.copyInto(c);
  return c;
});
method(defaultdictType, '__reduce__', (a) => {
  const d = ddict(a[0], '__reduce__');
  return new PyTuple([d.cls, d.factory === null ? EMPTY_TUPLE : new PyTuple([d.factory]), null, null,
    new JsIter(d.entries() as Iterator<unknown>)]);
});
// default_factory is a read-write attribute kept on the JS object.
defaultdictType.ns.set('default_factory', new PyProperty(
  new PyBuiltin('default_factory', (a) => ddict(a[0], 'default_factory').factory),
  new PyBuiltin('default_factory', (a) => {
    ddict(a[0], 'default_factory').factory = a[1];
    return null;
  }),
  null, null,
));

// ================================================================ OrderedDict

export const orderedDictType = dictSubtype('OrderedDict', true);
orderedDictType.cName = 'collections.OrderedDict';

function od(v: unknown, name: string): PyDict {
  return checkDict(orderedDictType, v, name);
}

/**
 * OrderedDict's update (CPython's mutablemapping_update): a mapping by its
 * keys, else by its items(), else an iterable of pairs, each unpacked with
 * the messages of odictobject.c.
 */
function odictUpdate(d: PyDict, arg: unknown, kw: Kwargs): void {
  const store = (k: unknown, v: unknown) => storeItem(d, k, v);
  if (arg !== undefined) {
    if ((arg instanceof PyDict && plainKeys(arg)) || ops.getAttrMaybe(arg, 'keys') !== undefined) {
      updateFrom(arg, null, store);
    } else {
      const items = ops.getAttrMaybe(arg, 'items');
      addPairs(items !== undefined ? ops.call(items, []) : arg, store);
    }
  }
  if (kw !== null) for (const [k, v] of kw) store(k, v);
}

function addPairs(pairs: unknown, store: (k: unknown, v: unknown) => void): void {
  const it = ops.getIter(pairs);
  for (let pair = ops.iterNext(it); pair !== undefined; pair = ops.iterNext(it)) {
    const p = ops.getIter(pair);
    const k = ops.iterNext(p);
    if (k === undefined) throw valueError('need more than 0 values to unpack');
    const v = ops.iterNext(p);
    if (v === undefined) throw valueError('need more than 1 value to unpack');
    if (ops.iterNext(p) !== undefined) throw valueError('too many values to unpack (expected 2)');
    store(k, v);
  }
}

method(orderedDictType, '__init__', (a, kw) => {
  const d = od(a[0], '__init__');
  // (sic: CPython's message says "arguments".)
  if (a.length > 2) throw typeError(`expected at most 1 arguments, got ${a.length - 1}`);
  odictUpdate(d, a[1], kw);
  return null;
});
method(orderedDictType, 'update', (a, kw) => {
  const d = od(a[0], 'update');
  if (a.length > 2) throw typeError(`update() takes at most 1 positional argument (${a.length - 1} given)`);
  odictUpdate(d, a[1], kw);
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
// keys(), values() and items() are dict's views under the names CPython gives them.
const odictViewTypes = ['odict_keys', 'odict_values', 'odict_items'].map((name, kind) =>
  makeBuiltinType(name, [dictKeysType, dictValuesType, dictItemsType][kind], 'other'));
(['keys', 'values', 'items'] as const).forEach((name, kind) => {
  method(orderedDictType, name, (a, kw) => {
    noKw(`OrderedDict.${name}`, kw);
    if (a.length !== 1) throw typeError(`OrderedDict.${name}() takes no arguments (${a.length - 1} given)`);
    return new PyDictView(od(a[0], name), kind as ViewKind, odictViewTypes[kind]);
  });
});
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
export const counterType = dictSubtype('Counter', true);

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

/** `def NAME(self, iterable=None, /, **kwds)`: any keyword, even `self=`, is a count. */
function counterSig(name: string) {
  return { name: `Counter.${name}`, params: ['self', 'iterable'], required: 1, posonly: 2, varkw: true };
}

method(counterType, '__init__', (a, kw) => {
  const { values: [self, iterable], extraKw } = bind(counterSig('__init__'), a, kw);
  const d = ctr(self, '__init__');
  const args = iterable === undefined ? [] : [iterable];
  ops.call(ops.getAttr(d, 'update'), args, extraKw);
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
  const { values: [self, iterable], extraKw } = bind(counterSig('update'), a, kw);
  countInto(ctr(self, 'update'), iterable, extraKw, ADD);
  return null;
});
method(counterType, 'subtract', (a, kw) => {
  const { values: [self, iterable], extraKw } = bind(counterSig('subtract'), a, kw);
  countInto(ctr(self, 'subtract'), iterable, extraKw, SUB);
  return null;
});
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
function counterInplace(name: string, update: (d: PyDict, e: unknown, c: unknown) => void): void {
  method(counterType, name, (a) => {
    const d = ctr(a[0], name), other = a[1];
    const items = other instanceof PyDict ? [...other.entries()] : ops.toArray(ops.call(ops.getAttr(other, 'items'), []))
      .map((p) => ops.toArray(p) as [unknown, unknown]);
    for (const [e, c] of items) update(d, e, c);
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
