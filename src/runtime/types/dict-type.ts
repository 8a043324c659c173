// dict: constructor, special methods and methods.
//
// Storage and key normalisation are in dict.ts; the views (keys(), values(),
// items()) in dict-views.ts. d[k] on a subclass falls back to the class's
// __missing__, which is how defaultdict and Counter get their behaviour.
// Results of copy() and `|` are plain dicts even for subclasses, as in CPython.

import { PyType, PyObject } from '../object.js';
import { constructor, classMethod } from '../define.js';
import { PyDict, dictType } from '../dict.js';
import { PyList, PyTuple } from '../tuple.js';
import {
  repr, reprGuard, allocInstance, callDescr, getIter, iterNext, getItem, setItem, eqObjects, toArray, callMethod, call,
  getAttrMaybe,
} from '../ops.js';
import { typeError, valueError, keyError, PyBaseException, excMatches, TypeError } from '../exceptions.js';
import { NotImplemented } from '../singletons.js';
import { posArgs } from './native-args.js';
import { typedMethod, check, type ArgCheck } from './tuple-type.js';
import { PyDictView, dictIter, DictReverseIter } from './dict-views.js';
import type { Kwargs } from '../function.js';

const isDict = (v: unknown): v is PyDict => v instanceof PyDict;
const def = (name: string, chk: ArgCheck | null, fn: (d: PyDict, args: unknown[], kw: Kwargs) => unknown) =>
  typedMethod(dictType, isDict, name, chk, fn);

// ---------------------------------------------------------------- merging (constructor, update, |=)

/**
 * dict_update_arg: a dict or anything with keys() is merged as a mapping,
 * anything else must be an iterable of key/value pairs.
 */
export function updateFrom(d: PyDict, arg: unknown): void {
  if (arg instanceof PyDict && arg.cls === dictType) {
    arg.copyInto(d);
    return;
  }
  if (getAttrMaybe(arg, 'keys') !== undefined) mergeMapping(d, arg);
  else mergePairs(d, arg);
}

/** PyDict_Merge for a mapping: keys() first, then one lookup per key. */
function mergeMapping(d: PyDict, m: unknown): void {
  // A dict subclass that keeps dict's iteration is read directly, as CPython does.
  if (m instanceof PyDict && m.cls.lookup('__iter__') === dictType.ns.get('__iter__')) {
    for (const [k, v] of Array.from(m.entries())) d.set(k, v);
    return;
  }
  const keys = toArray(callMethod(m, 'keys', []));
  for (const k of keys) d.set(k, getItem(m, k));
}

/** PyDict_MergeFromSeq2: every element must be a sequence of exactly two items. */
function mergePairs(d: PyDict, seq: unknown): void {
  const it = getIter(seq);
  let i = 0;
  for (let item = iterNext(it); item !== undefined; item = iterNext(it), i++) {
    let kv: unknown[];
    if (item instanceof PyTuple || item instanceof PyList) kv = item.items;
    else {
      try {
        kv = toArray(item);
      } catch (e) {
        if (e instanceof PyBaseException && excMatches(e, TypeError)) {
          throw typeError(`cannot convert dictionary update sequence element #${i} to a sequence`);
        }
        throw e;
      }
    }
    if (kv.length !== 2) {
      throw valueError(`dictionary update sequence element #${i} has length ${kv.length}; 2 is required`);
    }
    d.set(kv[0], kv[1]);
  }
}

/** dict(...) / d.update(...): at most one positional argument, then the keywords. */
function updateCommon(d: PyDict, args: unknown[], kw: Kwargs, name: string): void {
  if (args.length > 2) throw typeError(`${name} expected at most 1 argument, got ${args.length - 1}`);
  if (args.length === 2) updateFrom(d, args[1]);
  if (kw !== null) for (const [k, v] of kw) d.set(k, v);
}

// ---------------------------------------------------------------- construction and repr

constructor(dictType, (args) => {
  const cls = args[0] as PyType;
  return cls === dictType ? new PyDict() : allocInstance(cls);
});

def('__init__', null, (d, args, kw) => {
  updateCommon(d, args, kw, 'dict');
  return null;
});

def('__repr__', check.wrapper('__repr__', 0), (d) => {
  if (d.size === 0) return '{}';
  return reprGuard(d, '{...}', () => {
    const parts: string[] = [];
    for (const [k, v] of Array.from(d.entries())) parts.push(repr(k) + ': ' + repr(v));
    return '{' + parts.join(', ') + '}';
  });
});

// ---------------------------------------------------------------- mapping protocol

def('__len__', check.wrapper('__len__', 0), (d) => d.size);

def('__getitem__', check.one('dict.__getitem__'), (d, args) => {
  const k = args[1];
  const v = d.get(k);
  if (v !== undefined) return v;
  if (d.cls !== dictType) {
    const missing = d.cls.lookup('__missing__');
    if (missing !== undefined && missing !== null) return callDescr(missing, d, [k]);
  }
  throw keyError(k);
});

