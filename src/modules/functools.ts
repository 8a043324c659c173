// The functools module: reduce, partial, wraps/update_wrapper, lru_cache and
// cache, cmp_to_key, total_ordering and cached_property; singledispatch,
// singledispatchmethod and partialmethod are Python (functools-source.ts).
//
// Most are JS objects calling back into Python through ops.call; like their C
// originals in CPython they add no line to tracebacks. Each such call is a
// nested run of the VM on the host stack, which matters only for recursion:
// so lru_cache, the one meant for recursive functions, wraps them in a Python
// closure instead (see WRAPPER_SOURCE).

import { registerModule } from './registry.js';
import { bind, clinic } from './args.js';
import { makeNamedTuple } from './namedtuple.js';
import { PyObject, PyType, makeBuiltinType, objectType, typeOf, objectId } from '../runtime/object.js';
import { PyTuple } from '../runtime/tuple.js';
import { PyDict } from '../runtime/dict.js';
import { PyBuiltin, PyBoundMethod, PyFunction, Kwargs, functionType } from '../runtime/function.js';
import { method, constructor, getter, member, func, noKw } from '../runtime/define.js';
import {
  typeError, valueError, attributeError, PyBaseException, AttributeError, TypeError, baseExceptionType as BaseExceptionType,
} from '../runtime/exceptions.js';
import { runPythonSource } from './py-source.js';
import { FUNCTOOLS_FILE, FUNCTOOLS_SOURCE } from './functools-source.js';
import { hiddenFiles } from '../vm/traceback.js';
import { current, type Process } from '../vm/process.js';
import { iteratesPython, reduceInFrames } from '../vm/drain-in-frames.js';
import { registerSideTable, markImmortal } from '../vm/heap-copy.js';
import { NotImplemented } from '../runtime/singletons.js';
import { defineLazy } from '../runtime/lazy-attrs.js';
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
  if (current.interp.blockable && ((f instanceof PyFunction && !f.code.isGenerator) || iteratesPython(it))) {
    // A Python function or a generator: reduced in frames, so either may block.
    return reduceInFrames(f, it, args.length === 3 ? args[2] : undefined);
  }
  let acc = args.length === 3 ? args[2] : ops.iterNext(it);
  if (acc === undefined) throw typeError('reduce() of empty iterable with no initial value');
  for (let x = ops.iterNext(it); x !== undefined; x = ops.iterNext(it)) acc = ops.call(f, [acc, x]);
  return acc;
}

// ---------------------------------------------------------------- partial

const partialType = functoolsType('partial', true);
partialType.cName = 'functools.partial';

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

/** A plain functools.partial's parts (the call it makes), or null for anything else. */
export function partialParts(f: unknown): { func: unknown; args: unknown[]; keywords: PyDict } | null {
  return f instanceof PyPartial && f.cls === partialType ? f : null;
}

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
member(partialType, 'func', (p) => (p as PyPartial).func);
member(partialType, 'args', (p) => new PyTuple((p as PyPartial).args.slice()));
member(partialType, 'keywords', (p) => (p as PyPartial).keywords);

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

const updateWrapperSig = { name: 'update_wrapper', params: ['wrapper', 'wrapped', 'assigned', 'updated'], required: 2 };

