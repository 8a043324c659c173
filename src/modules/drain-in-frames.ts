// Builtins that consume a generator — sum(f.result() for f in fs),
// any(q.get() ... ), sorted(gen) — run the generator's Python code in a
// nested run, where a blocking call (a future's result(), a queue's get(),
// a join) is impossible. Called directly by a CALL with a generator, they
// ask the loop instead to push a frame of a small Python helper, which
// iterates the generator in frames of the thread (so its body may block and
// give up the GIL) and then calls the builtin again on the list it made
// (any and all keep their early exit). The result is the call's result.

import { PyTuple } from '../runtime/tuple.js';
import { PyDict } from '../runtime/dict.js';
import type { PyFunction, Kwargs } from '../runtime/function.js';
import { PyGenerator, GEN_CREATED, GEN_SUSPENDED, generatorType } from '../vm/generator.js';
import { current, type Process } from '../vm/process.js';
import { BLOCK } from '../vm/interpreter.js';
import { hiddenFiles } from '../vm/traceback.js';
import { runPythonSource } from './py-source.js';

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

/** A plain generator whose body may still run, passed where blocking is possible. */
export function drainable(v: unknown): v is PyGenerator {
  return v instanceof PyGenerator && v.cls === generatorType && (v.state === GEN_CREATED || v.state === GEN_SUSPENDED) &&
    current.interp.blockable;
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
