// The functools module: reduce, partial, wraps/update_wrapper, lru_cache and
// cache, cmp_to_key, total_ordering and cached_property.
//
// All are JS objects calling back into Python through ops.call. The ones that
// are C in CPython (partial, lru_cache's wrapper, cmp_to_key's keys) therefore
// add no line to tracebacks, as there. The price: each call through them is a
// nested run of the VM, so deep recursion through an lru_cache'd function uses
// the host stack (and, once threads exist, holds the GIL for its duration).

import { registerModule } from './registry.js';
import { bind, clinic } from './args.js';
import { makeNamedTuple } from './collections.js';
import { PyObject, PyType, makeBuiltinType, objectType, typeOf } from '../runtime/object.js';
import { PyTuple } from '../runtime/tuple.js';
import { PyDict } from '../runtime/dict.js';
import { PyBuiltin, PyBoundMethod, PyFunction, PyProperty, Kwargs } from '../runtime/function.js';
import { method, constructor, getter, func, noKw } from '../runtime/define.js';
import { typeError, valueError, attributeError, PyBaseException, AttributeError, TypeError } from '../runtime/exceptions.js';
import { NotImplemented } from '../runtime/singletons.js';
import * as ops from '../runtime/ops.js';

const MODULE = 'functools';
const WRAPPER_ASSIGNMENTS = ['__module__', '__name__', '__qualname__', '__doc__', '__annotations__'];
const WRAPPER_UPDATES = ['__dict__'];

function functoolsType(name: string, instanceDict = false): PyType {
  const t = makeBuiltinType(name, null, 'other');
  t.module = MODULE;
  t.hasInstanceDict = instanceDict;
  return t;
}

function isCallable(v: unknown): boolean {
  return v instanceof PyFunction || v instanceof PyBuiltin || v instanceof PyBoundMethod || v instanceof PyType ||
    typeOf(v).lookup('__call__') !== undefined;
}

const isErrorOf = (e: unknown, t: PyType) => e instanceof PyBaseException && e.cls.isSubtypeOf(t);

// ---------------------------------------------------------------- reduce

function reduce(args: unknown[], kw: Kwargs): unknown {
  noKw('reduce', kw);
  if (args.length < 2) throw typeError(`reduce expected at least 2 arguments, got ${args.length}`);
  if (args.length > 3) throw typeError(`reduce expected at most 3 arguments, got ${args.length}`);
  const [f, seq] = args;
  let it: unknown;
  try {
    it = ops.getIter(seq);
  } catch (e) {
    if (isErrorOf(e, TypeError)) throw typeError('reduce() arg 2 must support iteration');
    throw e;
  }
  let acc = args.length === 3 ? args[2] : ops.iterNext(it);
  if (acc === undefined) throw typeError('reduce() of empty iterable with no initial value');
  for (let x = ops.iterNext(it); x !== undefined; x = ops.iterNext(it)) acc = ops.call(f, [acc, x]);
  return acc;
}

// ---------------------------------------------------------------- partial

const partialType = functoolsType('partial', true);

class PyPartial extends PyObject {
  func: unknown = null;
  args: unknown[] = [];
  keywords: PyDict = new PyDict();
  constructor(cls: PyType) {
    super(cls);
    this.dict = new PyDict();
  }
}
partialType.alloc = (cls) => new PyPartial(cls);

function makePartial(cls: PyType, fn: unknown, args: unknown[], kw: Kwargs): PyPartial {
  if (!isCallable(fn)) throw typeError('the first argument must be callable');
  const p = ops.allocInstance(cls) as PyPartial;
  // A plain partial of a plain partial collapses into one, as in CPython.
  if (fn instanceof PyPartial && fn.cls === partialType && (fn.dict as PyDict).size === 0) {
    p.func = fn.func;
    p.args = fn.args.concat(args);
    fn.keywords.copyInto(p.keywords);
  } else {
    p.func = fn;
    p.args = args;
  }
  if (kw !== null) for (const [k, v] of kw) p.keywords.set(k, v);
  return p;
}

