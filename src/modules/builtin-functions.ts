// The builtin free functions (len, isinstance, sorted, min, locals, input, …)
// and the lazy iterator classes (enumerate, zip, map, filter, reversed).
//
// Design notes:
// - The functions that look at "the caller" (globals, locals, vars, dir with
//   no argument) read `current.thread.frame`: builtins push no frame, so the
//   innermost frame is the Python code that made the call.
// - locals() in a function returns one dict per frame, refreshed on every
//   call, as CPython 3.11 does (so `locals() is locals()` holds there too).
// - sorted() is list.sort() on a new list (same keywords, errors and
//   algorithm); min/max compare with arith's `compare`, which knows
//   int/float/str/tuple/list directly before falling back to rich comparison.

import { PyDict, hashOf } from '../runtime/dict.js';
import { func, argCount, noKw } from '../runtime/define.js';
import { PyObject, PyType, PyFloat, typeOf, typeType, strType } from '../runtime/object.js';
import {
  PyBaseException, typeError, valueError, overflowError, pyErr, newException, excMatches,
  AttributeError, StopIteration, EOFError, PermissionError,
} from '../runtime/exceptions.js';
import { PyTuple, PyList, listType } from '../runtime/tuple.js';
import { sortItems, reverseArg } from '../runtime/types/list-type.js';
import { PyFunction, PyBuiltin, PyBoundMethod, PyStaticMethod, PyCell, PyModule, Kwargs, RESUMES_NEXT } from '../runtime/function.js';
import { PyIter } from '../runtime/iter.js';
import { PyBytes } from '../runtime/bytes.js';
import { arith, compare } from '../runtime/arith.js';
import * as I from '../runtime/int-math.js';
import * as ops from '../runtime/ops.js';
import { format, ascii } from '../runtime/format-value.js';
import { builtinIteratorClasses, PyCallableIter } from '../runtime/builtin-iterators.js';
import type { Frame } from '../vm/frame.js';
import { current, type Process } from '../vm/process.js';
import { numericBuiltins } from './builtins-numeric.js';
import { drainable, callOnDrained, anyAllInFrames, keysInFrames, nextViaHelper } from '../vm/drain-in-frames.js';
import { lenFrame, reprFrame, formatFrame, framable, nextCallFrame } from '../vm/special-frames.js';
import { BLOCK, type Interpreter } from '../vm/interpreter.js';
import { loadAllLazy } from '../runtime/lazy-attrs.js';
import { aiter, anext } from '../vm/async-ops.js';

export function builtinFunctions(b: PyDict, proc: Process): void {
  for (const t of builtinIteratorClasses) b.set(t.name, t);
  objectFunctions(b);
  typeFunctions(b);
  attributeFunctions(b);
  iterationFunctions(b);
  reductionFunctions(b);
  characterFunctions(b);
  namespaceFunctions(b);
  ioFunctions(b);
  numericBuiltins(b);
  // The process is read through `current` at call time instead: after a
  // fork the running process is not the one these builtins were made for.
  void proc;
}

// ---------------------------------------------------------------- small helpers

/** A builtin taking exactly/at least `min` and at most `max` positional args and no keywords. */
function simple(b: PyDict, name: string, min: number, max: number, fn: (args: unknown[]) => unknown): PyBuiltin {
  return func(b, name, (args, kw) => {
    // Only the failing cases pay for building a message (len() is hot).
    if (kw !== null) noKw(name, kw);
    if (args.length < min || args.length > max) argCount(name, args, min, max);
    return fn(args);
  });
}

function isAttributeError(e: unknown): boolean {
  return e instanceof PyBaseException && excMatches(e, AttributeError);
}

function attrName(v: unknown): string {
  if (typeof v !== 'string') throw typeError(`attribute name must be string, not '${ops.typeName(v)}'`);
  return v;
}

function badKeyword(k: string, fname: string): PyBaseException {
  return typeError(`'${k}' is an invalid keyword argument for ${fname}()`);
}

/** `a <op> b` as a JS boolean, with the number and str cases inline. */
function cmp(a: unknown, b: unknown, op: number): boolean {
  if (typeof a === 'number' && typeof b === 'number') {
    return op === ops.CMP_LT ? a < b : a > b;
  }
  if (typeof a === 'string' && typeof b === 'string') {
    return op === ops.CMP_LT ? a < b : a > b;
  }
  const r = compare(a, b, op);
  return typeof r === 'boolean' ? r : ops.truthy(r);
}

