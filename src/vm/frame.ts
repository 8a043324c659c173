// Frames and the per-thread interpreter state.
//
// A frame keeps locals, cells and the value stack in one array (`regs`), as
// CPython's "localsplus": slots [0, nlocalsplus) are variables and the stack
// grows above them. Frames form a linked list through `back`; a call pushes a
// frame and the dispatch loop continues in it, so Python calls never recurse
// on the host stack.

import type { CodeObject } from '../compiler/code.js';
import type { PyDict } from '../runtime/dict.js';
import type { PyFunction } from '../runtime/function.js';
import type { PyBaseException } from '../runtime/exceptions.js';
import type { PyGenerator } from './generator.js';

/** When this frame returns, the dispatch loop returns to its JS caller. */
export const F_ENTRY = 1;
/** An __init__ frame started by a class call: returns `initSelf` instead of None. */
export const F_INIT = 2;
/** Something may still refer to this frame after it returns: do not recycle it. */
export const F_KEEP = 4;
/** A special method's frame (vm/special-frames.ts): `cont` turns its return value into the instruction's result. */
export const F_CONT = 8;
/**
 * A frame FOR_ITER runs for the next item (an iterator's __next__, map's
 * function): StopIteration escaping it ends the loop instead.
 */
export const F_NEXT = 16;

/**
 * What a special method's frame does with its return value (F_CONT): the
 * value for the caller's stack, NO_RESULT for nothing (a setter), or BLOCK
 * after setting `interp.pushFrame` to a frame to run next, whose result
 * stands in (the next step of a chain: __radd__ after NotImplemented). It
 * may throw the Python exception the instruction raises.
 */
export type FrameCont = (v: unknown) => unknown;

/**
 * How many finished frames a code object keeps for reuse: enough for the
 * recursion depths common in teaching programs, so a hot recursive call
 * allocates nothing either.
 */
export const FRAME_POOL_SIZE = 64;

/**
 * Takes a recycled frame for `code` or makes a new one. Frames of plain
 * function calls go back to their code object's pool when they return, so a
 * hot call allocates nothing.
 */
export function acquireFrame(code: CodeObject, globals: PyDict, func: PyFunction): Frame {
  const pool = code.framePool;
  if (pool.length > 0) {
    const f = pool.pop()!;
    f.globals = globals;
    f.func = func;
    return f;
  }
  return new Frame(code, globals, null, func);
}

/** Returns a finished frame to its pool, dropping its references. */
export function releaseFrame(f: Frame): void {
  const code = f.code;
  if (code.framePool.length >= FRAME_POOL_SIZE) return;
  const regs = f.regs;
  for (let i = code.nlocalsplus - 1; i >= 0; i--) regs[i] = undefined;
  f.sp = code.nlocalsplus;
  f.ip = 0;
  f.back = null;
  f.flags = 0;
  f.initSelf = undefined;
  f.cont = null;
  code.framePool.push(f);
}

/**
 * A frame's registers, filled with undefined. Built by push, not
 * `new Array(n)`: V8 then gives every frame's array the same elements kind
 * (generic), where a holey array's kind changes with what is stored in it
 * (small ints only, floats, anything) and compiled code seeing two kinds
 * deoptimises.
 */
function newRegs(n: number): unknown[] {
  const regs: unknown[] = [];
  for (let i = 0; i < n; i++) regs.push(undefined);
  return regs;
}

export class Frame {
  code: CodeObject;
  regs: unknown[];
  sp: number;
  ip = 0;
  globals: PyDict;
  /** The namespace for LOAD_NAME/STORE_NAME (module and class bodies), else null. */
  locals: PyDict | null;
  back: Frame | null = null;
  func: PyFunction | null;
  flags = 0;
  initSelf: unknown = undefined;
  /** F_CONT's continuation, else null. */
  cont: FrameCont | null = null;
  /** Set while this frame belongs to a generator. */
  gen: PyGenerator | null = null;

  constructor(code: CodeObject, globals: PyDict, locals: PyDict | null, func: PyFunction | null) {
    this.code = code;
    this.regs = newRegs(code.nlocalsplus + code.stacksize);
    this.sp = code.nlocalsplus;
    this.globals = globals;
    this.locals = locals;
    this.func = func;
  }

  /** Line number of the instruction being executed (ip points past it). */
  get lineno(): number {
    return this.code.lineOf(Math.max(0, this.ip - 1));
  }
}

/**
 * The exception being handled as sys.exc_info() sees it: the thread's own,
 * else (inside a generator whose own handling has ended) the one its
 * resumer was handling, and so on outwards, as CPython's chain of
 * exception states works.
 */
export function topmostException(t: ThreadState): PyBaseException | null {
  if (t.excInfo !== null) return t.excInfo;
  for (let f = t.frame; f !== null; f = f.back) {
    if (f.gen !== null && f.gen.callerExc !== null) return f.gen.callerExc;
  }
  return null;
}

/** What one thread of Python execution owns besides its frames. */
export class ThreadState {
  /** The innermost frame, or null when the thread has not started or has finished. */
  frame: Frame | null = null;
  /** The exception currently being handled (sys.exc_info()), or null. */
  excInfo: PyBaseException | null = null;
  /** Python frames on the stack, for the recursion limit. */
  depth = 0;
  /** How many nested host->Python calls are active (switches wait until 0). */
  nested = 0;
  /** Instructions executed by this thread. */
  ticks = 0;

  // Scheduling state (see scheduler.ts).
  state = 4;
  daemon = false;
  /**
   * Set while a pool's worker waits for work (concurrent.futures): blocked
   * so, it keeps the process alive no more than a daemon would, as CPython's
   * exit wakes idle workers and lets them end.
   */
  idle = false;
  /** What the thread is blocked on, while blocked. */
  wait: import('./scheduler.js').Wait | null = null;
  /** The result its blocking call returns once woken (undefined: nothing to push). */
  wakeValue: unknown = undefined;
  /** The wait it was woken from, when it must compete for the resource again (Wait.retry). */
  retryWait: import('./scheduler.js').Wait | null = null;
  /** Raised by its blocking call once woken, instead of returning. */
  wakeError: PyBaseException | null = null;
  /** The bottom frame's return value once the thread has finished. */
  result: unknown = undefined;
  /** Called by the process when the thread finishes (the threading module wakes joiners here). */
  onEnd: ((exc: PyBaseException | null) => void) | null = null;
  /** The threading.Thread object this thread runs, if any. */
  pyThread: unknown = null;

  // Statistics, in virtual ns.
  acquisitions = 0;
  heldNs = 0;
  waitNs = 0;
  blockedNs = 0;
  tookAt = 0;
  readySince = 0;
  blockedAt = 0;

  constructor(readonly id: number, public name: string) {}
}
