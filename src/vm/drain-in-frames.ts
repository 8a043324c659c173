// Builtins that consume a generator — sum(f.result() for f in fs),
// any(q.get() ... ), sorted(gen), ', '.join(gen), list(map(f, xs)) — run the
// generator's Python code (or the map's function, an iterator's __next__) in a
// nested run, where a blocking call (a future's result(), a queue's get(),
// a join) is impossible. Called directly by a CALL with a generator, they
// ask the loop instead to push a frame of a small Python helper, which
// iterates the generator in frames of the thread (so its body may block and
// give up the GIL) and then calls the builtin again on the list it made
// (any and all keep their early exit). The result is the call's result.

import { PyTuple, PyList } from '../runtime/tuple.js';
import { Op } from '../compiler/opcodes.js';
import { PyObject, PyType } from '../runtime/object.js';
import { PyFunction, PyBuiltin } from '../runtime/function.js';
import { PyIter } from '../runtime/iter.js';
import type { PyEnumerate } from '../runtime/builtin-iterators.js';
import { pyDunder } from './special-frames.js';
import { PyDict, PySet, dictType, setType, frozensetType } from '../runtime/dict.js';
import { listType, tupleType } from '../runtime/tuple.js';
import { F_CONT, type Frame } from './frame.js';
import type { Kwargs } from '../runtime/function.js';
import { PyGenerator, GEN_CREATED, GEN_SUSPENDED, generatorType } from './generator.js';
import { current, type Process } from './process.js';
import { BLOCK, unpackError, unpackExInto } from './interpreter.js';
import { NO_RESULT } from './special-frames.js';
import { hiddenFiles } from './traceback.js';
import { runPythonSource } from '../modules/py-source.js';

const FILE = '<pygil drain>';
const SOURCE = `
def call_on_list(fn, gen, before, after, kw):
    return fn(*before, [x for x in gen], *after, **kw)

def enumerate_(e, src, counted):
    for x in src:
        yield counted(e, x)

def zip_(its):
    if not its:
        return
    while True:
        vals = []
        for it in its:
            try:
                vals.append(next(it))
            except StopIteration:
                return
        yield tuple(vals)

def map_(fn, its):
    if len(its) == 1:
        for x in its[0]:
            yield fn(x)
    else:
        for args in zip_(its):
            yield fn(*args)

def filter_(fn, src):
    for x in src:
        if fn is None or fn is bool:
            if x:
                yield x
        elif fn(x):
            yield x

def reduce_(fn, it, acc, has_initial):
    if not has_initial:
        for acc in it:
            break
        else:
            raise TypeError('reduce() of empty iterable with no initial value')
    for x in it:
        acc = fn(acc, x)
    return acc

def take_(it, n):
    out = []
    if n < 0:
        for x in it:
            out.append(x)
    else:
        for x in it:
            out.append(x)
            if len(out) > n:
                break
    return out

def next_(it, has_default, default):
    for x in it:
        return x
    if has_default:
        return default
    raise StopIteration

def keyed(finish, items, key, undo):
    try:
        keys = [key(x) for x in items]
    except BaseException:
        if undo is not None:
            undo()
        raise
    return finish(keys)

def any_(gen):
    for x in gen:
        if x:
            return True
    return False

def all_(gen):
    for x in gen:
        if not x:
            return False
    return True
`;

const helpers = new WeakMap<Process, Map<unknown, unknown>>();

function helper(name: string): PyFunction {
  const p = current;
  let ns = helpers.get(p);
  if (ns === undefined) {
    hiddenFiles.add(FILE);
    const d = runPythonSource(p, FILE, SOURCE);
    ns = new Map([...d.entries()]);
    helpers.set(p, ns);
  }
  return ns.get(name) as PyFunction;
}

/** A plain generator whose body may still run. */
export function liveGenerator(v: unknown): v is PyGenerator {
  return v instanceof PyGenerator && v.cls === generatorType && (v.state === GEN_CREATED || v.state === GEN_SUSPENDED);
}

/**
 * Whether iterating `v` runs Python code of its own: a live generator, a
 * map or filter of a Python function, an object whose class has a Python
 * __iter__ or __next__. A for loop runs that code in frames (special-frames.ts).
 */