// ---------------------------------------------------------------- len, repr, hash …

function objectFunctions(b: PyDict): void {
  // An object of a Python class: its __len__ / __repr__ runs as a frame when
  // the call comes straight from a CALL, so it may block (special-frames.ts);
  // len's one-argument entry leaves those to the general one (BLOCK).
  simple(b, 'len', 1, 1, (a) => inFrame(lenFrame, a[0]) ?? ops.len(a[0])).fast1 =
    (x) => x instanceof PyObject && !x.cls.builtin ? BLOCK : ops.len(x);
  simple(b, 'repr', 1, 1, (a) => inFrame(reprFrame, a[0]) ?? ops.repr(a[0]));
  simple(b, 'ascii', 1, 1, (a) => ascii(a[0]));
  simple(b, 'hash', 1, 1, (a) => hashOf(a[0]));
  simple(b, 'callable', 1, 1, (a) => isCallable(a[0]));
  simple(b, 'format', 1, 2, (a) => {
    const spec = a.length > 1 ? a[1] : '';
    if (typeof spec !== 'string') throw typeError(`format() argument 2 must be str, not ${ops.typeName(spec)}`);
    return inFrame((interp, x) => formatFrame(interp, x, 0, spec), a[0]) ?? format(a[0], spec);
  });
}

/**
 * BLOCK after asking for `make`'s frame for `x` when the builtin was called
 * directly by a CALL (whose result the frame's becomes), else undefined.
 */
function inFrame(make: (interp: Interpreter, x: unknown) => Frame | null, x: unknown): typeof BLOCK | undefined {
  const interp = current.interp;
  if (!interp.blockable || !(x instanceof PyObject) || x.cls.builtin) return undefined;
  const nf = make(interp, x);
  if (nf === null) return undefined;
  interp.pushFrame = nf;
  return BLOCK;
}

export function isCallable(v: unknown): boolean {
  if (v instanceof PyFunction || v instanceof PyBuiltin || v instanceof PyBoundMethod || v instanceof PyType) return true;
  if (v instanceof PyStaticMethod) return true; // staticmethod objects are callable since 3.10
  const c = typeOf(v).lookup('__call__');
  return c !== undefined && c !== null;
}

// ---------------------------------------------------------------- isinstance, issubclass

function typeFunctions(b: PyDict): void {
  simple(b, 'isinstance', 2, 2, (a) => isInstance(a[0], a[1])).fast2 = isInstance;
  simple(b, 'issubclass', 2, 2, (a) => {
    const c = a[0];
    if (!(c instanceof PyType)) throw typeError('issubclass() arg 1 must be a class');
    return isSubclassOf(c, a[1]);
  });
}

/** A metaclass's own __instancecheck__ or __subclasscheck__ (defined in Python) for class `spec`, if any. */
function metaHook(spec: PyType, name: string): unknown {
  if (spec.cls === typeType) return undefined;
  const h = spec.cls.lookup(name);
  return h instanceof PyFunction ? h : undefined;
}

function isInstance(x: unknown, spec: unknown): boolean {
  if (spec instanceof PyType) {
    const t = typeOf(x);
    if (t === spec) return true;
    const hook = metaHook(spec, '__instancecheck__');
    if (hook !== undefined) return ops.truthy(ops.callDescr(hook, spec, [x]));
    return t.isSubtypeOf(spec);
  }
  const hook = instanceHook(spec, '__instancecheck__');
  if (hook !== undefined) return ops.truthy(ops.callDescr(hook, spec, [x]));
  const items = spec instanceof PyTuple ? spec.items : unionArgs(spec);
  if (items === undefined) throw typeError('isinstance() arg 2 must be a type, a tuple of types, or a union');
  for (const s of items) if (isInstance(x, s)) return true;
  return false;
}

/** The __instancecheck__ / __subclasscheck__ of a second argument that is neither a class nor a tuple (a `list[int]`). */
function instanceHook(spec: unknown, name: string): unknown {
  if (!(spec instanceof PyObject) || spec instanceof PyTuple) return undefined;
  return typeOf(spec).lookup(name);
}

/** `types.UnionType` (int | str), when some module provides it: its `__args__`. */
function unionArgs(spec: unknown): unknown[] | undefined {
  if (!(spec instanceof PyObject) || typeOf(spec).name !== 'UnionType') return undefined;
  const args = ops.getAttrMaybe(spec, '__args__');
  return args instanceof PyTuple ? args.items : undefined;
}

