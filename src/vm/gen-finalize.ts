// Finalizing generators that are left suspended.
//
// CPython finalizes a generator as soon as its last reference goes away: it
// closes it (GeneratorExit at its yield), so its `finally` blocks run. pygil
// has no reference counts; it finalizes at the moments it can place
// exactly:
// - A for loop left early: a generator made by a call whose result went
//   straight into the loop's GET_ITER has exactly one reference, the loop's
//   iterator slot (see PyGenerator.loopOwned), so popping that slot at a
//   break or return is where CPython finalizes it.
// - A function's owned generator (compiler/owned-generators.ts): a local
//   variable is its only reference, so it goes when the function returns
//   or the variable is bound to a new one.
// - The end of the program: CPython's shutdown frees what the main module
//   still refers to, and closes the suspended generators among it
//   (finalizeAtExit).
// Other abandoned generators are not finalized (there is no moment to do it at).

import { PyGenerator, GEN_SUSPENDED, asyncGeneratorType } from './generator.js';
import type { Frame } from './frame.js';
import { current, type Process } from './process.js';
import { PyBaseException } from '../runtime/exceptions.js';
import { PyObject } from '../runtime/object.js';
import { PyDict } from '../runtime/dict.js';
import { PyList, PyTuple } from '../runtime/tuple.js';
import { PyModule, PyBuiltin, RESUMES_NEXT } from '../runtime/function.js';
import { T_DONE } from './scheduler.js';
import { ProcessExit } from './interpreter.js';
import { call, callMethod, repr } from '../runtime/ops.js';
import { formatExceptionAlone } from './traceback.js';

/**
 * Closes `g`, whose last reference is being dropped by instruction `at` of
 * `frame` (null: by the interpreter's shutdown), throwing GeneratorExit into
 * it in a nested run, as the generator's finalizer does. An exception it
 * raises is reported the way CPython reports an exception in a finalizer,
 * and the program goes on.
 */
function closeDropped(g: PyGenerator, frame: Frame | null, at: number, proc: Process): void {
  if (g.state !== GEN_SUSPENDED) return;
  try {
    callMethod(g, 'close', []);
  } catch (err) {
    if (!(err instanceof PyBaseException)) throw err;
    // Raised by close() itself (not inside the generator): CPython shows the line that dropped it.
    if (frame !== null && err.tb.length === 0) err.tb.push({ code: frame.code, ip: at });
    proc.flushStdout();
    // At shutdown CPython's traceback printer can no longer read source lines.
    proc.writeStderr(`Exception ignored in: ${repr(g)}\n${formatExceptionAlone(err, frame !== null)}`);
  }
}

/**
 * A for loop over a fresh generator (or an async for over a fresh async
 * generator) is left early at instruction `ip - 1` of `frame`.
 */
export function finalizeLoopGenerator(g: PyGenerator, frame: Frame, ip: number, proc: Process): void {
  g.loopOwned = false;
  if (g.cls === asyncGeneratorType) finalizeAsyncGenerator(g, proc);
  else closeDropped(g, frame, ip - 1, proc);
}

/**
 * An async generator's finalizer is its event loop's: CPython's loop, told
 * of each async generator when it is first iterated, schedules a task that
 * runs its aclose() (so its `finally` runs in a later pass of the loop,
 * where it may await). pygil's asyncio does that in _finalize_asyncgen;
 * without a running loop on this thread nothing is scheduled.
 */
function finalizeAsyncGenerator(g: PyGenerator, proc: Process): void {
  if (g.state !== GEN_SUSPENDED) return;
  const hook = asyncioHook(proc, '_finalize_asyncgen');
  if (hook !== undefined) call(hook, [g]);
}

/**
 * An async generator's first iteration (its first __anext__, asend, athrow
 * or aclose): the running event loop of this thread, if any, keeps it, to
 * close it when asyncio.run() ends if it is still suspended then
 * (shutdown_asyncgens), as CPython's firstiter hook does.
 */
export function asyncGenFirstIter(g: PyGenerator): void {
  const hook = asyncioHook(current, '_asyncgen_firstiter');
  if (hook !== undefined) call(hook, [g]);
}

/** A function pygil's asyncio module leaves for the VM, when the program has imported asyncio. */
function asyncioHook(proc: Process, name: string): unknown {
  const asyncio = proc.modules.get('asyncio');
  if (!(asyncio instanceof PyModule) || !(asyncio.dict instanceof PyDict)) return undefined;
  return asyncio.dict.map.get(name);
}