constructor(partialType, (a, kw) => {
  if (a.length < 2) throw typeError(`type 'partial' takes at least one argument`);
  return makePartial(a[0] as PyType, a[1], a.slice(2), kw);
});
method(partialType, '__call__', (a, kw) => {
  const p = a[0] as PyPartial;
  let merged: Kwargs = null;
  if (p.keywords.size > 0 || (kw !== null && kw.size > 0)) {
    merged = new Map();
    for (const [k, v] of p.keywords.entries()) merged.set(k as string, v);
    if (kw !== null) for (const [k, v] of kw) merged.set(k, v);
  }
  return ops.call(p.func, p.args.concat(a.slice(1)), merged);
});
method(partialType, '__repr__', (a) => {
  const p = a[0] as PyPartial;
  const name = p.cls === partialType ? 'functools.partial' : p.cls.qualname;
  return ops.reprGuard(p, '...', () => {
    const parts = [ops.repr(p.func), ...p.args.map(ops.repr)];
    for (const [k, v] of p.keywords.entries()) parts.push(`${ops.str(k)}=${ops.repr(v)}`);
    return `${name}(${parts.join(', ')})`;
  });
});
getter(partialType, 'func', (p) => (p as PyPartial).func);
getter(partialType, 'args', (p) => new PyTuple((p as PyPartial).args.slice()));
getter(partialType, 'keywords', (p) => (p as PyPartial).keywords);

// ---------------------------------------------------------------- update_wrapper, wraps

/** getattr(obj, name) or undefined on AttributeError. */
function getAttrOrAbsent(obj: unknown, name: string): unknown {
  try {
    return ops.getAttr(obj, name);
  } catch (e) {
    if (isErrorOf(e, AttributeError)) return undefined;
    throw e;
  }
}

/**
 * setattr(obj, name, v). Works around object.__doc__ being a read-only
 * property in pygil's object type, which makes `f.__doc__ = ...` fail.
 */
function assignAttr(obj: unknown, name: string, v: unknown): void {
  if (name === '__doc__') {
    if (obj instanceof PyFunction) {
      obj.doc = v;
      return;
    }
    if (obj instanceof PyObject && obj.dict instanceof PyDict && !(obj instanceof PyType)) {
      obj.dict.set('__doc__', v);
      return;
    }
  }
  ops.setAttr(obj, name, v);
}

const updateWrapperSig = { name: 'update_wrapper', params: ['wrapper', 'wrapped', 'assigned', 'updated'], required: 2 };

function updateWrapper(args: unknown[], kw: Kwargs): unknown {
  const [wrapper, wrapped, assigned, updated] = bind(updateWrapperSig, args, kw).values;
  const assignedNames = assigned === undefined ? WRAPPER_ASSIGNMENTS : ops.toArray(assigned).map(ops.str);
  const updatedNames = updated === undefined ? WRAPPER_UPDATES : ops.toArray(updated).map(ops.str);
  for (const name of assignedNames) {
    // (pygil's object.__doc__ property hides a function's own docstring from getattr.)
    const v = name === '__doc__' && wrapped instanceof PyFunction ? wrapped.doc : getAttrOrAbsent(wrapped, name);
    if (v !== undefined) assignAttr(wrapper, name, v);
  }
  // A function's __dict__ is made on first use; pygil's getattr does not make it yet.
  if (wrapper instanceof PyFunction && wrapper.dict === null) wrapper.dict = new PyDict();
  for (const name of updatedNames) {
    const target = ops.getAttr(wrapper, name);
    const source = getAttrOrAbsent(wrapped, name) ?? new PyDict();
    if (target instanceof PyDict && source instanceof PyDict) source.copyInto(target);
    else ops.call(ops.getAttr(target, 'update'), [source]);
  }
  // Set last, so a __wrapped__ copied along with __dict__ is replaced.
  ops.setAttr(wrapper, '__wrapped__', wrapped);
  return wrapper;
}

const wrapsSig = { name: 'wraps', params: ['wrapped', 'assigned', 'updated'], required: 1 };

// ---------------------------------------------------------------- lru_cache

const lruWrapperType = functoolsType('_lru_cache_wrapper', true);

/** Separates positional from keyword arguments in a cache key (CPython's kwd_mark). */
const KWD_MARK = new PyObject(objectType);