function isSubclassOf(c: PyType, spec: unknown): boolean {
  if (spec instanceof PyType) {
    const hook = metaHook(spec, '__subclasscheck__');
    if (hook !== undefined) return ops.truthy(ops.callDescr(hook, spec, [c]));
    return c.isSubtypeOf(spec);
  }
  const hook = instanceHook(spec, '__subclasscheck__');
  if (hook !== undefined) return ops.truthy(ops.callDescr(hook, spec, [c]));
  const items = spec instanceof PyTuple ? spec.items : unionArgs(spec);
  if (items === undefined) throw typeError('issubclass() arg 2 must be a class, a tuple of classes, or a union');
  for (const s of items) if (isSubclassOf(c, s)) return true;
  return false;
}

// ---------------------------------------------------------------- attributes

function attributeFunctions(b: PyDict): void {
  simple(b, 'hasattr', 2, 2, (a) => {
    const name = attrName(a[1]);
    try {
      ops.getAttr(a[0], name);
      return true;
    } catch (e) {
      if (isAttributeError(e)) return false;
      throw e;
    }
  });
  simple(b, 'getattr', 2, 3, (a) => {
    const name = attrName(a[1]);
    if (a.length === 2) return ops.getAttr(a[0], name);
    try {
      return ops.getAttr(a[0], name);
    } catch (e) {
      if (isAttributeError(e)) return a[2];
      throw e;
    }
  });
  simple(b, 'setattr', 3, 3, (a) => {
    ops.setAttr(a[0], attrName(a[1]), a[2]);
    return null;
  });
  simple(b, 'delattr', 2, 2, (a) => {
    ops.delAttr(a[0], attrName(a[1]));
    return null;
  });
}

// ---------------------------------------------------------------- iter, next, sorted

function iterationFunctions(b: PyDict): void {
  const listSort = listType.lookup('sort');
  simple(b, 'iter', 1, 2, (a) => {
    if (a.length === 1) return ops.getIter(a[0]);
    if (!isCallable(a[0])) throw typeError('iter(v, w): v must be callable');
    return new PyCallableIter(a[0], a[1]);
  });
  // next(it) of an iterator with a Python __next__: a frame, so it may block
  // (its StopIteration propagates unchanged, as from a nested call).
  simple(b, 'next', 1, 2, (a) => (a.length === 1 ? inFrame(nextCallFrame, a[0]) : undefined) ??
    (a[0] instanceof PyIter ? nextViaHelper(a[0], a[1]) : undefined) ??
    nextItem(a[0], a.length > 1 ? a[1] : undefined)).resumes = RESUMES_NEXT;
  func(b, 'aiter', (args, kw) => {
    noKw('aiter', kw);
    if (args.length !== 1) throw typeError(`aiter() takes exactly one argument (${args.length} given)`);
    return aiter(args[0]);
  });
  simple(b, 'anext', 1, 2, (a) => anext(a[0], a[1]));
  const sortedB = func(b, 'sorted', (args, kw) => {
    if (args.length !== 1) throw typeError(`sorted expected 1 argument, got ${args.length}`);
    if (drainable(args[0])) return callOnDrained(sortedB, args[0], [], [], kw);
    const list = new PyList(ops.toArray(args[0]));
    const key = kw === null ? undefined : kw.get('key');
    if (framable(key) && current.interp.blockable) {
      // A Python key function: its calls are frames (drain-in-frames.ts keysInFrames).
      let reverse = false;
      for (const [k, v] of kw!) {
        if (k === 'reverse') reverse = reverseArg(v);
        else if (k !== 'key') throw typeError(`'${k}' is an invalid keyword argument for sort()`);
      }
      return keysInFrames(list.items, key, (keys) => {
        list.items = sortItems(list.items, null, reverse, keys);
        return list;
      });
    }
    // sorted() is list.sort() on a fresh list: same keywords, same errors.
    ops.callDescr(listSort, list, [], kw);
    return list;
  });
}

/** next(it[, default]): a user __next__'s own StopIteration propagates unchanged. */
function nextItem(it: unknown, dflt: unknown): unknown {
  if (it instanceof PyIter) {
    const v = it.next();
    if (v !== undefined) return v;
    if (dflt !== undefined) return dflt;
    throw newException(StopIteration, []);
  }
  const f = typeOf(it).lookup('__next__');
  if (f === undefined || f === null) throw typeError(`'${ops.typeName(it)}' object is not an iterator`);
  if (dflt === undefined) return ops.callDescr(f, it, []);
  try {
    return ops.callDescr(f, it, []);
  } catch (e) {
    if (e instanceof PyBaseException && excMatches(e, StopIteration)) return dflt;
    throw e;
  }
}