/**
 * Owned generators (compiler/owned-generators.ts): `g`, made by the CALL
 * before instruction `ip` (a STORE_FAST into an owned slot), becomes owned,
 * and the owned generator that store replaces (the variable bound again, in
 * a loop) is closed there.
 */
export function takeOwnership(g: PyGenerator, frame: Frame, ip: number, proc: Process): void {
  g.owned = true;
  const old = frame.regs[frame.code.code[ip] >> 8];
  if (old instanceof PyGenerator && old.owned) {
    old.owned = false;
    if (nextIsBuiltin(frame, proc)) closeDropped(old, frame, ip, proc);
  }
}

/**
 * Whether `next` in `frame`'s code still means the builtin: the compiler
 * checked that no code binds it (owned-generators.ts), but `builtins.next`
 * or the module's namespace can be changed at run time, and a replacement
 * may keep the generators it is given.
 */
function nextIsBuiltin(frame: Frame, proc: Process): boolean {
  const v = frame.globals.map.get('next') ?? proc.builtins.map.get('next');
  return v instanceof PyBuiltin && v.resumes === RESUMES_NEXT;
}

/**
 * `frame` returns: its owned generators are closed, in slot order, as
 * CPython clears a finished frame's variables (the caller's call is where
 * that happens).
 */
export function closeOwned(frame: Frame, proc: Process): void {
  const back = frame.back ?? frame;
  if (!nextIsBuiltin(frame, proc)) return;
  for (const slot of frame.code.ownedGenSlots!) {
    const g = frame.regs[slot];
    if (!(g instanceof PyGenerator) || !g.owned) continue;
    g.owned = false;
    closeDropped(g, back, back === frame ? frame.ip - 1 : back.ip - 1, proc);
  }
}

/**
 * Finalizes, at the end of a process that exits normally, the suspended
 * generators its main module still refers to: through its namespace, and
 * inside that through lists, tuples, dicts and the attributes of instances
 * of Python classes. CPython frees these in its garbage collector's order,
 * which follows the order objects were made in; pygil closes them in the
 * order they were made (CPython's order, except where its collector has
 * moved objects between generations). Left alone: generators that a thread
 * still running (a daemon) can reach, through its variables or the globals
 * of the code it runs, which CPython never frees, and async
 * generators (CPython hands them to their event loop, gone by then). An
 * os._exit() in a `finally` ends it all there, as in CPython.
 */
export function finalizeAtExit(proc: Process): void {
  const main = proc.modules.get('__main__');
  if (!(main instanceof PyModule) || !(main.dict instanceof PyDict)) return;
  const found = reachableGenerators([...main.dict.map.values()], false);
  if (found.size === 0) return;
  const roots: unknown[] = [];
  for (const t of proc.sched.threads) {
    if (t.state === T_DONE) continue;
    // Its frames' variables, and their globals: a thread still running code of
    // the main module keeps that module's whole namespace alive.
    for (let f = t.frame; f !== null; f = f.back) roots.push(...f.regs, f.globals);
  }
  const held = reachableGenerators(roots, true);
  const order = [...found].filter((g) => !held.has(g)).sort((a, b) => a.seq - b.seq);
  for (const g of order) {
    if (proc.exitNow !== null) return;
    if (g.cls === asyncGeneratorType) continue;
    try {
      closeDropped(g, null, 0, proc); // (one closed meanwhile by another's finally is skipped)
    } catch (err) {
      if (err instanceof ProcessExit) return;
      throw err;
    }
  }
}

/**
 * The generators reachable from `roots` through lists, tuples, dicts and
 * the attributes of instances of Python classes (and, with `throughFrames`,
 * through the variables of suspended generators' frames).
 */
function reachableGenerators(roots: unknown[], throughFrames: boolean): Set<PyGenerator> {
  const found = new Set<PyGenerator>();
  const seen = new Set<object>();
  const todo = roots.slice();
  while (todo.length > 0) {
    const v = todo.pop();
    if (!(v instanceof PyObject) || seen.has(v)) continue;
    seen.add(v);
    if (v instanceof PyGenerator) {
      if (v.state === GEN_SUSPENDED) found.add(v);
      if (throughFrames) for (const x of v.frame.regs) todo.push(x);
    } else if (v instanceof PyList || v instanceof PyTuple) {
      // Only objects are queued: a list of a million ints costs one pass, not a million pushes.
      for (const x of v.items) if (x instanceof PyObject) todo.push(x);
    } else if (v instanceof PyDict) {
      for (const x of v.map.values()) if (x instanceof PyObject) todo.push(x);
    } else if (v.dict instanceof PyDict && !(v instanceof PyModule) && !v.cls.builtin) {
      todo.push(v.dict);
    }
  }
  return found;
}
