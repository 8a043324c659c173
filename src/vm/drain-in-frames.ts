// Builtins that consume a generator — sum(f.result() for f in fs),
// any(q.get() ... ), sorted(gen), ', '.join(gen) — run the generator's Python code in a
// nested run, where a blocking call (a future's result(), a queue's get(),
// a join) is impossible. Called directly by a CALL with a generator, they
// ask the loop instead to push a frame of a small Python helper, which
// iterates the generator in frames of the thread (so its body may block and
// give up the GIL) and then calls the builtin again on the list it made
// (any and all keep their early exit). The result is the call's result.

import { PyTuple } from '../runtime/tuple.js';
import { PyDict, dictType, setType, frozensetType } from '../runtime/dict.js';
import { listType, tupleType } from '../runtime/tuple.js';
import type { Frame } from './frame.js';
import type { PyFunction, Kwargs } from '../runtime/function.js';
import { PyGenerator, GEN_CREATED, GEN_SUSPENDED, generatorType } from './generator.js';
import { current, type Process } from './process.js';
import { BLOCK } from './interpreter.js';
import { hiddenFiles } from './traceback.js';
import { runPythonSource } from '../modules/py-source.js';

const FILE = '<pygil drain>';
const SOURCE = `
def call_on_list(fn, gen, before, after, kw):
    return fn(*before, [x for x in gen], *after, **kw)

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

/** A live generator passed to a builtin function that may block (called directly by a CALL). */
export function drainable(v: unknown): v is PyGenerator {
  return liveGenerator(v) && current.interp.blockable;
}

/**
 * The containers whose constructor drains a generator in frames when a
 * CALL calls it with one (list(gen), tuple(gen) …): the dispatch loop and
 * jitCall push drainFrame(t, gen) instead of calling the type.
 */
export const DRAINING_TYPES = new Set<unknown>([listType, tupleType, setType, frozensetType, dictType]);

/** The frame of `t(list(gen))`, the generator iterated in that frame. */
export function drainFrame(t: unknown, gen: PyGenerator): Frame {
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
export function callOnDrained(fn: unknown, gen: PyGenerator, before: unknown[], after: unknown[], kw: Kwargs): typeof BLOCK {
  const d = new PyDict();
  if (kw !== null) for (const [k, v] of kw) d.set(k, v);
  return pushHelper('call_on_list', [fn, gen, new PyTuple(before), new PyTuple(after), d]);
}

/** any(gen) / all(gen) in frames, stopping at the first deciding item. */
export function anyAllInFrames(which: 'any_' | 'all_', gen: PyGenerator): typeof BLOCK {
  return pushHelper(which, [gen]);
}