class PyLruWrapper extends PyObject {
  readonly cache = new PyDict();
  hits = 0;
  misses = 0;
  constructor(readonly fn: unknown, readonly maxsize: number | null, readonly typed: boolean) {
    super(lruWrapperType);
    this.dict = new PyDict();
  }

  key(args: unknown[], kw: Kwargs): PyTuple {
    const parts = args.slice();
    if (kw !== null && kw.size > 0) {
      parts.push(KWD_MARK);
      for (const [k, v] of kw) parts.push(k, v);
    }
    if (this.typed) {
      for (const a of args) parts.push(typeOf(a));
      if (kw !== null) for (const v of kw.values()) parts.push(typeOf(v));
    }
    return new PyTuple(parts);
  }

  call(args: unknown[], kw: Kwargs): unknown {
    if (this.maxsize === 0) {
      this.misses++;
      return ops.call(this.fn, args, kw);
    }
    const key = this.key(args, kw);
    const cache = this.cache;
    const hit = cache.get(key);
    if (hit !== undefined) {
      this.hits++;
      if (this.maxsize !== null) {
        // Most recently used goes to the end.
        cache.delete(key);
        cache.set(key, hit);
      }
      return hit;
    }
    this.misses++;
    const result = ops.call(this.fn, args, kw);
    // A recursive call may have stored this key meanwhile; keep the first result.
    if (cache.has(key)) return result;
    cache.set(key, result);
    if (this.maxsize !== null && cache.size > this.maxsize) {
      cache.delete(cache.keys().next().value);
    }
    return result;
  }
}

let cacheInfoType: PyType | null = null;
function cacheInfo(w: PyLruWrapper): unknown {
  if (cacheInfoType === null) {
    cacheInfoType = makeNamedTuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'], { module: MODULE });
  }
  return new PyTuple([w.hits, w.misses, w.maxsize, w.cache.size], cacheInfoType);
}

function lru(v: unknown): PyLruWrapper {
  if (!(v instanceof PyLruWrapper)) throw typeError(`descriptor requires a 'functools._lru_cache_wrapper' object but received a '${ops.typeName(v)}'`);
  return v;
}

method(lruWrapperType, '__call__', (a, kw) => lru(a[0]).call(a.slice(1), kw));
method(lruWrapperType, '__get__', (a) => (a[1] === null ? a[0] : new PyBoundMethod(a[0], a[1])));
method(lruWrapperType, 'cache_info', (a) => cacheInfo(lru(a[0])));
method(lruWrapperType, 'cache_clear', (a) => {
  const w = lru(a[0]);
  w.cache.clear();
  w.hits = 0;
  w.misses = 0;
  return null;
});
method(lruWrapperType, 'cache_parameters', (a) => {
  const w = lru(a[0]);
  const d = new PyDict();
  d.set('maxsize', w.maxsize);
  d.set('typed', w.typed);
  return d;
});
method(lruWrapperType, '__copy__', (a) => a[0]);
// __doc__ lives in the instance dict (update_wrapper copies it there). object's
// own __doc__ is a read-only property in pygil, which would refuse the copy.
lruWrapperType.ns.set('__doc__', new PyProperty(
  new PyBuiltin('__doc__', (a) => ((a[0] as PyObject).dict as PyDict).get('__doc__') ?? null),
  new PyBuiltin('__doc__', (a) => {
    ((a[0] as PyObject).dict as PyDict).set('__doc__', a[1]);
    return null;
  }),
  null, null,
));
method(lruWrapperType, '__deepcopy__', (a) => a[0]);

function makeLruWrapper(fn: unknown, maxsize: number | null, typed: boolean): PyLruWrapper {
  const w = new PyLruWrapper(fn, maxsize, typed);
  updateWrapper([w, fn], null);
  return w;
}

const lruSig = { name: 'lru_cache', params: ['maxsize', 'typed'], required: 0 };