function updateWrapper(args: unknown[], kw: Kwargs): unknown {
  const [wrapper, wrapped, assigned, updated] = bind(updateWrapperSig, args, kw).values;
  const assignedNames = assigned === undefined ? WRAPPER_ASSIGNMENTS : ops.toArray(assigned).map(ops.str);
  const updatedNames = updated === undefined ? WRAPPER_UPDATES : ops.toArray(updated).map(ops.str);
  for (const name of assignedNames) {
    const v = getAttrOrAbsent(wrapped, name);
    if (v !== undefined) ops.setAttr(wrapper, name, v);
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

/*
 * The cached function is a small Python closure (WRAPPER_SOURCE) whose type
 * is changed to _lru_cache_wrapper, a subtype of function: calling it pushes
 * a frame like any Python call, so memoized recursion is limited by the
 * recursion limit — two frames per level, as CPython's C wrapper also counts
 * two — and not by the host's stack. The cache itself and its counters stay
 * in JS (LruState), reached through the helpers the closure receives.
 */

/**
 * Python source run by pygil (not CPython's): the body of every lru_cache
 * wrapper. lookup() returns the cached result, or on a miss one of the MISS
 * markers, which also says how to call the function: f(a) and f(a, b) are
 * plain calls (new frames), while pygil runs f(*args) as a nested host call.
 * On a miss lookup() keeps the key for store(); `pending` tells hide() to
 * drop that key when the call raises instead.
 */
const WRAPPER_SOURCE = `
def make_wrapper(user_function, lookup, store, hide, miss0, miss1, miss2, miss3, miss_any, BaseException):
    def wrapper(*args, **kwds):
        pending = False
        try:
            result = lookup(args, kwds)
            if result is miss1:
                pending = True
                result = user_function(args[0])
            elif result is miss2:
                pending = True
                result = user_function(args[0], args[1])
            elif result is miss0:
                pending = True
                result = user_function()
            elif result is miss3:
                pending = True
                result = user_function(args[0], args[1], args[2])
            elif result is miss_any:
                pending = True
                result = user_function(*args, **kwds)
            else:
                return result
            pending = False
            store(result)
            return result
        except BaseException as exc:
            hide(exc, pending)
            raise
    return wrapper
`;
const WRAPPER_FILE = '<pygil functools>';

const lruWrapperType = makeBuiltinType('_lru_cache_wrapper', functionType, 'other');
lruWrapperType.module = MODULE;
lruWrapperType.cName = 'functools._lru_cache_wrapper';

/** Separates positional from keyword arguments in a cache key (CPython's kwd_mark). */
const KWD_MARK = new PyObject(objectType);

/** What lookup() returns on a miss, by how the function is to be called (see WRAPPER_SOURCE). */
const MISS = [0, 1, 2, 3].map(() => new PyObject(objectType));
const MISS_ANY = new PyObject(objectType);
markImmortal(KWD_MARK, ...MISS, MISS_ANY);

class LruState {
  readonly cache = new PyDict();
  hits = 0;
  misses = 0;
  /** Keys of the calls in progress, innermost last (recursion nests them). */
  private readonly pending: unknown[] = [];
  constructor(readonly maxsize: number | null, readonly typed: boolean) {}

  key(args: unknown[], kwds: PyDict): unknown {
    // As CPython: a lone int or str argument is its own key (no tuple to build or hash).
    if (args.length === 1 && kwds.size === 0 && !this.typed) {
      const a = args[0];
      if (typeof a === 'string' || typeof a === 'number' || typeof a === 'bigint') return a;
    }
    const parts = args.slice();
    if (kwds.size > 0) {
      parts.push(KWD_MARK);
      for (const [k, v] of kwds.entries()) parts.push(k, v);
    }
    if (this.typed) {
      for (const a of args) parts.push(typeOf(a));
      for (const v of kwds.map.values()) parts.push(typeOf(v));
    }
    return new PyTuple(parts);
  }

  lookup(args: PyTuple, kwds: PyDict): unknown {
    const items = args.items;
    const key = this.key(items, kwds);
    if (this.maxsize !== 0) {
      const hit = this.cache.get(key);
      if (hit !== undefined) {
        this.hits++;
        if (this.maxsize !== null) {
          // Most recently used goes to the end.
          this.cache.delete(key);
          this.cache.set(key, hit);
        }
        return hit;
      }
    }
    this.misses++;
    this.pending.push(key);
    return kwds.size === 0 && items.length <= 3 ? MISS[items.length] : MISS_ANY;
  }

  store(result: unknown): void {
    const key = this.pending.pop();
    if (this.maxsize === 0) return;
    // A recursive call may have stored this key meanwhile; keep the first result.
    if (this.cache.has(key)) return;
    this.cache.set(key, result);
    if (this.maxsize !== null && this.cache.size > this.maxsize) this.cache.delete(this.cache.keys().next().value);
  }

  /** The call in progress raised: forget its key. */
  abandon(): void {
    this.pending.pop();
  }

  clear(): void {
    this.cache.clear();
    this.hits = 0;
    this.misses = 0;
  }
}

const lruStates = new WeakMap<PyFunction, LruState>();
registerSideTable(lruStates, (st, c) => c.ref(st) as LruState);

/** Drops the wrapper's own frames from a traceback: CPython's C wrapper shows none. */
function hideWrapperFrames(e: unknown): void {
  if (e instanceof PyBaseException) e.tb = e.tb.filter((entry) => entry.code.filename !== WRAPPER_FILE);
}

const makers = new WeakMap<Process, unknown>();

function makeLruWrapper(fn: unknown, maxsize: number | null, typed: boolean): PyFunction {
  if (!isCallable(fn)) throw typeError('the first argument must be callable');
  const proc = current;
  let maker = makers.get(proc);
  if (maker === undefined) {
    maker = runPythonSource(proc, WRAPPER_FILE, WRAPPER_SOURCE).get('make_wrapper');
    makers.set(proc, maker);
  }
  const st = new LruState(maxsize, typed);
  // The helpers carry the state as their bound `self` (not in a JS closure),
  // so that os.fork() copies it along with the wrapper.
  const helper = (name: string, f: (a: unknown[]) => unknown) => new PyBuiltin(name, f, false, st);
  const w = ops.call(maker, [
    fn,
    helper('lookup', (a) => (a[0] as LruState).lookup(a[1] as PyTuple, a[2] as PyDict)),
    helper('store', (a) => {
      (a[0] as LruState).store(a[1]);
      return null;
    }),
    helper('hide', (a) => {
      hideWrapperFrames(a[1]);
      if (a[2] === true) (a[0] as LruState).abandon();
      return null;
    }),
    ...MISS,
    MISS_ANY,
    BaseExceptionType,
  ]) as PyFunction;
  w.cls = lruWrapperType;
  lruStates.set(w, st);
  updateWrapper([w, fn], null);
  return w;
}

let cacheInfoType: PyType | null = null;

function lru(v: unknown): LruState {
  const st = v instanceof PyFunction ? lruStates.get(v) : undefined;
  if (st === undefined) {
    throw typeError(`descriptor requires a 'functools._lru_cache_wrapper' object but received a '${ops.typeName(v)}'`);
  }
  return st;
}

method(lruWrapperType, 'cache_info', (a) => {
  const st = lru(a[0]);
  if (cacheInfoType === null) {
    cacheInfoType = makeNamedTuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'], { module: MODULE });
  }
  return new PyTuple([st.hits, st.misses, st.maxsize, st.cache.size], cacheInfoType);
});
method(lruWrapperType, 'cache_clear', (a) => {
  lru(a[0]).clear();
  return null;
});
method(lruWrapperType, 'cache_parameters', (a) => {
  const st = lru(a[0]);
  const d = new PyDict();
  d.set('maxsize', st.maxsize);
  d.set('typed', st.typed);
  return d;
});
method(lruWrapperType, '__repr__', (a) => `<functools._lru_cache_wrapper object at 0x${objectId(a[0] as object).toString(16)}>`);
method(lruWrapperType, '__copy__', (a) => a[0]);
method(lruWrapperType, '__deepcopy__', (a) => a[0]);

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
keyWrapperType.cName = 'functools.KeyWrapper';

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

registerModule('functools', (proc, ns) => {
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
  hiddenFiles.add(FUNCTOOLS_FILE);
  // The Python part is run when one of its names is first read (runtime/lazy-attrs.ts).
  defineLazy(ns, ['singledispatch', 'singledispatchmethod', 'partialmethod'], (into) => {
    const inner = runPythonSource(current, FUNCTOOLS_FILE, FUNCTOOLS_SOURCE, { __name__: MODULE, update_wrapper: uw, partial: partialType });
    for (const name of ['singledispatch', 'singledispatchmethod', 'partialmethod']) into.set(name, inner.get(name));
  });
});