export function iteratesPython(v: unknown): boolean {
  if (!(v instanceof PyObject)) return false;
  if (v instanceof PyIter) return v.pyCall || (v.viaHelper && current.sched.threaded);
  if (v.cls.builtin) return liveGenerator(v);
  if (v instanceof PyType) return false;
  return v.cls.lookup('__iter__') instanceof PyFunction || pyDunder(v, '__next__') !== null;
}

/** Such an iterable passed to a builtin function that may block (called directly by a CALL). */
export function drainable(v: unknown): boolean {
  return iteratesPython(v) && current.interp.blockable;
}

/**
 * The containers whose constructor drains a generator in frames when a
 * CALL calls it with one (list(gen), tuple(gen) …): the dispatch loop and
 * jitCall push drainFrame(t, gen) instead of calling the type.
 */
export const DRAINING_TYPES = new Set<unknown>([listType, tupleType, setType, frozensetType, dictType]);

/**
 * Whether `t(v)` (t one of DRAINING_TYPES) drains `v` in frames: dict()
 * only an iterator (an object of a Python class may be a mapping, which
 * dict() reads through keys()).
 */
export function drainsInCall(t: unknown, v: unknown): boolean {
  if (t === dictType) return liveGenerator(v) || (v instanceof PyIter && iteratesPython(v));
  return iteratesPython(v);
}

/** The frame of `t(list(gen))`, the generator iterated in that frame. */
export function drainFrame(t: unknown, gen: unknown): Frame {
  const interp = current.interp;
  const args = [t, gen, new PyTuple([]), new PyTuple([]), new PyDict()];
  return interp.makeFrame(helper('call_on_list'), args, 0, args.length, null, null);
}

function pushHelper(name: string, args: unknown[]): typeof BLOCK {
  const interp = current.interp;
  interp.pushFrame = interp.makeFrame(helper(name), args, 0, args.length, null, null);
  return BLOCK;
}

/**
 * `fn(*before, list(gen), *after, **kw)`, with the generator iterated in
 * frames: the builtin `fn` called again on a list.
 */
export function callOnDrained(fn: unknown, gen: unknown, before: unknown[], after: unknown[], kw: Kwargs): typeof BLOCK {
  const d = new PyDict();
  if (kw !== null) for (const [k, v] of kw) d.set(k, v);
  return pushHelper('call_on_list', [fn, gen, new PyTuple(before), new PyTuple(after), d]);
}

/**
 * A key function's keys for `items` made in frames, each call in turn (so
 * `sorted(accounts, key=lambda a: a.balance)` may block on the
 * property's lock); the builtin's result is then `finish(keys)`.
 */
export function keysInFrames(items: unknown[], key: unknown, finish: (keys: unknown[]) => unknown, undo: (() => void) | null = null): typeof BLOCK {
  const fin = new PyBuiltin('keyed', (a) => finish((a[0] as PyList).items));
  const und = undo === null ? null : new PyBuiltin('undo', () => {
    undo();
    return null;
  });
  return pushHelper('keyed', [fin, new PyList(items.slice()), key, und]);
}

/** enumerate_'s counting of an item (PyEnumerate.counted). */
const counted = new PyBuiltin('counted', (a) => (a[0] as PyEnumerate).counted(a[1]));

/**
 * The Python generator a for loop iterates in place of `it` (viaHelper: an
 * enumerate, zip, map or filter over a generator or another iterator that
 * runs Python code), which takes each item in frames, so a generator it
 * reads may block. It advances the same sources (and enumerate's count),
 * so `it` stays where the loop leaves it.
 */
export function helperIterator(it: PyIter): unknown {
  const [name, args] = it.helperArgs();
  if (name === 'enumerate_') args.push(counted);
  return current.interp.callFunction(helper(name), args, null);
}

/**
 * Whether the code that called the running Python function (a library's:
 * concurrent.futures' map(), a Pool's imap()) iterates the result in its
 * own dispatch loop: it goes on with GET_ITER and then FOR_ITER (a for
 * loop), or GET_ITER and a call of a list, set or dict comprehension's
 * function (not a generator expression's: whoever drains that generator
 * may be a builtin that cannot wait, such as zip()). Then the library can
 * hand out a lazy iterator whose next item may wait, as in CPython.
 */