function lruCache(args: unknown[], kw: Kwargs): unknown {
  let [maxsize = 128, typed = false] = bind(lruSig, args, kw).values;
  if (ops.isIntLike(maxsize)) {
    const n = Number(ops.toIndex(maxsize));
    maxsize = n < 0 ? 0 : n;
  } else if (isCallable(maxsize) && typeof typed === 'boolean') {
    // @lru_cache used without parentheses: the argument is the function.
    return makeLruWrapper(maxsize, 128, typed);
  } else if (maxsize !== null) {
    throw typeError('Expected first argument to be an integer, a callable, or None');
  }
  const size = maxsize as number | null;
  const t = ops.truthy(typed);
  const deco = new PyBuiltin('decorating_function', (a, kw2) => {
    const [userFunction] = bind({ name: 'decorating_function', params: ['user_function'], required: 1 }, a, kw2).values;
    return makeLruWrapper(userFunction, size, t);
  });
  deco.moduleName = MODULE;
  return deco;
}

// ---------------------------------------------------------------- cmp_to_key

const keyWrapperType = functoolsType('KeyWrapper');

class PyKeyWrapper extends PyObject {
  constructor(readonly cmp: unknown, readonly obj: unknown) {
    super(keyWrapperType);
  }
}

method(keyWrapperType, '__call__', (a, kw) => {
  const k = a[0] as PyKeyWrapper;
  const [obj] = clinic('K', a.slice(1), kw, ['obj'], 1);
  return new PyKeyWrapper(k.cmp, obj);
});
getter(keyWrapperType, 'obj', (k) => {
  const v = (k as PyKeyWrapper).obj;
  if (v === undefined) throw attributeError('obj');
  return v;
});
keyWrapperType.ns.set('__hash__', null);
['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'].forEach((name, op) => {
  method(keyWrapperType, name, (a) => {
    const x = a[0] as PyKeyWrapper, y = a[1];
    if (!(y instanceof PyKeyWrapper)) throw typeError('other argument must be K instance');
    if (x.obj === undefined || y.obj === undefined) throw attributeError('object');
    const r = ops.call(x.cmp, [x.obj, y.obj]);
    return ops.richCompare(r, 0, op);
  });
});

// ---------------------------------------------------------------- total_ordering

type Derive = (self: unknown, other: unknown, rootResult: unknown) => unknown;
const ne = (a: unknown, b: unknown) => ops.richCompare(a, b, ops.CMP_NE);
const eq = (a: unknown, b: unknown) => ops.richCompare(a, b, ops.CMP_EQ);
// `x and y` / `x or y` return an operand, as the Python versions of these methods do.
const and = (x: unknown, y: () => unknown) => (ops.truthy(x) ? y() : x);
const or = (x: unknown, y: () => unknown) => (ops.truthy(x) ? x : y());

/** For each root operation: the methods it supplies, as [name, derivation]. */
const CONVERT: Record<string, [string, Derive][]> = {
  __lt__: [
    ['__gt__', (s, o, r) => and(!ops.truthy(r), () => ne(s, o))],
    ['__le__', (s, o, r) => or(r, () => eq(s, o))],
    ['__ge__', (_s, _o, r) => !ops.truthy(r)],
  ],
  __le__: [
    ['__ge__', (s, o, r) => or(!ops.truthy(r), () => eq(s, o))],
    ['__lt__', (s, o, r) => and(r, () => ne(s, o))],
    ['__gt__', (_s, _o, r) => !ops.truthy(r)],
  ],
  __gt__: [
    ['__lt__', (s, o, r) => and(!ops.truthy(r), () => ne(s, o))],
    ['__ge__', (s, o, r) => or(r, () => eq(s, o))],
    ['__le__', (_s, _o, r) => !ops.truthy(r)],
  ],
  __ge__: [
    ['__le__', (s, o, r) => or(!ops.truthy(r), () => eq(s, o))],
    ['__gt__', (s, o, r) => and(r, () => ne(s, o))],
    ['__lt__', (_s, _o, r) => !ops.truthy(r)],
  ],
};
/** max(roots) in CPython compares the names as strings: this is that order. */
const ROOT_PREFERENCE = ['__lt__', '__le__', '__gt__', '__ge__'];

