// Resuming a generator (or coroutine) frame. `enterGen` links the suspended
// frame on top of the resumer's and returns the frame where execution goes
// on; the dispatch loop then simply continues there (send()/next()/throw()
// called from Python never recurse on the host stack), and resumeGenerator
// uses the same function for the rarer resumes from JS.
//
// A throw() into a generator suspended in `yield from`/`await` walks down the
// delegation chain as CPython's gen_throw does, but by linking frames rather
// than by recursion: each delegating frame is positioned on its YIELD_VALUE
// (right after the SEND), so whatever the innermost generator does next —
// yield, return or raise — flows back up through the same SEND/YIELD_VALUE
// instructions as an ordinary next() would.

import { Op } from '../compiler/opcodes.js';
import type { Frame } from './frame.js';
import { PyGenerator, GEN_CLOSED, GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED, genKind } from './generator.js';
import {
  PyBaseException, pyErr, RecursionError, RuntimeError, StopIteration, GeneratorExit, excMatches, typeError, valueError,
  newException,
} from '../runtime/exceptions.js';
import { getAttrMaybe, call } from '../runtime/ops.js';
import type { Interpreter } from './interpreter.js';

/**
 * The error a resume of `gen` must raise instead of running it, or null.
 * `value` is what send() passes (null for next() and throw()).
 */
export function resumeError(gen: PyGenerator, value: unknown, exc: PyBaseException | null): PyBaseException | null {
  const st = gen.state;
  if (st === GEN_RUNNING) return valueError(`${genKind(gen)} already executing`);
  if (st === GEN_CLOSED) {
    if (gen.isCoroutine) return pyErr(RuntimeError, 'cannot reuse already awaited coroutine');
    if (exc !== null) return exc;
    return newException(StopIteration, []);
  }
  if (st === GEN_CREATED && value !== null && exc === null) {
    return typeError(`can't send non-None value to a just-started ${genKind(gen)}`);
  }
  return null;
}

/** True when the frame is suspended inside a yield from / await loop (its delegate is on top of its stack). */
export function isDelegating(f: Frame): boolean {
  return f.ip > 0 && f.ip < f.code.code.length && (f.code.code[f.ip] & 0xff) === Op.JUMP_BACKWARD_NO_INTERRUPT;
}

/** The object a suspended generator delegates to (gi_yieldfrom), or null. */
export function delegateOf(gen: PyGenerator): unknown {
  if (gen.state !== GEN_SUSPENDED || !isDelegating(gen.frame)) return null;
  return gen.frame.regs[gen.frame.sp - 1];
}

function link(interp: Interpreter, gen: PyGenerator, back: Frame | null): Frame {
  const t = interp.thread;
  if (++t.depth > interp.recursionLimit) {
    t.depth--;
    // CPython fails when the call makes the frame, so such a generator never
    // exists there: count it as closed (no never-awaited warning).
    if (gen.state === GEN_CREATED) gen.state = GEN_CLOSED;
    throw pyErr(RecursionError, 'maximum recursion depth exceeded');
  }
  const f = gen.frame;
  f.back = back;
  gen.state = GEN_RUNNING;
  gen.callerExc = t.excInfo;
  if (gen.excInfo !== null) t.excInfo = gen.excInfo;
  return f;
}

/**
 * Links `gen` (already checked with resumeError) on top of `back` and returns
 * the frame to run. With `exc`, `interp.enterExc` is set to the exception to
 * raise in that frame before its next instruction (null when a delegate
 * already dealt with it).
 */
export function enterGen(interp: Interpreter, gen: PyGenerator, back: Frame | null, value: unknown, exc: PyBaseException | null): Frame {
  const wasSuspended = gen.state === GEN_SUSPENDED;
  const f = link(interp, gen, back);
  interp.enterExc = null;
  if (exc === null) {
    if (wasSuspended) f.regs[f.sp++] = value;
    return f;
  }
  if (!wasSuspended || !isDelegating(f)) {
    interp.enterExc = exc;
    return f;
  }
  const d = f.regs[f.sp - 1];
  if (excMatches(exc, GeneratorExit)) {
    // Close the delegate first, then raise GeneratorExit at our own yield.
    gen.state = GEN_RUNNING;
    try {
      closeDelegate(d);
      interp.enterExc = exc;
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
      interp.enterExc = e;
    }
    return f;
  }
  if (d instanceof PyGenerator) {
    // Re-enter at the YIELD_VALUE after our SEND and throw into the delegate.
    f.ip--;
    const err = resumeError(d, null, exc);
    if (err !== null) {
      interp.enterExc = err;
      return f;
    }
    return enterGen(interp, d, f, null, exc);
  }
  const thr = getAttrMaybe(d, 'throw');
  if (thr === undefined) {
    interp.enterExc = exc;
    return f;
  }
  f.ip--;
  let r: unknown;
  try {
    r = call(thr, thrownAs.get(exc) ?? [exc]);
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
    if (excMatches(e, StopIteration)) {
      // The delegate finished: continue after the yield from with its value.
      const send = f.code.code[f.ip - 1];
      f.ip = send >> 8;
      f.regs[f.sp - 1] = stopValue(e);
      return f;
    }
    interp.enterExc = e;
    return f;
  }
  // The delegate yielded r: our YIELD_VALUE passes it on.
  f.regs[f.sp++] = r;
  return f;
}

/**
 * The arguments each exception was last thrown with by a throw() method
 * (`g.throw(ValueError, 'm')`): a `yield from` passes them on to a delegate
 * that is not a generator as they were given, as CPython does, rather than
 * the exception they made.
 */
export const thrownAs = new WeakMap<PyBaseException, unknown[]>();

/** StopIteration.value: its first argument, or None. */
export function stopValue(e: PyBaseException): unknown {
  const a = e.args.items;
  return a.length > 0 ? a[0] : null;
}

/** Closes the object a generator delegates to, as close() and throw(GeneratorExit) do first. */
function closeDelegate(d: unknown): void {
  const c = getAttrMaybe(d, 'close');
  if (c !== undefined) call(c, []);
}