export function callerIterates(): boolean {
  const back = current.thread.frame?.back ?? null;
  if (back === null) return false;
  const words = back.code.code;
  const ip = back.ip;
  if (ip <= 0 || ip + 1 >= words.length || (words[ip] & 0xff) !== Op.GET_ITER) return false;
  const next = words[ip + 1] & 0xff;
  if (next === Op.FOR_ITER) return true;
  if (next !== Op.CALL) return false;
  const fn = back.regs[back.sp - 1];
  return fn instanceof PyFunction && !fn.code.isGenerator;
}

/**
 * Whether unpacking `seq` (a, b = seq; a, *rest = seq) takes its items in
 * frames: it runs Python code (a generator …) and other threads live (one
 * may be what that code waits for).
 */
export function unpacksInFrames(seq: unknown): boolean {
  return current.sched.threaded && iteratesPython(seq);
}

/**
 * The frame taking `seq`'s items for UNPACK_SEQUENCE `count` (at most
 * count + 1 of them, as CPython looks for one too many) or, count < 0, for
 * UNPACK_EX `exArg` (all of them); its continuation unpacks them onto the
 * caller's stack as the instruction does.
 */
export function unpackFrame(seq: unknown, count: number, exArg: number): Frame {
  return takeFrame(seq, count, (list, caller) => {
    const items = list.items;
    if (count >= 0) {
      if (items.length !== count) throw unpackError(items.length, count);
      for (let i = count - 1; i >= 0; i--) caller.regs[caller.sp++] = items[i];
    } else {
      caller.sp = unpackExInto(caller.regs, caller.sp, items, exArg);
    }
  });
}

/**
 * A frame taking `seq`'s items (at most count + 1 of them; count < 0: all),
 * whose list `then` puts where the instruction wants it (the caller's stack
 * gets nothing else: NO_RESULT).
 */
function takeFrame(seq: unknown, count: number, then: (items: PyList, caller: Frame) => void): Frame {
  const interp = current.interp;
  const nf = interp.makeFrame(helper('take_'), [seq, count], 0, 2, null, null);
  nf.flags |= F_CONT;
  nf.cont = (v) => {
    then(v as PyList, interp.thread.frame!);
    return NO_RESULT;
  };
  return nf;
}

/**
 * f(*seq) of a generator that may wait (unpacksInFrames): the items are
 * taken in frames into a list, which replaces `seq` in its stack slot
 * `at`, and CALL_FUNCTION_EX runs again.
 */
export function starArgsFrame(seq: unknown, at: number): Frame {
  return takeFrame(seq, -1, (items, caller) => {
    caller.regs[at] = items;
    caller.ip--;
  });
}

/**
 * [*seq] or {*seq} (LIST_EXTEND or SET_UPDATE `depth`) of a generator that
 * may wait: the list or set below gets its items, taken in frames.
 */
export function extendFrame(seq: unknown, depth: number): Frame {
  return takeFrame(seq, -1, (items, caller) => {
    const target = caller.regs[caller.sp - depth];
    if (target instanceof PyList) for (const x of items.items) target.items.push(x);
    else (target as PySet).update(items);
  });
}

/**
 * next(it[, default]) of an enumerate, zip, map or filter over a generator
 * that may wait, or of a map or filter of a Python function (framed), while
 * other threads live: a loop in frames takes the one item.
 */
export function nextViaHelper(it: PyIter, dflt: unknown): typeof BLOCK | undefined {
  if (!it.framed || !current.sched.threaded || !current.interp.blockable) return undefined;
  return pushHelper('next_', [it, dflt !== undefined, dflt ?? null]);
}

/** functools.reduce(fn, it[, initial]) in frames (the iterator already made). */
export function reduceInFrames(fn: unknown, it: unknown, initial: unknown): typeof BLOCK {
  return pushHelper('reduce_', [fn, it, initial ?? null, initial !== undefined]);
}

/** any(gen) / all(gen) in frames, stopping at the first deciding item. */
export function anyAllInFrames(which: 'any_' | 'all_', gen: unknown): typeof BLOCK {
  return pushHelper(which, [gen]);
}