function totalOrdering(args: unknown[], kw: Kwargs): unknown {
  const [cls] = bind({ name: 'total_ordering', params: ['cls'], required: 1 }, args, kw).values;
  const roots = new Set<string>();
  for (const op of ROOT_PREFERENCE) {
    const mine = getAttrOrAbsent(cls, op);
    if (mine !== undefined && mine !== objectType.lookup(op)) roots.add(op);
  }
  if (roots.size === 0) throw valueError('must define at least one ordering operation: < > <= >=');
  const root = ROOT_PREFERENCE.find((op) => roots.has(op))!;
  for (const [name, derive] of CONVERT[root]) {
    if (roots.has(name)) continue;
    const fn = new PyBuiltin(`_${name.slice(2, 4)}_from_${root.slice(2, 4)}`, (a) => {
      const [self, other] = a;
      const r = ops.callMethod(self, root, [other]);
      if (r === NotImplemented) return r;
      return derive(self, other, r);
    }, true);
    if (cls instanceof PyType) fn.owner = cls;
    ops.setAttr(cls, name, fn);
  }
  return cls;
}

// ---------------------------------------------------------------- cached_property

const cachedPropertyType = functoolsType('cached_property');

class PyCachedProperty extends PyObject {
  attrname: string | null = null;
  constructor(cls: PyType, readonly func: unknown) {
    super(cls);
  }
}

constructor(cachedPropertyType, (a, kw) => {
  const [cls, fn] = bind({ name: 'cached_property', params: ['cls', 'func'], required: 2 }, a, kw).values;
  return new PyCachedProperty(cls as PyType, fn);
});
method(cachedPropertyType, '__set_name__', (a) => {
  const p = a[0] as PyCachedProperty;
  const name = ops.str(a[2]);
  if (p.attrname === null) p.attrname = name;
  else if (name !== p.attrname) {
    throw typeError(`Cannot assign the same cached_property to two different names (${ops.repr(p.attrname)} and ${ops.repr(name)}).`);
  }
  return null;
});
method(cachedPropertyType, '__get__', (a) => {
  const p = a[0] as PyCachedProperty, obj = a[1];
  if (obj === null) return p;
  // pygil does not call __set_name__ yet when a class is created: fall back to the function's name.
  const name = p.attrname ?? ops.str(ops.getAttr(p.func, '__name__'));
  const d = obj instanceof PyObject ? obj.dict : null;
  if (!(d instanceof PyDict)) {
    throw typeError(`No '__dict__' attribute on ${ops.repr(ops.typeName(obj))} instance to cache ${ops.repr(name)} property.`);
  }
  const cached = d.get(name);
  if (cached !== undefined) return cached;
  const v = ops.call(p.func, [obj]);
  d.set(name, v);
  return v;
});
getter(cachedPropertyType, '__doc__', (p) => getAttrOrAbsent((p as PyCachedProperty).func, '__doc__') ?? null);

// ---------------------------------------------------------------- the module

registerModule('functools', (_proc, ns) => {
  ns.set('WRAPPER_ASSIGNMENTS', new PyTuple(WRAPPER_ASSIGNMENTS.slice()));
  ns.set('WRAPPER_UPDATES', new PyTuple(WRAPPER_UPDATES.slice()));
  func(ns, 'reduce', reduce, MODULE);
  ns.set('partial', partialType);
  const uw = func(ns, 'update_wrapper', updateWrapper, MODULE);
  func(ns, 'wraps', (a, kw) => {
    const [wrapped, assigned, updated] = bind(wrapsSig, a, kw).values;
    const pkw = new Map<string, unknown>([
      ['wrapped', wrapped],
      ['assigned', assigned ?? new PyTuple(WRAPPER_ASSIGNMENTS.slice())],
      ['updated', updated ?? new PyTuple(WRAPPER_UPDATES.slice())],
    ]);
    return makePartial(partialType, uw, [], pkw);
  }, MODULE);
  func(ns, 'lru_cache', lruCache, MODULE);
  func(ns, 'cache', (a, kw) => {
    const [userFunction] = bind({ name: 'cache', params: ['user_function'], required: 1 }, a, kw).values;
    return makeLruWrapper(userFunction, null, false);
  }, MODULE);
  func(ns, 'cmp_to_key', (a, kw) => {
    const [mycmp] = clinic('cmp_to_key', a, kw, ['mycmp'], 1);
    return new PyKeyWrapper(mycmp, undefined);
  }, MODULE);
  func(ns, 'total_ordering', totalOrdering, MODULE);
  ns.set('cached_property', cachedPropertyType);
  ns.set('_lru_cache_wrapper', lruWrapperType);
});