// str.join(gen) drains a generator in frames too, as sorted and sum do, so
// its body may block: ', '.join(str(f.result()) for f in futures).
{
  const join = strType.ns.get('join') as PyBuiltin;
  const joinAll = join.fn;
  join.fn = (args, kw) => args.length === 2 && kw === null && drainable(args[1])
    ? callOnDrained(join, args[1], [args[0]], [], null) : joinAll(args, kw);
}

// list.sort(key=f) with a Python key function makes its keys in frames too,
// as sorted() does (accounts.sort(key=lambda a: a.balance) may wait on the
// property's lock). As in CPython the list looks empty meanwhile, a key
// function that raises leaves it as it was, and a change made to it meanwhile
// is dropped and reported.
{
  const sort = listType.ns.get('sort') as PyBuiltin;
  const sortAll = sort.fn;
  sort.fn = (args, kw) => {
    const key = kw === null ? undefined : kw.get('key');
    if (args.length !== 1 || !(args[0] instanceof PyList) || !framable(key) || !current.interp.blockable) return sortAll(args, kw);
    const l = args[0];
    let reverse = false;
    for (const [k, v] of kw!) {
      if (k === 'reverse') reverse = reverseArg(v);
      else if (k !== 'key') throw typeError(`'${k}' is an invalid keyword argument for sort()`);
    }
    const saved = l.items;
    const during: unknown[] = [];
    l.items = during;
    return keysInFrames(saved, key, (keys) => {
      let result = saved;
      let modified = false;
      try {
        result = sortItems(saved, null, reverse, keys);
      } finally {
        // (A comparison that raises leaves the items partly sorted, as in CPython.)
        modified = l.items !== during || during.length > 0;
        l.items = result;
      }
      if (modified) throw valueError('list modified during sort');
      return null;
    }, () => {
      l.items = saved;
    });
  };
}

// ---------------------------------------------------------------- sum, min, max, any, all

function reductionFunctions(b: PyDict): void {
  const sumB = func(b, 'sum', (args, kw) => {
    const nkw = kw === null ? 0 : kw.size;
    if (args.length === 0) throw typeError('sum() takes at least 1 positional argument (0 given)');
    if (args.length + nkw > 2) throw typeError(`sum() takes at most 2 arguments (${args.length + nkw} given)`);
    if (drainable(args[0])) return callOnDrained(sumB, args[0], [], args.slice(1), kw);
    let start: unknown = args.length > 1 ? args[1] : 0;
    if (kw !== null) {
      for (const [k, v] of kw) {
        if (k !== 'start') throw badKeyword(k, 'sum');
        start = v;
      }
    }
    return sum(args[0], start);
  });
  // One generator argument: drained in frames first (drain-in-frames.ts).
  const maxB = func(b, 'max', (args, kw) => args.length === 1 && drainable(args[0])
    ? callOnDrained(maxB, args[0], [], [], kw) : minMax('max', args, kw, ops.CMP_GT));
  const minB = func(b, 'min', (args, kw) => args.length === 1 && drainable(args[0])
    ? callOnDrained(minB, args[0], [], [], kw) : minMax('min', args, kw, ops.CMP_LT));
  simple(b, 'any', 1, 1, (a) => {
    if (drainable(a[0])) return anyAllInFrames('any_', a[0]);
    const it = ops.getIter(a[0]);
    for (let x = ops.iterNext(it); x !== undefined; x = ops.iterNext(it)) if (ops.truthy(x)) return true;
    return false;
  });
  simple(b, 'all', 1, 1, (a) => {
    if (drainable(a[0])) return anyAllInFrames('all_', a[0]);
    const it = ops.getIter(a[0]);
    for (let x = ops.iterNext(it); x !== undefined; x = ops.iterNext(it)) if (!ops.truthy(x)) return false;
    return true;
  });
}

/**
 * sum() with CPython 3.11's fast paths: exact ints are added without
 * boxing, floats are accumulated as a plain double (3.11 does not compensate
 * rounding; 3.12 does), anything else goes through `+`.
 */
