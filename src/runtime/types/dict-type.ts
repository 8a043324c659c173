// dict: constructor, special methods and methods.
//
// Storage and key normalisation are in dict.ts; the views (keys(), values(),
// items()) in dict-views.ts. d[k] on a subclass falls back to the class's
// __missing__, which is how defaultdict and Counter get their behaviour.
// Results of copy() and `|` are plain dicts even for subclasses, as in CPython.

import { PyType, PyObject } from '../object.js';
import { method, constructor, classMethod } from '../define.js';
import { PyDict, dictType } from '../dict.js';
import { PyList, PyTuple } from '../tuple.js';
import {
  repr, reprGuard, allocInstance, callDescr, getIter, iterNext, getItem, setItem, eqObjects, toArray, callMethod, call,
  getAttrMaybe,
} from '../ops.js';
import { typeError, valueError, keyError, PyBaseException, excMatches, TypeError } from '../exceptions.js';
import { NotImplemented } from '../singletons.js';
import { oneArg, noArgs, posArgs, wrapperArgs, badSelf } from './native-args.js';
import { PyDictView, dictIter, DictReverseIter } from './dict-views.js';
import type { Kwargs } from '../function.js';

function selfDict(name: string, args: unknown[]): PyDict {
  const d = args[0];
  if (!(d instanceof PyDict)) throw badSelf('dict', name, d);
  return d;
}

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

method(dictType, '__init__', (args, kw) => {
  updateCommon(selfDict('__init__', args), args, kw, 'dict');
  return null;
});

method(dictType, '__repr__', (args) => {
  const d = selfDict('__repr__', args);
  if (d.size === 0) return '{}';
  return reprGuard(d, '{...}', () => {
    const parts: string[] = [];
    for (const [k, v] of Array.from(d.entries())) parts.push(repr(k) + ': ' + repr(v));
    return '{' + parts.join(', ') + '}';
  });
});

// ---------------------------------------------------------------- mapping protocol

method(dictType, '__len__', (args) => selfDict('__len__', args).size);

method(dictType, '__getitem__', (args, kw) => {
  wrapperArgs('__getitem__', args, kw, 1);
  const d = selfDict('__getitem__', args);
  const k = args[1];
  const v = d.get(k);
  if (v !== undefined) return v;
  if (d.cls !== dictType) {
    const missing = d.cls.lookup('__missing__');
    if (missing !== undefined && missing !== null) return callDescr(missing, d, [k]);
  }
  throw keyError(k);
});

method(dictType, '__setitem__', (args, kw) => {
  wrapperArgs('__setitem__', args, kw, 2);
  selfDict('__setitem__', args).set(args[1], args[2]);
  return null;
});

method(dictType, '__delitem__', (args, kw) => {
  wrapperArgs('__delitem__', args, kw, 1);
  if (!selfDict('__delitem__', args).delete(args[1])) throw keyError(args[1]);
  return null;
});

method(dictType, '__contains__', (args, kw) => {
  const k = oneArg('dict.__contains__', args, kw);
  return selfDict('__contains__', args).has(k);
});

method(dictType, '__iter__', (args) => dictIter(selfDict('__iter__', args), 0));
method(dictType, '__reversed__', (args, kw) => {
  noArgs('dict.__reversed__', args, kw);
  return new DictReverseIter(selfDict('__reversed__', args), 0);
});

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

method(dictType, '__eq__', (args, kw) => {
  wrapperArgs('__eq__', args, kw, 1);
  const a = selfDict('__eq__', args), b = args[1];
  if (!(b instanceof PyDict)) return NotImplemented;
  return dictsEqual(a, b);
});
method(dictType, '__ne__', (args, kw) => {
  wrapperArgs('__ne__', args, kw, 1);
  const a = selfDict('__ne__', args), b = args[1];
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
method(dictType, '__or__', (args, kw) => {
  wrapperArgs('__or__', args, kw, 1);
  return dictOr(selfDict('__or__', args), args[1]);
});
method(dictType, '__ror__', (args, kw) => {
  wrapperArgs('__ror__', args, kw, 1);
  return dictOr(args[1], selfDict('__ror__', args));
});
method(dictType, '__ior__', (args, kw) => {
  wrapperArgs('__ior__', args, kw, 1);
  const d = selfDict('__ior__', args);
  updateFrom(d, args[1]);
  return d;
});

// ---------------------------------------------------------------- methods

method(dictType, 'keys', (args, kw) => {
  noArgs('dict.keys', args, kw);
  return new PyDictView(selfDict('keys', args), 0);
});
method(dictType, 'values', (args, kw) => {
  noArgs('dict.values', args, kw);
  return new PyDictView(selfDict('values', args), 1);
});
method(dictType, 'items', (args, kw) => {
  noArgs('dict.items', args, kw);
  return new PyDictView(selfDict('items', args), 2);
});

method(dictType, 'get', (args, kw) => {
  posArgs('dict.get', args, kw, 1, 2);
  const v = selfDict('get', args).get(args[1]);
  if (v !== undefined) return v;
  return args.length > 2 ? args[2] : null;
});

method(dictType, 'setdefault', (args, kw) => {
  posArgs('dict.setdefault', args, kw, 1, 2);
  const d = selfDict('setdefault', args);
  const v = d.get(args[1]);
  if (v !== undefined) return v;
  const dflt = args.length > 2 ? args[2] : null;
  d.set(args[1], dflt);
  return dflt;
});

method(dictType, 'pop', (args, kw) => {
  posArgs('dict.pop', args, kw, 1, 2);
  const d = selfDict('pop', args);
  const k = args[1];
  const v = d.get(k);
  if (v !== undefined) {
    d.delete(k);
    return v;
  }
  if (args.length > 2) return args[2];
  throw keyError(k);
});

method(dictType, 'popitem', (args, kw) => {
  noArgs('dict.popitem', args, kw);
  const d = selfDict('popitem', args);
  if (d.size === 0) throw keyError('popitem(): dictionary is empty');
  // The most recently inserted key: a JS Map only walks forwards, so walk to the end.
  let last: unknown;
  for (const nk of d.map.keys()) last = nk;
  const v = d.map.get(last);
  const k = d.origKey(last);
  d.delete(k);
  return new PyTuple([k, v]);
});

method(dictType, 'update', (args, kw) => {
  updateCommon(selfDict('update', args), args, kw, 'update');
  return null;
});

method(dictType, 'clear', (args, kw) => {
  noArgs('dict.clear', args, kw);
  selfDict('clear', args).clear();
  return null;
});

method(dictType, 'copy', (args, kw) => {
  noArgs('dict.copy', args, kw);
  const d = new PyDict();
  selfDict('copy', args).copyInto(d);
  return d;
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