def('__setitem__', check.quirk('__setitem__', 2), (d, args) => {
  d.set(args[1], args[2]);
  return null;
});

def('__delitem__', check.wrapper('__delitem__', 1), (d, args) => {
  if (!d.delete(args[1])) throw keyError(args[1]);
  return null;
});

def('__contains__', check.one('dict.__contains__'), (d, args) => d.has(args[1]));
def('__iter__', check.wrapper('__iter__', 0), (d) => dictIter(d, 0));
def('__reversed__', check.none('dict.__reversed__'), (d) => new DictReverseIter(d, 0));

dictType.ns.set('__hash__', null);

// ---------------------------------------------------------------- comparison and |

/** dict_equal: same size, and every key of `a` maps to an equal value in `b`. */
export function dictsEqual(a: PyDict, b: PyDict): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of Array.from(a.entries())) {
    const w = b.get(k);
    if (w === undefined) return false;
    if (v !== w && !eqObjects(v, w)) return false;
  }
  return true;
}

def('__eq__', check.wrapper('__eq__', 1), (a, args) => {
  const b = args[1];
  if (!(b instanceof PyDict)) return NotImplemented;
  return dictsEqual(a, b);
});
def('__ne__', check.wrapper('__ne__', 1), (a, args) => {
  const b = args[1];
  if (!(b instanceof PyDict)) return NotImplemented;
  return !dictsEqual(a, b);
});

/** a | b for two dicts: a plain-dict copy of `a` updated from `b`. */
function dictOr(a: unknown, b: unknown): unknown {
  if (!(a instanceof PyDict) || !(b instanceof PyDict)) return NotImplemented;
  const d = new PyDict();
  a.copyInto(d);
  updateFrom(d, b);
  return d;
}
def('__or__', check.wrapper('__or__', 1), (d, args) => dictOr(d, args[1]));
def('__ror__', check.wrapper('__ror__', 1), (d, args) => dictOr(args[1], d));
def('__ior__', check.wrapper('__ior__', 1), (d, args) => {
  updateFrom(d, args[1]);
  return d;
});

// ---------------------------------------------------------------- methods

def('keys', check.none('dict.keys'), (d) => new PyDictView(d, 0));
def('values', check.none('dict.values'), (d) => new PyDictView(d, 1));
def('items', check.none('dict.items'), (d) => new PyDictView(d, 2));

const dictGet = def('get', check.pos('dict.get', 1, 2), (d, args) => {
  const v = d.get(args[1]);
  if (v !== undefined) return v;
  return args.length > 2 ? args[2] : null;
});
// d.get(k) and d.get(k, default) without an argument array (hot in counting loops).
dictGet.fast2 = (d, k) => {
  if (!(d instanceof PyDict)) return dictGet.fn([d, k], null);
  const v = d.get(k);
  return v === undefined ? null : v;
};
dictGet.fast3 = (d, k, dflt) => {
  if (!(d instanceof PyDict)) return dictGet.fn([d, k, dflt], null);
  const v = d.get(k);
  return v === undefined ? dflt : v;
};

def('setdefault', check.pos('dict.setdefault', 1, 2), (d, args) => {
  const v = d.get(args[1]);
  if (v !== undefined) return v;
  const dflt = args.length > 2 ? args[2] : null;
  d.set(args[1], dflt);
  return dflt;
});

def('pop', check.pos('dict.pop', 1, 2), (d, args) => {
  const k = args[1];
  const v = d.get(k);
  if (v !== undefined) {
    d.delete(k);
    return v;
  }
  if (args.length > 2) return args[2];
  throw keyError(k);
});

def('popitem', check.none('dict.popitem'), (d) => {
  if (d.size === 0) throw keyError('popitem(): dictionary is empty');
  // The most recently inserted key: a JS Map only walks forwards, so walk to the end.
  let last: unknown;
  for (const nk of d.map.keys()) last = nk;
  const v = d.map.get(last);
  const k = d.origKey(last);
  d.delete(k);
  return new PyTuple([k, v]);
});

def('update', null, (d, args, kw) => {
  updateCommon(d, args, kw, 'update');
  return null;
});

def('clear', check.none('dict.clear'), (d) => {
  d.clear();
  return null;
});

def('copy', check.none('dict.copy'), (d) => {
  const c = new PyDict();
  d.copyInto(c);
  return c;
});

classMethod(dictType, 'fromkeys', (args, kw) => {
  posArgs('dict.fromkeys', args, kw, 1, 2);
  const cls = args[0];
  const value = args.length > 2 ? args[2] : null;
  const d = call(cls, []);
  const it = getIter(args[1]);
  if (d instanceof PyDict && (d as PyObject).cls === dictType) {
    for (let k = iterNext(it); k !== undefined; k = iterNext(it)) d.set(k, value);
  } else {
    for (let k = iterNext(it); k !== undefined; k = iterNext(it)) setItem(d, k, value);
  }
  return d;
});