function sum(iterable: unknown, start: unknown): unknown {
  if (typeof start === 'string') throw typeError("sum() can't sum strings [use ''.join(seq) instead]");
  if (start instanceof PyBytes) throw typeError("sum() can't sum bytes [use b''.join(seq) instead]");
  if (start instanceof PyObject && start.cls.name === 'bytearray') {
    throw typeError("sum() can't sum bytearray [use b''.join(seq) instead]");
  }
  const it = ops.getIter(iterable);
  let acc: unknown = start;
  let item: unknown;
  // Exact ints (bools are added as ints, as 3.11 does).
  if (typeof acc === 'number' || typeof acc === 'bigint') {
    let n: I.Int = acc;
    for (;;) {
      item = ops.iterNext(it);
      if (item === undefined) return n;
      if (typeof item === 'number') n = typeof n === 'number' && Number.isSafeInteger(n + item) ? n + item : I.intAdd(n, item);
      else if (typeof item === 'bigint') n = I.intAdd(n, item);
      else if (typeof item === 'boolean') n = I.intAdd(n, item ? 1 : 0);
      else break;
    }
    acc = arith(n, item, ops.NB_ADD);
    item = ops.iterNext(it);
    if (item === undefined) return acc;
  } else {
    item = ops.iterNext(it);
    if (item === undefined) return acc;
  }
  // Floats: a running double until a non-number turns up.
  if (acc instanceof PyFloat && acc.cls.builtin) {
    let f = acc.v;
    for (;;) {
      if (item instanceof PyFloat && item.cls.builtin) f += item.v;
      else if (typeof item === 'number') f += item;
      else if (typeof item === 'boolean') f += item ? 1 : 0;
      else if (typeof item === 'bigint') f += I.intToFloat(item);
      else break;
      item = ops.iterNext(it);
      if (item === undefined) return new PyFloat(f);
    }
    acc = new PyFloat(f);
  }
  for (;;) {
    acc = arith(acc, item, ops.NB_ADD);
    item = ops.iterNext(it);
    if (item === undefined) return acc;
  }
}

/** max/min(iterable, *, key=, default=) or max/min(a, b, *more, key=). */
function minMax(name: string, args: unknown[], kw: Kwargs, op: number): unknown {
  if (args.length === 0) throw typeError(`${name} expected at least 1 argument, got 0`);
  let key: unknown = null;
  let dflt: unknown = undefined;
  if (kw !== null) {
    if (kw.size > 2) throw typeError(`${name}() takes at most 2 keyword arguments (${kw.size} given)`);
    for (const [k, v] of kw) {
      if (k === 'key') key = v;
      else if (k === 'default') dflt = v;
      else throw badKeyword(k, name);
    }
  }
  if (args.length > 1 && dflt !== undefined) {
    throw typeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
  }
  if (framable(key) && current.interp.blockable) {
    // A Python key function: its calls are frames (drain-in-frames.ts keysInFrames).
    const items = args.length === 1 ? ops.toArray(args[0]) : args;
    if (items.length > 0) {
      return keysInFrames(items, key, (keys) => {
        let best = 0;
        for (let j = 1; j < items.length; j++) if (cmp(keys[j], keys[best], op)) best = j;
        return items[best];
      });
    }
  }
  const it = args.length === 1 ? ops.getIter(args[0]) : null;
  let i = 0;
  const nextArg = (): unknown => (it !== null ? ops.iterNext(it) : i < args.length ? args[i++] : undefined);
  let best = nextArg();
  if (best === undefined) {
    if (dflt !== undefined) return dflt;
    throw valueError(`${name}() arg is an empty sequence`);
  }
  let bestKey = key === null ? best : ops.call(key, [best]);
  for (let v = nextArg(); v !== undefined; v = nextArg()) {
    const k = key === null ? v : ops.call(key, [v]);
    if (cmp(k, bestKey, op)) {
      best = v;
      bestKey = k;
    }
  }
  return best;
}

// ---------------------------------------------------------------- chr, ord

function characterFunctions(b: PyDict): void {
  simple(b, 'chr', 1, 1, (a) => {
    const i = ops.toIndex(a[0]);
    if (typeof i === 'bigint' || i > 0x7fffffff || i < -0x80000000) {
      throw overflowError('Python int too large to convert to C int');
    }
    if (i < 0 || i >= 0x110000) throw valueError('chr() arg not in range(0x110000)');
    return String.fromCodePoint(i);
  });
  simple(b, 'ord', 1, 1, (a) => {
    const c = a[0];
    if (typeof c === 'string') {
      const cp = c.codePointAt(0);
      if (cp !== undefined && c.length === (cp > 0xffff ? 2 : 1)) return cp;
      throw typeError(`ord() expected a character, but string of length ${Array.from(c).length} found`);
    }
    if (c instanceof PyBytes) {
      if (c.b.length === 1) return c.b[0];
      throw typeError(`ord() expected a character, but string of length ${c.b.length} found`);
    }
    throw typeError(`ord() expected string of length 1, but ${ops.typeName(c)} found`);
  });
}

// ---------------------------------------------------------------- globals, locals, vars, dir

function callerFrame(): Frame {
  const f = current.thread.frame;
  if (f === null) throw new Error('pygil: builtin called with no Python frame');
  return f;
}

function namespaceFunctions(b: PyDict): void {
  simple(b, 'globals', 0, 0, () => callerFrame().globals);
  simple(b, 'locals', 0, 0, () => frameLocals(callerFrame()));
  simple(b, 'vars', 0, 1, (a) => {
    if (a.length === 0) return frameLocals(callerFrame());
    try {
      return ops.getAttr(a[0], '__dict__');
    } catch (e) {
      if (isAttributeError(e)) throw typeError('vars() argument must have __dict__ attribute');
      throw e;
    }
  });
  simple(b, 'dir', 0, 1, (a) => {
    if (a.length === 0) return new PyList(sortedNames(frameLocals(callerFrame()).keyList()));
    return new PyList(sortedNames(dirNames(a[0])));
  });
}

/** What obj.__dir__() lists (a module lists its namespace, as module.__dir__ does). */
function dirNames(obj: unknown): unknown[] {
  if (obj instanceof PyModule && typeOf(obj).builtin) {
    loadAllLazy(obj.dict as PyDict);
    return (obj.dict as PyDict).keyList();
  }
  const f = typeOf(obj).lookup('__dir__');
  if (f === undefined || f === null) throw typeError(`'${ops.typeName(obj)}' object is not iterable`);
  return ops.toArray(ops.callDescr(f, obj, []));
}

function sortedNames(names: unknown[]): unknown[] {
  return sortItems(names, null, false);
}

// One locals() dict per function frame, kept in step with the frame's slots.
const frameLocalsCache = new WeakMap<Frame, PyDict>();

/** The namespace dict for module/class frames; a refreshed snapshot for function frames. */
export function frameLocals(frame: Frame): PyDict {
  if (frame.locals !== null) return frame.locals;
  let d = frameLocalsCache.get(frame);
  if (d === undefined) {
    d = new PyDict();
    frameLocalsCache.set(frame, d);
  }
  const code = frame.code, regs = frame.regs;
  const nv = code.varnames.length, nc = code.cellvars.length;
  // A parameter that inner functions capture lives in its cell, not its slot.
  const argCell = new Map<number, number>();
  const c2a = code.cell2arg;
  if (c2a !== null) for (let c = 0; c < nc; c++) if (c2a[c] >= 0) argCell.set(c2a[c], c);
  const put = (name: string, v: unknown): void => {
    if (v === undefined) d!.delete(name);
    else d!.set(name, v);
  };
  const cellValue = (slot: number): unknown => {
    const cell = regs[slot];
    return cell instanceof PyCell ? cell.v : undefined;
  };
  for (let i = 0; i < nv; i++) {
    const c = argCell.get(i);
    put(code.varnames[i], c === undefined ? regs[i] : cellValue(nv + c));
  }
  for (let c = 0; c < nc; c++) if (!(c2a !== null && c2a[c] >= 0)) put(code.cellvars[c], cellValue(nv + c));
  for (let f = 0; f < code.freevars.length; f++) put(code.freevars[f], cellValue(nv + nc + f));
  return d;
}

// ---------------------------------------------------------------- input, open

function ioFunctions(b: PyDict): void {
  simple(b, 'input', 0, 1, (a) => {
    const proc = current;
    if (a.length > 0) proc.writeStdout(ops.str(a[0]));
    // The prompt must be visible before the program waits for the line.
    proc.flushStdoutOrRaise(true);
    const line = proc.host.readLine();
    if (line === '') throw pyErr(EOFError, 'EOF when reading a line');
    if (line.endsWith('\r\n')) return line.slice(0, -2);
    return line.endsWith('\n') ? line.slice(0, -1) : line;
  });
  func(b, 'open', (args, kw) => {
    const file = args.length > 0 ? args[0] : kw?.get('file');
    if (file === undefined) throw typeError("open() missing required argument 'file' (pos 1)");
    // pygil programs run without a file system: every open() is refused.
    throw ops.call(PermissionError, [13, 'pygil has no file system access', file]);
  });
}
