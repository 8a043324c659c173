// The dispatch loop: executes frames of one thread until the entry frame
// returns, an exception escapes it, or the eval breaker asks it to stop
// (time slice used up, step limit reached).
//
// Python-to-Python calls push a frame and continue in the same loop; only
// builtins that call back into Python (sorted's key, __repr__ from print…)
// re-enter the loop through `callFunction`, and while such a nested run is
// active the thread does not give up the GIL.

import { Op } from '../compiler/opcodes.js';
import { tracebackOf } from '../runtime/traceback-object.js';
import { Frame, ThreadState, F_ENTRY, F_INIT, F_KEEP, F_NEXT, FRAME_POOL_SIZE, acquireFrame, releaseFrame, topmostException } from './frame.js';
import {
  PyGenerator, GEN_CLOSED, GEN_CREATED, generatorType, GEN_RUNNING, GEN_SUSPENDED, GEN_KIND_ASYNC, GEN_KIND_COROUTINE, GEN_KIND_GENERATOR, asyncGeneratorType, genKind,
} from './generator.js';
import { enterGen, resumeError, stopValue } from './gen-resume.js';
import { CO_VARARGS, CO_VARKEYWORDS, CO_COROUTINE, CO_ASYNC_GENERATOR } from '../compiler/code.js';
import { getAwaitable, getAiter, getAnext, beforeAsyncWith, AsyncGenValue, AsyncGenSend, asyncGenEnter } from './async-ops.js';
import { noteCoroutine } from './unawaited.js';
import type { CodeObject } from '../compiler/code.js';
import { PyType, PyObject, typeOf, typeType, makeBuiltinType, typeEpoch, strType, boolType } from '../runtime/object.js';
import { loadAttrSlow, storeAttrSlow, loadMethodSlow } from './inline-cache.js';
import { loadGlobalSlow, storeGlobalSlow } from './name-cache.js';
import { compileJit, compileStepwise, J_INTERP, J_ERROR, J_NEXT, J_SWITCH, J_BLOCK, J_OUT0, type CompiledRange, type JitFunction } from './jit/codegen.js';
import { PyTuple, PyList, tuple, EMPTY_TUPLE } from '../runtime/tuple.js';
import { egMatch, prepReraiseStar } from '../runtime/types/exception-group.js';
import {
  DRAINING_TYPES, drainFrame, drainsInCall, helperIterator, unpacksInFrames, unpackFrame, starArgsFrame, extendFrame,
  iteratesPython,
} from './drain-in-frames.js';
import {
  getAttrFrame, setAttrFrame, getItemFrame, setItemFrame, iterFrame, nextFrame, callFrame, strFrame, formatFrame,
  NO_RESULT, pyInstance, boolFrame, delItemFrame, binaryFrame, compareFrame, containsFrame, unaryFrame, truthFrame,
} from './special-frames.js';
import { PyDict, PySet, dictType } from '../runtime/dict.js';
import { PyFunction, PyBuiltin, PyBoundMethod, PyCell, Kwargs, RESUMES_NEXT, RESUMES_SEND, directCall } from '../runtime/function.js';
import {
  PyBaseException, newException, typeError, pyErr, NameError, UnboundLocalError, StopIteration, RuntimeError,
  RecursionError, isExceptionType, isException, excMatches, AssertionError, baseExceptionType, MemoryError,
  valueError, StopAsyncIteration, keyError, KeyError,
} from '../runtime/exceptions.js';
import * as ops from '../runtime/ops.js';
import { arith, compare } from '../runtime/arith.js';
import { PyIter } from '../runtime/iter.js';
import { formatValue } from '../runtime/format-value.js';
import { bindArgs } from './bind-args.js';
import { finalizeLoopGenerator, takeOwnership, closeOwned } from './gen-finalize.js';
import { makeSlice } from '../runtime/slice.js';
import { MAX_ITEMS, outOfMemory } from '../runtime/limits.js';
import type { Process } from './process.js';

/** Why the loop returned. */
export const STOP_RETURN = 0, STOP_YIELD = 1, STOP_SWITCH = 2, STOP_BLOCK = 3;

/**
 * Returned by a builtin that has parked the calling thread (a lock held by
 * another thread, a sleep, a join …). The VM saves the thread's state and
 * returns to the scheduler; whoever wakes the thread supplies the call's
 * result, which is pushed when the thread runs again.
 */
export const BLOCK: unique symbol = Symbol('pygil.block');

/** Instructions a run may execute between two eval-breaker checks when nothing needs switching. */
const REFILL = 1 << 20;
/** Leaves the dispatch loop to continue in the frame a builtin asked to resume (see run). */
const RESUME: unique symbol = Symbol('pygil.resume');
/** Leaves the dispatch loop to go on in compiled code (see the end of run()). */
const ENTER_JIT: unique symbol = Symbol('pygil.enter-jit');

/** Signals a host error that must not be shown as a Python exception. */
export class InternalError extends Error {}

/** Raised by the eval breaker when --max-steps is exhausted. */
export class StepLimitExceeded extends Error {}

/**
 * os._exit() (or a signal that ends the process) called where the thread
 * cannot be parked (a callback run from a builtin, a finalizer): thrown
 * through every run on the thread up to the scheduler, which parks the
 * thread there; no Python code (no `finally`) runs on the way, as in CPython.
 */
export class ProcessExit extends Error {}

export class Interpreter {
  /** The value returned or yielded by the last run of the loop. */
  result: unknown = undefined;
  /** Instructions the current slice may still execute before the eval breaker runs. */
  budget = REFILL;
  /** The depth at which RecursionError is raised: sys.setrecursionlimit's, at most MAX_RECURSION_DEPTH. */
  recursionLimit = 1000;
  /** What sys.setrecursionlimit was given (sys.getrecursionlimit returns it). */
  recursionLimitSet = 1000;
  /** sys.set_int_max_str_digits: the digit cap of int <-> str conversions (0: none). */
  intMaxStrDigits = 4300;
  /**
   * Instructions executed so far. Exact whenever a run returns and at every
   * builtin call (the loop keeps the live count in a local in between).
   */
  ticks = 0;
  maxSteps = Infinity;
  /** True only while CALL runs a builtin directly for the top-level run of a thread: only then may it block (directCall). */
  get blockable(): boolean {
    return directCall.on;
  }
  set blockable(on: boolean) {
    directCall.on = on;
  }
  /** Set by the scheduler: false runs the whole program as one slice (no threads). */
  slicing = false;
  /** The py311 GIL model: switches only at function entry, backward jumps and after calls. */
  py311 = false;
  /** py311: the slice is over; stop at the next check point. */
  dropRequested = false;

  get steps(): number {
    return this.ticks;
  }

  instructionsExecuted(): number {
    return this.ticks;
  }

  constructor(readonly proc: Process) {
    ops.hooks.callFunction = (f, args, kw) => this.callFunction(f, args, kw);
  }

  get thread(): ThreadState {
    return this.proc.thread;
  }

  // ------------------------------------------------------------ host -> Python

  /** Runs a Python function to completion from JS code (a nested run). */
  callFunction(f: PyFunction, args: unknown[], kw: Kwargs): unknown {
    const frame = this.makeFrame(f, args, 0, args.length, kw === null ? null : [...kw.keys()], kw === null ? null : [...kw.values()]);
    if (f.code.isGenerator) return this.makeGenerator(frame);
    return this.runNested(frame);
  }

  /** Runs `frame` on the current thread until it returns, and returns its value. */
  runNested(frame: Frame): unknown {
    const t = this.thread;
    // A call from JS counts towards compiling the code, as CALL's do.
    const c = frame.code;
    if (c.jit === null && --c.jitCountdown === 0) this.prepareJit(c);
    frame.flags |= F_ENTRY;
    frame.back = t.frame;
    this.pushDepth(t);
    t.frame = frame;
    t.nested++;
    const saved = this.nestedBudget();
    try {
      this.run(t);
    } finally {
      t.nested--;
      this.budget = saved;
    }
    return this.result;
  }

  /**
   * Gives a nested run (Python called back from a builtin) a budget of its
   * own and returns the one to restore: its instructions count towards the
   * step total and the clock, but not against the calling slice, which
   * keeps its own count (a nested run cannot switch threads anyway). So
   * where a slice ends never depends on how the caller was running.
   */
  private nestedBudget(): number {
    const saved = this.budget;
    this.budget = Math.max(0, Math.min(REFILL, this.maxSteps - this.ticks));
    return saved;
  }

  /**
   * Resumes a generator from JS in a nested run (next() from a builtin, a
   * close()); returns undefined when it finishes (its value in genReturned).
   * Resumes from Python code go through `resumeGen` instead.
   */
  resumeGenerator(gen: PyGenerator, value: unknown, exc: PyBaseException | null = null): unknown {
    const err = resumeError(gen, value, exc);
    if (err !== null) {
      if (err === exc || !excMatches(err, StopIteration)) throw err;
      this.genReturned = null;
      return undefined;
    }
    const t = this.thread;
    const frame = gen.frame;
    const inner = enterGen(this, gen, t.frame, value, exc);
    frame.flags |= F_ENTRY;
    t.frame = inner;
    t.nested++;
    const saved = this.nestedBudget();
    try {
      const pending = this.enterExc;
      this.enterExc = null;
      const why = this.run(t, pending);
      if (why === STOP_YIELD) return this.result;
      this.genReturned = this.result;
      return undefined;
    } finally {
      t.nested--;
      this.budget = saved;
      frame.flags &= ~F_ENTRY;
    }
  }
  /** The return value of the generator that last finished in resumeGenerator. */
  genReturned: unknown = null;
  /**
   * A generator method called from CALL asks the loop to resume a generator
   * in place: it sets these and returns BLOCK (see generator-type.ts).
   */
  resumeGen: PyGenerator | null = null;
  resumeValue: unknown = null;
  resumeExc: PyBaseException | null = null;
  /** Set by enterGen: the exception to raise in the frame it returned. */
  enterExc: PyBaseException | null = null;

  /** Or: a frame a builtin asks the loop to push as the result of its call (generator close()). */
  pushFrame: Frame | null = null;

  /** Links the generator requested through resumeGen (or pushFrame) on top of `frame`; returns the frame to run. */
  private takeResume(frame: Frame): Frame {
    const pf = this.pushFrame;
    if (pf !== null) {
      this.pushFrame = null;
      this.enterExc = null;
      this.pushDepth(this.thread);
      pf.back = frame;
      this.thread.frame = pf;
      return pf;
    }
    const gen = this.resumeGen!;
    this.resumeGen = null;
    gen.nextDefault = undefined;
    const f = enterGen(this, gen, frame, this.resumeValue, this.resumeExc);
    this.thread.frame = f;
    return f;
  }

  /**
   * An instruction's request to run `callee` (a special method's frame)
   * with the caller saved at `ip`, `sp`: the dispatch loop breaks out with
   * the RESUME this returns and links the frame (takeResume).
   */
  private askFrame(caller: Frame, ip: number, sp: number, callee: Frame): typeof RESUME {
    caller.ip = ip;
    caller.sp = sp;
    (caller.code.specialReturns ??= new Set()).add(ip);
    this.pushFrame = callee;
    return RESUME;
  }

  /**
   * The eval breaker, the one place a run stops for a thread switch or the
   * step limit; compiled code calls it too. Called when a slice's budget has
   * run out (its instructions counted in `ticks`) before the instruction at
   * the frame's ip: true when the run must stop for a switch (`budget` is
   * then 0), false to go on with `budget` refilled.
   */
  evalBreaker(t: ThreadState): boolean {
    if (this.ticks >= this.maxSteps) throw new StepLimitExceeded();
    if (this.slicing && t.nested === 0) {
      if (!this.py311) {
        // Nobody to hand the GIL to: the scheduler starts the next slice here (it sets the budget).
        if (this.proc.sched.continueSlice(t)) return false;
        this.budget = 0;
        return true;
      }
      // py311: only ask for the drop; check points honour it.
      this.dropRequested = true;
    }
    this.budget = Math.min(REFILL, this.maxSteps - this.ticks);
    return false;
  }

  /** Whether hot code is compiled (off with --no-jit and under --race, whose hooks only the interpreter runs). */
  jitOn = true;
  /** The exception compiled code stopped at (its J_ERROR exit). */
  jitError: unknown = null;

  /** Compiles `code`, whose countdown ran out; true when it now has compiled code. */
  private prepareJit(code: CodeObject): boolean {
    // Off for this run only: the code object may be shared with other runs (pygil's own modules).
    if (!this.jitOn || this.proc.race !== null) return false;
    code.jit = compileJit(code, 0, code.code.length - 1);
    if (code.jit === null) code.jitCountdown = -1;
    return code.jit !== null;
  }

  /**
   * At a backward jump from `from` to `target`: whether compiled code covers
   * the loop (compiling the loop alone once the code's countdown has run
   * out and the code as a whole has none).
   */
  private jitLoop(code: CodeObject, target: number, from: number): boolean {
    if (code.jit !== null) return true;
    const loops = code.jitLoops;
    let inner = 0; // instructions of this loop inside compiled inner loops
    if (loops !== null) {
      for (const l of loops) {
        if (l.lo <= target && target <= l.hi) return l.fn !== null;
        if (target <= l.lo && l.hi <= from && l.fn !== null) inner += l.hi - l.lo + 1;
      }
    }
    if (code.loopCountdown < 0 || --code.loopCountdown > 0) return false;
    code.loopCountdown = 0; // spent: each further loop compiles when first jumped back in
    if (!this.jitOn || this.proc.race !== null) return false;
    // An outer loop is compiled with its inner ones only when it adds little
    // of its own: a long body would be phases that run one after the other,
    // each new to V8 when reached (deoptimisations); its inner loops already
    // run compiled.
    const fn = inner > 0 && from - target + 1 - inner > OUTER_LOOP_EXTRA ? null : compileJit(code, target, from);
    const list = code.jitLoops ?? (code.jitLoops = []);
    list.push({ lo: target, hi: from, fn });
    code.lastLoop = null; // it may no longer be the outermost
    list.sort((a, b) => (b.hi - b.lo) - (a.hi - a.lo)); // outermost first
    return fn !== null;
  }

  /**
   * Runs thread `t` for the scheduler's slice, as run() does, but starts in
   * compiled code when its frame has some: a slice spent entirely in
   * compiled code (the usual one in a hot loop) then never enters the
   * dispatch loop, whose entry costs more than the slice's own switch.
   */
  runSlice(t: ThreadState, pending: PyBaseException | null): number {
    const c = t.frame!.code;
    if (pending === null && (c.jit !== null || c.jitLoops !== null)) {
      const r = this.runJit(t);
      if (r === J_SWITCH) return STOP_SWITCH;
      if (r === J_BLOCK && this.resumeGen === null && this.pushFrame === null) return STOP_BLOCK;
      // Everything else goes on in the dispatch loop, from the saved frame.
      if (r === J_ERROR) {
        pending = this.jitError as PyBaseException;
        this.jitError = null;
      } else if (r === J_BLOCK) pending = RESUME as unknown as PyBaseException; // a resume request
    }
    return this.run(t, pending);
  }

  /**
   * The trampoline: runs the current frame's compiled code, and goes on in
   * the frames its calls and returns lead to while they have compiled code
   * too (a callee whose countdown runs out is compiled here). Returns the
   * exit that handed control back (J_INTERP when a frame has none).
   */
  private runJit(t: ThreadState): number {
    for (;;) {
      const f = t.frame!;
      const c = f.code;
      let range = c.jit;
      if (range === null) {
        range = loopAt(c, f.ip);
        if (range === null) {
          if (f.ip !== 0 || --c.jitCountdown !== 0 || !this.prepareJit(c)) return J_INTERP;
          range = c.jit!;
        }
      }
      let r = range.run(this, t, f);
      if (r === J_NEXT) continue;
      // (Its calls and returns within the same code may have changed the
      // thread's frame, to one of the same code and range.)
      const g = t.frame!;
      if (r === J_INTERP && (g.ip < range.lo || g.ip > range.hi)) continue; // left the range: whatever covers ip now
      if (r === J_INTERP || (r === J_OUT0 && this.budget !== 0)) {
        // Entered in the middle of a block, or a block longer than the
        // budget left: instruction by instruction, until a block fits.
        const step = this.stepwise(range);
        if (step === null) return J_INTERP;
        r = step(this, t, g);
        if (r === J_NEXT) continue;
      }
      if (r >= J_OUT0) {
        // Stopped before the saved ip: the budget of what was counted and not run given back.
        const back = r - J_OUT0;
        this.ticks -= back;
        this.budget += back;
        if (this.budget !== 0) return J_INTERP; // a bail: the interpreter runs that instruction
        // The budget ran out: the eval breaker, as in the dispatch loop (a switch, or a refill and on).
        if (this.evalBreaker(t)) return J_SWITCH;
        continue;
      }
      return r;
    }
  }

  /**
   * The range's instruction-by-instruction code, compiled once threads keep
   * stopping inside its blocks; till then null (the interpreter steps).
   */
  private stepwise(range: CompiledRange): JitFunction | null {
    if (range.stepwise === null && --range.stepCountdown <= 0) range.stepwise = compileStepwise(range);
    return range.stepwise;
  }

  /**
   * What the dispatch loop does after compiled code left with `r` (not
   * J_INTERP): a number is the stop code to return; anything else is the
   * exception to unwind (or RESUME).
   */
  private jitOutcome(r: number): unknown {
    if (r === J_ERROR) {
      const e = this.jitError;
      this.jitError = null;
      return e;
    }
    if (r === J_SWITCH) return STOP_SWITCH;
    // J_BLOCK: as a builtin's BLOCK in CALL.
    if (this.resumeGen !== null || this.pushFrame !== null) return RESUME;
    return STOP_BLOCK;
  }

  private pushDepth(t: ThreadState): void {
    if (++t.depth > this.recursionLimit) {
      t.depth--;
      throw pyErr(RecursionError, 'maximum recursion depth exceeded');
    }
  }

  /** Makes `callee` the running frame of `t`, called from `caller` (the dispatch loop's rarer calls). */
  private enterFrame(t: ThreadState, caller: Frame, callee: Frame): Frame {
    this.pushDepth(t);
    callee.back = caller;
    t.frame = callee;
    return callee;
  }

  // ------------------------------------------------------------ frames

  /**
   * The frame for calling `f` with CALL's `n` arguments in
   * `regs[start..start+n)`, of which the last `kwNames.length` are keyword
   * values (after KW_NAMES).
   */
  callFrame(f: PyFunction, regs: unknown[], start: number, n: number, kwNames: PyTuple | null): Frame {
    if (kwNames === null) return this.makeFrame(f, regs, start, n, null, null);
    const names = kwNames.items as string[];
    const npos = n - names.length;
    return this.makeFrame(f, regs, start, npos, names, regs.slice(start + npos, start + n));
  }

  /**
   * Builds the frame for calling `f` with `n` positional arguments found in
   * `src[start..start+n)` and optional keyword arguments.
   */
  makeFrame(f: PyFunction, src: unknown[], start: number, n: number, kwNames: string[] | null, kwValues: unknown[] | null): Frame {
    const code = f.code;
    const frame = code.isGenerator ? new Frame(code, f.globals, null, f) : acquireFrame(code, f.globals, f);
    const regs = frame.regs;
    if (kwNames === null && f.simple && n === code.argcount) {
      for (let i = 0; i < n; i++) regs[i] = src[start + i];
    } else {
      bindArgs(f, regs, src, start, n, kwNames, kwValues);
    }
    if (code.cellvars.length > 0 || code.freevars.length > 0) this.initCells(frame, f);
    return frame;
  }

  private initCells(frame: Frame, f: PyFunction): void {
    const code = frame.code, regs = frame.regs;
    const nv = code.varnames.length;
    const c2a = code.cell2arg;
    for (let i = 0; i < code.cellvars.length; i++) {
      const a = c2a !== null ? c2a[i] : -1;
      regs[nv + i] = new PyCell(a >= 0 ? regs[a] : undefined);
    }
    const base = nv + code.cellvars.length;
    const closure = f.closure!;
    for (let i = 0; i < code.freevars.length; i++) regs[base + i] = closure[i];
  }

  makeGenerator(frame: Frame): PyGenerator {
    const flags = frame.code.flags;
    if ((flags & CO_COROUTINE) !== 0) return this.makeCoroutine(frame);
    return new PyGenerator(frame, (flags & CO_ASYNC_GENERATOR) !== 0 ? GEN_KIND_ASYNC : GEN_KIND_GENERATOR);
  }

  private makeCoroutine(frame: Frame): PyGenerator {
    const g = new PyGenerator(frame, GEN_KIND_COROUTINE);
    const caller = this.thread.frame;
    if (caller !== null) {
      g.madeCode = caller.code;
      g.madeLine = caller.lineno;
    }
    noteCoroutine(this.proc, g);
    return g;
  }

  /** Runs module code in a fresh frame on the current thread. */
  runModule(code: CodeObject, globals: PyDict): unknown {
    const frame = new Frame(code, globals, globals, null);
    return this.runNested(frame);
  }

  // ------------------------------------------------------------ the loop

  /**
   * Executes `t.frame` and its callees until the entry frame returns (STOP_RETURN,
   * value in `result`) or yields (STOP_YIELD). Python exceptions escaping the
   * entry frame are thrown as PyBaseException. `pending` is raised first.
   */
  run(t: ThreadState, pending: PyBaseException | null = null): number {
    let frame = t.frame!;
    let code = frame.code.code;
    let consts = frame.code.consts;
    let names = frame.code.names;
    let regs = frame.regs;
    let sp = frame.sp;
    let ip = frame.ip;
    let kwNames: PyTuple | null = null;
    let budget = this.budget;
    let startBudget = budget;
    // A thread that stopped in compiled code (a switch, a block) goes on there.
    let pendingExc: unknown = pending ?? (frame.code.jit !== null || frame.code.jitLoops !== null ? ENTER_JIT : null);

    for (;;) {
      // The exception to unwind next: one passed in, one a `raise` made
      // (without a JS throw, which costs V8 microseconds), or one thrown.
      let exc: unknown = pendingExc;
      pendingExc = null;
      if (exc === null) try {
        dispatch: for (;;) {
          if (--budget < 0 && kwNames !== null) {
            // KW_NAMES and its CALL are one step: never switch between them
            // (the names live in a local of this run and would be lost).
            budget = 0;
            startBudget++;
          } else if (budget < 0) {
            // The budget ran out: the eval breaker. The instruction at ip has not run yet.
            frame.ip = ip;
            frame.sp = sp;
            this.ticks += startBudget;
            startBudget = budget; // counted (the unwinding of the step limit's throw adds nothing)
            if (this.evalBreaker(t)) return STOP_SWITCH;
            startBudget = this.budget;
            budget = startBudget - 1;
          }
          const word = code[ip++];
          const arg = word >> 8;
          switch (word & 0xff) {
            case Op.POP_TOP: {
              const v = regs[--sp];
              if (v instanceof PyGenerator && v.loopOwned) {
                // A for loop over a fresh generator is left early: finalize it.
                frame.ip = ip;
                frame.sp = sp;
                this.ticks += startBudget - budget;
                startBudget = budget;
                finalizeLoopGenerator(v, frame, ip, this.proc);
              }
              break;
            }
            case Op.PUSH_NULL:
              regs[sp++] = undefined;
              break;
            case Op.COPY:
              regs[sp] = regs[sp - arg];
              sp++;
              break;
            case Op.SWAP: {
              const tmp = regs[sp - 1];
              regs[sp - 1] = regs[sp - arg];
              regs[sp - arg] = tmp;
              break;
            }
            case Op.LOAD_CONST:
              regs[sp++] = consts[arg];
              break;
            case Op.LOAD_FAST: {
              const v = regs[arg];
              if (v === undefined) throw unboundLocal(frame.code.varnames[arg]);
              regs[sp++] = v;
              break;
            }
            case Op.STORE_FAST:
              regs[arg] = regs[--sp];
              break;
            case Op.LOAD_DEREF:
            case Op.LOAD_CLASSDEREF: {
              const slot = frame.code.varnames.length + arg;
              if ((word & 0xff) === Op.LOAD_CLASSDEREF) {
                const name = derefName(frame.code, arg);
                const v0 = frame.locals!.get(name);
                if (v0 !== undefined) {
                  regs[sp++] = v0;
                  break;
                }
              }
              const v = (regs[slot] as PyCell).v;
              if (v === undefined) throw freeVarError(frame.code, arg);
              regs[sp++] = v;
              break;
            }
            case Op.LOAD_CLOSURE:
              regs[sp++] = regs[frame.code.varnames.length + arg];
              break;
            case Op.LOAD_NAME:
              if (frame.locals !== frame.globals) {
                // A class body: its namespace, then the globals and builtins.
                const name = names[arg];
                let v = frame.locals!.cls === dictType ? frame.locals!.map.get(name) : namespaceGet(frame.locals!, name);
                if (v === undefined) v = frame.globals.map.get(name);
                if (v === undefined) {
                  v = this.proc.builtins.map.get(name);
                  if (v === undefined) throw nameError(name);
                }
                regs[sp++] = v;
                break;
              }
            // falls through: module-level code reads its globals
            case Op.LOAD_GLOBAL: {
              const nc = frame.code.gcs[ip];
              if (nc !== undefined && nc.dict === frame.globals) {
                let v = nc.cell.v;
                if (v === undefined) v = nc.bcell.v;
                if (v !== undefined) {
                  regs[sp++] = v;
                  break;
                }
              }
              const v = loadGlobalSlow(frame.globals, this.proc.builtins, names[arg], frame.code, ip);
              if (v === undefined) throw nameError(names[arg]);
              regs[sp++] = v;
              break;
            }
            case Op.STORE_NAME:
              if (frame.locals !== frame.globals) {
                // A __prepare__'d namespace (a dict subclass) sees the store through its __setitem__.
                if (frame.locals!.cls === dictType) frame.locals!.set(names[arg], regs[--sp]);
                else ops.setItem(frame.locals!, names[arg], regs[--sp]);
                break;
              }
            // falls through: module-level code writes its globals
            case Op.STORE_GLOBAL: {
              const v = regs[--sp];
              const nc = frame.code.gcs[ip];
              if (nc !== undefined && nc.dict === frame.globals && nc.cell.v !== undefined) {
                // The name exists: its cell takes the value, the Map catches
                // up when someone reads it (PyDict.map).
                nc.cell.v = v;
                frame.globals.dirty = true;
              } else {
                storeGlobalSlow(frame.globals, names[arg], v, frame.code, ip);
              }
              break;
            }
            case Op.LOAD_ATTR: {
              // Inline cache hit: the type has no data descriptor for the name.
              const obj = regs[sp - 1];
              if (obj instanceof PyObject) {
                const ic = frame.code.ics[ip];
                if (ic !== undefined && ic.type === obj.cls && ic.epoch === typeEpoch.n) {
                  let v = obj.dict!.map.get(names[arg]);
                  if (v === undefined) v = ic.method; // a class-level default
                  if (v !== undefined) {
                    regs[sp - 1] = v;
                    break;
                  }
                }
              }
              const af = getAttrFrame(this, obj, names[arg]);
              if (af !== null) {
                // A property's getter (or __getattr__) written in Python: a frame, so it may block.
                exc = this.askFrame(frame, ip, --sp, af);
                break dispatch;
              }
              regs[sp - 1] = loadAttrSlow(obj, names[arg], frame.code, ip);
              break;
            }
            case Op.STORE_ATTR: {
              const obj = regs[sp - 1];
              if (obj instanceof PyObject) {
                const ic = frame.code.ics[ip];
                if (ic !== undefined && ic.type === obj.cls && ic.epoch === typeEpoch.n) {
                  const d = obj.dict as PyDict;
                  d.map.set(names[arg], regs[sp - 2]);
                  if (d.cells !== null) d.syncCell(names[arg], regs[sp - 2]); // a module's globals
                  sp -= 2;
                  break;
                }
              }
              const value = regs[sp - 2];
              sp -= 2;
              const sf = setAttrFrame(this, obj, names[arg], value);
              if (sf !== null) {
                exc = this.askFrame(frame, ip, sp, sf);
                break dispatch;
              }
              storeAttrSlow(obj, names[arg], value, frame.code, ip);
              break;
            }
            case Op.LOAD_METHOD: {
              const obj = regs[sp - 1];
              const ic = frame.code.ics[ip];
              if (ic !== undefined && ic.epoch === typeEpoch.n && ic.type === typeOf(obj) &&
                !(obj instanceof PyObject && obj.dict !== null && obj.dict.map.has(names[arg]))) {
                regs[sp - 1] = ic.method;
                regs[sp++] = obj;
                break;
              }
              const mf = getAttrFrame(this, obj, names[arg]);
              if (mf !== null) {
                // [NULL, the property's value]: the value comes from its frame.
                regs[sp - 1] = undefined;
                exc = this.askFrame(frame, ip, sp, mf);
                break dispatch;
              }
              sp = loadMethodSlow(regs, sp, names[arg], frame.code, ip);
              break;
            }
            case Op.BINARY_OP: {
              const b = regs[--sp];
              const a = regs[sp - 1];
              if (typeof a === 'number' && typeof b === 'number') {
                let r: number;
                switch (arg) {
                  case 0: case 13: r = a + b; break;
                  case 10: case 23: r = a - b; break;
                  case 5: case 18: r = a * b; break;
                  case 6: case 19: // % takes the sign of the divisor
                    if (b === 0) r = NaN;
                    else {
                      r = a % b;
                      if (r !== 0 && (r < 0) !== (b < 0)) r += b;
                    }
                    break;
                  // Exact for safe integers: the rounding error of a / b is
                  // below the quotient's distance to the next integer.
                  case 2: case 15: r = b === 0 ? NaN : Math.floor(a / b); break;
                  case 1: case 14: r = (a | 0) === a && (b | 0) === b ? a & b : NaN; break;
                  case 7: case 20: r = (a | 0) === a && (b | 0) === b ? a | b : NaN; break;
                  case 12: case 25: r = (a | 0) === a && (b | 0) === b ? a ^ b : NaN; break;
                  case 9: case 22: r = (a | 0) === a && b >= 0 && b < 32 ? a >> b : NaN; break;
                  default: r = NaN;
                }
                if (Number.isSafeInteger(r)) {
                  regs[sp - 1] = r === 0 ? 0 : r;
                  break;
                }
              }
              if (pyInstance(a) || pyInstance(b)) {
                const bf = binaryFrame(this, a, b, arg);
                if (bf !== null) {
                  // A Python __add__ (…): a frame, so it may block.
                  sp--;
                  exc = this.askFrame(frame, ip, sp, bf);
                  break dispatch;
                }
              }
              regs[sp - 1] = arith(a, b, arg);
              break;
            }
            case Op.COMPARE_OP: {
              const b = regs[--sp];
              const a = regs[sp - 1];
              if (typeof a === 'number' && typeof b === 'number') {
                let r: boolean;
                switch (arg) {
                  case 0: r = a < b; break;
                  case 1: r = a <= b; break;
                  case 2: r = a === b; break;
                  case 3: r = a !== b; break;
                  case 4: r = a > b; break;
                  default: r = a >= b;
                }
                regs[sp - 1] = r;
                break;
              }
              if (pyInstance(a) || pyInstance(b)) {
                const cf = compareFrame(this, a, b, arg);
                if (cf !== null) {
                  sp--;
                  exc = this.askFrame(frame, ip, sp, cf);
                  break dispatch;
                }
              }
              regs[sp - 1] = compare(a, b, arg);
              break;
            }
            case Op.IS_OP: {
              const b = regs[--sp];
              const a = regs[sp - 1];
              regs[sp - 1] = isSame(a, b) !== (arg === 1);
              break;
            }
            case Op.CONTAINS_OP: {
              const container = regs[--sp];
              if (pyInstance(container)) {
                const cf = containsFrame(this, container, regs[sp - 1], arg === 1);
                if (cf !== null) {
                  sp--;
                  exc = this.askFrame(frame, ip, sp, cf);
                  break dispatch;
                }
              }
              regs[sp - 1] = ops.contains(container, regs[sp - 1]) !== (arg === 1);
              break;
            }
            case Op.UNARY_NEGATIVE:
            case Op.UNARY_POSITIVE:
            case Op.UNARY_INVERT:
            case Op.UNARY_NOT: {
              const x = regs[sp - 1];
              const uop = word & 0xff;
              if (pyInstance(x)) {
                const uf = uop === Op.UNARY_NOT ? truthFrame(this, x)
                  : unaryFrame(this, x, uop === Op.UNARY_NEGATIVE ? '__neg__' : uop === Op.UNARY_POSITIVE ? '__pos__' : '__invert__');
                if (uf !== null) {
                  sp--;
                  exc = this.askFrame(frame, ip, sp, uf);
                  break dispatch;
                }
              }
              regs[sp - 1] = uop === Op.UNARY_NEGATIVE ? ops.unaryNegative(x) : uop === Op.UNARY_POSITIVE ? ops.unaryPositive(x)
                : uop === Op.UNARY_NOT ? !ops.truthy(x) : ops.unaryInvert(x);
              break;
            }
            case Op.BINARY_SUBSCR: {
              const key = regs[--sp];
              const obj = regs[sp - 1];
              if (obj instanceof PyList && typeof key === 'number' && obj.cls.builtin) {
                const items = obj.items;
                const i = key < 0 ? key + items.length : key;
                if (i >= 0 && i < items.length) {
                  regs[sp - 1] = items[i];
                  break;
                }
              } else if (obj instanceof PyDict && obj.cls === dictType) {
                // A plain dict: a missing key raises KeyError without a JS throw.
                const v = obj.get(key);
                if (v !== undefined) {
                  regs[sp - 1] = v;
                  break;
                }
                exc = keyError(key);
                break dispatch;
              }
              const gf = getItemFrame(this, obj, key);
              if (gf !== null) {
                exc = this.askFrame(frame, ip, --sp, gf);
                break dispatch;
              }
              regs[sp - 1] = ops.getItem(obj, key);
              break;
            }
            case Op.STORE_SUBSCR: {
              const key = regs[sp - 1];
              const obj = regs[sp - 2];
              const v = regs[sp - 3];
              sp -= 3;
              if (obj instanceof PyList && typeof key === 'number' && obj.cls.builtin) {
                const items = obj.items;
                const i = key < 0 ? key + items.length : key;
                if (i >= 0 && i < items.length) {
                  items[i] = v;
                  break;
                }
              } else if (obj instanceof PyDict && obj.cls.builtin) {
                obj.set(key, v);
                break;
              }
              const sf = setItemFrame(this, obj, key, v);
              if (sf !== null) {
                exc = this.askFrame(frame, ip, sp, sf);
                break dispatch;
              }
              ops.setItem(obj, key, v);
              break;
            }
            case Op.BUILD_TUPLE: {
              sp -= arg;
              const t0 = arg === 0 ? EMPTY_TUPLE : new PyTuple(regs.slice(sp, sp + arg));
              regs[sp++] = t0;
              break;
            }
            case Op.BUILD_LIST: {
              sp -= arg;
              const l0 = new PyList(regs.slice(sp, sp + arg));
              regs[sp++] = l0;
              break;
            }
            case Op.BUILD_STRING: {
              sp -= arg;
              let s = '';
              for (let i = 0; i < arg; i++) s += regs[sp + i] as string;
              regs[sp++] = s;
              break;
            }
            case Op.LIST_APPEND: {
              const v = regs[--sp];
              const items = (regs[sp - arg] as PyList).items;
              if (items.length >= MAX_ITEMS) throw outOfMemory();
              items.push(v);
              break;
            }
            case Op.SET_ADD: {
              const v = regs[--sp];
              (regs[sp - arg] as PySet).add(v);
              break;
            }
            case Op.MAP_ADD: {
              const v = regs[--sp];
              const k = regs[--sp];
              (regs[sp - arg] as PyDict).set(k, v);
              break;
            }
            case Op.DICT_UPDATE:
            case Op.DICT_MERGE: {
              const v = regs[--sp];
              const target = regs[sp - arg] as PyDict;
              this.dictMerge(target, v, (word & 0xff) === Op.DICT_MERGE, regs[sp - arg - 2]);
              break;
            }
            case Op.FORMAT_VALUE: {
              const spec = (arg & 4) !== 0 ? (regs[--sp] as string) : '';
              const x = regs[sp - 1];
              if (typeof x !== 'string' && pyInstance(x)) {
                const ff = formatFrame(this, x, arg & 3, spec);
                if (ff !== null) {
                  exc = this.askFrame(frame, ip, --sp, ff);
                  break dispatch;
                }
              }
              regs[sp - 1] = formatValue(x, arg & 3, spec);
              break;
            }
            case Op.UNPACK_SEQUENCE: {
              const seq = regs[--sp];
              let items: unknown[];
              if ((seq instanceof PyTuple || seq instanceof PyList) && seq.cls.builtin) items = seq.items;
              else if (unpacksInFrames(seq)) {
                // A generator that may wait: its items are taken in frames.
                exc = this.askFrame(frame, ip, sp, unpackFrame(seq, arg, 0));
                break dispatch;
              } else items = unpackIterable(seq, arg, -1);
              if (items.length !== arg) throw unpackError(items.length, arg);
              for (let i = arg - 1; i >= 0; i--) regs[sp++] = items[i];
              break;
            }
            case Op.JUMP_FORWARD:
              ip = arg;
              break;
            case Op.JUMP_BACKWARD: {
              const from = ip - 1;
              ip = arg;
              if (this.dropRequested) {
                // py311: a pending GIL drop request is honoured here.
                frame.ip = ip;
                frame.sp = sp;
                this.budget = budget;
                this.ticks += startBudget - budget;
                return STOP_SWITCH;
              }
              if (this.jitLoop(frame.code, arg, from)) {
                exc = ENTER_JIT; // hot code goes on compiled (see the end of run())
                break dispatch;
              }
              break;
            }
            case Op.POP_JUMP_IF_FALSE: {
              const v = regs[--sp];
              if (v === false) ip = arg;
              else if (v !== true) {
                const tf = typeof v === 'object' ? truthFrame(this, v) : null;
                if (tf !== null) {
                  exc = this.askFrame(frame, ip, sp, tf);
                  break dispatch;
                }
                if (!ops.truthy(v)) ip = arg;
              }
              break;
            }
            case Op.POP_JUMP_IF_TRUE: {
              const v = regs[--sp];
              if (v === true) ip = arg;
              else if (v !== false) {
                const tf = typeof v === 'object' ? truthFrame(this, v) : null;
                if (tf !== null) {
                  exc = this.askFrame(frame, ip, sp, tf);
                  break dispatch;
                }
                if (ops.truthy(v)) ip = arg;
              }
              break;
            }
            case Op.POP_JUMP_IF_NONE:
              if (regs[--sp] === null) ip = arg;
              break;
            case Op.POP_JUMP_IF_NOT_NONE:
              if (regs[--sp] !== null) ip = arg;
              break;
            case Op.JUMP_IF_FALSE_OR_POP:
            case Op.JUMP_IF_TRUE_OR_POP: {
              const v = regs[sp - 1];
              const tf = typeof v === 'object' ? truthFrame(this, v) : null;
              if (tf !== null) {
                // The value stays on the stack: the frame's continuation jumps or pops it.
                exc = this.askFrame(frame, ip, sp, tf);
                break dispatch;
              }
              if (ops.truthy(v) === ((word & 0xff) === Op.JUMP_IF_TRUE_OR_POP)) ip = arg;
              else sp--;
              break;
            }
            case Op.GET_ITER: {
              const x = regs[sp - 1];
              if (x instanceof PyObject && !(x instanceof PyIter)) {
                const inf = iterFrame(this, x);
                if (inf !== null) {
                  exc = this.askFrame(frame, ip, --sp, inf);
                  break dispatch;
                }
              }
              regs[sp - 1] = ops.getIter(x);
              break;
            }
            case Op.FOR_ITER: {
              // `top` is computed on every iteration so that the exhausted
              // branch does no arithmetic of its own: V8 would have no type
              // feedback for it the first time a loop ends.
              const top = sp - 1;
              const it = regs[top];
              if (it instanceof PyIter) {
                if (it.framed) {
                  if (it.viaHelper && this.proc.sched.threaded) {
                    // enumerate(gen()) …: the loop goes on over a Python
                    // generator that takes the items in frames (this
                    // FOR_ITER runs again, over it).
                    regs[top] = helperIterator(it);
                    ip--;
                    break;
                  }
                  if (it.pyCall) {
                    // A map's or filter's Python function: its call is a frame.
                    const nf = nextFrame(this, it);
                    if (nf === undefined) {
                      sp = top;
                      ip = arg;
                      break;
                    }
                    exc = this.askFrame(frame, ip, sp, nf as Frame);
                    break dispatch;
                  }
                }
                const v = it.next();
                if (v === undefined) {
                  sp = top;
                  ip = arg;
                } else {
                  regs[sp++] = v;
                }
                break;
              }
              if (it instanceof PyGenerator && it.state !== GEN_RUNNING) {
                if (it.state === GEN_CLOSED) {
                  sp--;
                  ip = arg;
                  break;
                }
                // Resume the generator's frame on top of this one.
                frame.ip = ip;
                frame.sp = sp;
                const gf = it.frame;
                if (it.state === GEN_SUSPENDED) gf.regs[gf.sp++] = null;
                it.state = GEN_RUNNING;
                it.callerExc = t.excInfo;
                if (it.excInfo !== null) t.excInfo = it.excInfo;
                gf.back = frame;
                this.pushDepth(t);
                frame = gf;
                t.frame = frame;
                ({ code, consts, names } = frame.code);
                regs = frame.regs;
                sp = frame.sp;
                ip = frame.ip;
                break;
              }
              const nf = nextFrame(this, it);
              if (nf !== null && nf !== undefined) {
                // An iterator's __next__ written in Python: a frame, so it may block.
                exc = this.askFrame(frame, ip, sp, nf);
                break dispatch;
              }
              const v = ops.iterNext(it);
              if (v === undefined) {
                sp--;
                ip = arg;
              } else {
                regs[sp++] = v;
              }
              break;
            }
            case Op.KW_NAMES:
              kwNames = consts[arg] as PyTuple;
              break;
            case Op.CALL: {
              const base = sp - arg - 2;
              let f = regs[base];
              let start: number, n: number;
              if (f === undefined) {
                f = regs[base + 1];
                start = base + 2;
                n = arg;
              } else {
                start = base + 1;
                n = arg + 1;
              }
              // Unwrap bound methods in place: [func, self, args...].
              if (f instanceof PyBoundMethod) {
                if (start === base + 2) {
                  regs[base] = f.func;
                  regs[base + 1] = f.self;
                  f = f.func;
                  start = base + 1;
                  n++;
                } else if (kwNames === null && f.func instanceof PyFunction && !f.func.code.isGenerator) {
                  // A bound method in LOAD_METHOD's slot pair (a with statement's
                  // __exit__): a frame of this thread, so that it may block, as
                  // __enter__ may (BEFORE_WITH).
                  const args = regs.slice(start, sp);
                  args.unshift(f.self);
                  const newFrame = this.makeFrame(f.func, args, 0, args.length, null, null);
                  sp = base;
                  frame.ip = ip;
                  frame.sp = sp;
                  frame = this.enterFrame(t, frame, newFrame);
                  ({ code, consts, names } = frame.code);
                  regs = frame.regs;
                  sp = frame.sp;
                  ip = 0;
                  break;
                } else {
                  // A bound method called through LOAD_METHOD's slot pair: rare, take the slow path.
                  const args = regs.slice(start, sp);
                  sp = base;
                  regs[sp++] = this.callSlow(f, args, kwNames);
                  kwNames = null;
                  break;
                }
              }
              if (f instanceof PyFunction) {
                const fcode = f.code;
                if (kwNames === null && n === fcode.argcount && f.simple && fcode.plainFrame) {
                  // The hot path: a plain positional call of a plain function.
                  // acquireFrame is shared with compiled code's calls (jitCall), so V8's type feedback for its `new Frame` is too.
                  const nf = acquireFrame(fcode, f.globals, f);
                  const nregs = nf.regs;
                  for (let i = 0; i < n; i++) nregs[i] = regs[start + i];
                  frame.ip = ip;
                  frame.sp = base;
                  if (++t.depth > this.recursionLimit) {
                    t.depth--;
                    throw pyErr(RecursionError, 'maximum recursion depth exceeded');
                  }
                  nf.back = frame;
                  frame = nf;
                  t.frame = nf;
                  code = fcode.code;
                  consts = fcode.consts;
                  names = fcode.names;
                  regs = nregs;
                  sp = fcode.nlocalsplus;
                  ip = 0;
                  if (this.dropRequested) {
                    // py311: a pending GIL drop request is honoured here.
                    frame.ip = ip;
                    frame.sp = sp;
                    this.budget = budget;
                    this.ticks += startBudget - budget;
                    return STOP_SWITCH;
                  }
                  if (fcode.jit !== null || (--fcode.jitCountdown === 0 && this.prepareJit(fcode))) {
                    exc = ENTER_JIT; // hot code goes on compiled (see the end of run())
                    break dispatch;
                  }
                  break;
                }
                let newFrame: Frame;
                if (kwNames === null && f.simple && n === fcode.argcount) {
                  newFrame = fcode.isGenerator ? new Frame(fcode, f.globals, null, f) : acquireFrame(fcode, f.globals, f);
                  const nregs = newFrame.regs;
                  for (let i = 0; i < n; i++) nregs[i] = regs[start + i];
                  if (fcode.cellvars.length > 0 || fcode.freevars.length > 0) this.initCells(newFrame, f);
                } else {
                  newFrame = this.callFrame(f, regs, start, n, kwNames);
                  kwNames = null;
                }
                sp = base;
                if (fcode.isGenerator) {
                  frame.ip = ip;
                  const g = this.makeGenerator(newFrame);
                  const next = code[ip];
                  if ((next & 0xff) === Op.GET_ITER || (next & 0xff) === Op.GET_AITER) g.loopOwned = true;
                  else if ((next & 0xff) === Op.STORE_FAST && frame.code.ownedGenSlots?.includes(next >> 8)) {
                    // Into an owned variable: its previous generator may be closed here (a nested run).
                    frame.sp = sp;
                    this.ticks += startBudget - budget;
                    startBudget = budget;
                    takeOwnership(g, frame, ip, this.proc);
                  }
                  regs[sp++] = g;
                  break;
                }
                frame.ip = ip;
                frame.sp = sp;
                if (++t.depth > this.recursionLimit) {
                  t.depth--;
                  throw pyErr(RecursionError, 'maximum recursion depth exceeded');
                }
                newFrame.back = frame;
                frame = newFrame;
                t.frame = frame;
                code = fcode.code;
                consts = fcode.consts;
                names = fcode.names;
                regs = newFrame.regs;
                sp = newFrame.sp;
                ip = 0;
                break;
              }
              if (f instanceof PyType) {
                if ((f === strType || f === boolType) && n === 1 && kwNames === null) {
                  const sf = f === strType ? strFrame(this, regs[start]) : boolFrame(this, regs[start]);
                  if (sf !== null) {
                    // str(obj) / bool(obj) with a Python __str__ / __bool__: a frame, so it may block.
                    sp = base;
                    exc = this.askFrame(frame, ip, sp, sf);
                    break dispatch;
                  }
                }
                if (kwNames === null && n === 1 && DRAINING_TYPES.has(f) && t.nested === 0 && drainsInCall(f, regs[start])) {
                  // list(gen), tuple(gen) …: the generator runs in frames, so it may block.
                  const newFrame = drainFrame(f, regs[start]);
                  sp = base;
                  frame.ip = ip;
                  frame.sp = sp;
                  frame = this.enterFrame(t, frame, newFrame);
                  ({ code, consts, names } = frame.code);
                  regs = frame.regs;
                  sp = frame.sp;
                  ip = 0;
                  break;
                }
                const init = f.lookup('__init__');
                if (init instanceof PyFunction && f.lookup('__new__') === ops.objectNew && f.cls === typeType) {
                  // Class call: allocate, then run __init__ as an ordinary frame.
                  const obj = ops.allocInstance(f);
                  regs[start - 1] = obj;
                  const newFrame = this.callFrame(init, regs, start - 1, n + 1, kwNames);
                  kwNames = null;
                  sp = base;
                  frame.ip = ip;
                  frame.sp = sp;
                  newFrame.flags |= F_INIT;
                  newFrame.initSelf = obj;
                  frame = this.enterFrame(t, frame, newFrame);
                  ({ code, consts, names } = frame.code);
                  regs = frame.regs;
                  sp = frame.sp;
                  ip = 0;
                  break;
                }
              }
              if (f instanceof PyBuiltin && f.resumes !== 0 && kwNames === null) {
                // send()/next()/__next__() of a suspended generator: link its
                // frame here (what the builtin would ask for, minus the
                // argument array and the trip out of the dispatch loop).
                const g = resumedGenerator(f, regs, start, n);
                if (g !== null) {
                  const v = f.resumes === RESUMES_SEND ? regs[start + n - 1] : null;
                  g.nextDefault = f.resumes === RESUMES_NEXT && n === 2 ? regs[start + 1] : undefined;
                  sp = base;
                  frame.ip = ip;
                  frame.sp = sp;
                  frame = enterGen(this, g, frame, v, null);
                  t.frame = frame;
                  ({ code, consts, names } = frame.code);
                  regs = frame.regs;
                  sp = frame.sp;
                  ip = frame.ip;
                  break;
                }
              }
              if (kwNames === null && f instanceof PyBuiltin && f.self === undefined) {
                // Builtins with a fixed-arity entry need no argument array.
                let r: unknown = BLOCK; // BLOCK: no entry for this arity
                if (n === 1 && f.fast1 !== null) r = f.fast1(regs[start]);
                else if (n === 2 && f.fast2 !== null) r = f.fast2(regs[start], regs[start + 1]);
                else if (n === 3 && f.fast3 !== null) r = f.fast3(regs[start], regs[start + 1], regs[start + 2]);
                if (r !== BLOCK) {
                  sp = base;
                  regs[sp++] = r;
                  if (this.dropRequested) {
                    // py311: "after calls" is a check point.
                    frame.ip = ip;
                    frame.sp = sp;
                    this.budget = budget;
                    this.ticks += startBudget - budget;
                    return STOP_SWITCH;
                  }
                  break;
                }
              }
              let args: unknown[];
              let kw: Kwargs = null;
              if (kwNames !== null) {
                const kn = kwNames.items as string[];
                const npos = n - kn.length;
                args = regs.slice(start, start + npos);
                kw = new Map();
                for (let i = 0; i < kn.length; i++) kw.set(kn[i], regs[start + npos + i]);
                kwNames = null;
              } else {
                args = regs.slice(start, start + n);
              }
              sp = base;
              frame.ip = ip;
              frame.sp = sp;
              let r: unknown;
              this.ticks += startBudget - budget;
              startBudget = budget;
              if (f instanceof PyBuiltin) {
                if (f.self !== undefined) args.unshift(f.self);
                this.blockable = t.nested === 0;
                r = f.fn(args, kw);
                this.blockable = false;
                if (r === BLOCK) {
                  if (this.resumeGen !== null || this.pushFrame !== null) {
                    // send()/next()/throw(): continue in the generator's frame.
                    exc = RESUME;
                    break dispatch;
                  }
                  // Parked by the builtin: the waker provides the result.
                  this.budget = budget;
                  return STOP_BLOCK;
                }
              } else {
                const cf = callFrame(this, f, args, kw);
                if (cf !== null) {
                  // An object with a Python __call__, a partial of a Python function: a frame.
                  this.pushFrame = cf;
                  exc = RESUME;
                  break dispatch;
                }
                r = ops.call(f, args, kw);
              }
              regs[sp++] = r;
              if (this.dropRequested) {
                // py311: a pending GIL drop request is honoured here.
                frame.ip = ip;
                frame.sp = sp;
                this.budget = budget;
                this.ticks += startBudget - budget;
                return STOP_SWITCH;
              }
              break;
            }
            case Op.CALL_FUNCTION_EX: {
              const argsAt = sp - 1 - (arg & 1);
              const seq = regs[argsAt];
              if (!(seq instanceof PyTuple || seq instanceof PyList) && (unpacksInFrames(seq) || (t.nested === 0 && iteratesPython(seq)))) {
                // f(*gen()) of a generator: its items first, in frames, as list(gen()) takes
                // them, so the generator's body may wait, or fork (gather(*(run_in_executor(…)
                // for …)) with a process pool).
                exc = this.askFrame(frame, ip, sp, starArgsFrame(seq, argsAt));
                break dispatch;
              }
              let kw: Kwargs = null;
              if ((arg & 1) !== 0) {
                const d = regs[--sp];
                kw = this.kwargsFromMapping(d, regs[sp - 2]);
              }
              const argsObj = regs[--sp];
              const f = regs[--sp];
              sp--; // NULL
              frame.ip = ip;
              frame.sp = sp;
              if (!(argsObj instanceof PyTuple || argsObj instanceof PyList) && typeof argsObj !== 'string' && !isIterable(argsObj)) {
                throw typeError(`${funcDesc(f)} argument after * must be an iterable, not ${ops.typeName(argsObj)}`);
              }
              const args = argsObj instanceof PyTuple ? argsObj.items.slice() : ops.toArray(argsObj);
              // A Python function gets a frame on this thread, as with CALL,
              // so f(*args, **kw) may block and give up the GIL like f(a, b).
              let pf: unknown = f;
              if (f instanceof PyBoundMethod && f.func instanceof PyFunction) {
                pf = f.func;
                args.unshift(f.self);
              }
              if (pf instanceof PyFunction && !pf.code.isGenerator) {
                const newFrame = this.makeFrame(pf, args, 0, args.length, kw === null ? null : [...kw.keys()], kw === null ? null : [...kw.values()]);
                frame = this.enterFrame(t, frame, newFrame);
                ({ code, consts, names } = frame.code);
                regs = frame.regs;
                sp = frame.sp;
                ip = 0;
                break;
              }
              if (f instanceof PyBuiltin) {
                // A builtin called with f(*args, **kw) may block like a direct call.
                if (f.self !== undefined) args.unshift(f.self);
                this.ticks += startBudget - budget;
                startBudget = budget;
                this.blockable = t.nested === 0;
                const r = f.fn(args, kw);
                this.blockable = false;
                if (r === BLOCK) {
                  if (this.resumeGen !== null || this.pushFrame !== null) {
                    exc = RESUME;
                    break dispatch;
                  }
                  this.budget = budget;
                  return STOP_BLOCK;
                }
                regs[sp++] = r;
                break;
              }
              const cf = callFrame(this, f, args, kw);
              if (cf !== null) {
                this.pushFrame = cf;
                exc = RESUME;
                break dispatch;
              }
              regs[sp++] = this.callSlow(f, args, kw === null ? null : kw);
              break;
            }
            case Op.RETURN_VALUE: {
              if (arg !== 0) {
                // The function's owned generators go with it (a nested run each).
                frame.ip = ip;
                frame.sp = sp;
                this.ticks += startBudget - budget;
                startBudget = budget;
                closeOwned(frame, this.proc);
              }
              let v = regs[--sp];
              const done = frame;
              if (done.flags === 0 && done.gen === null && done.func !== null) {
                // The hot path: back to the calling frame, recycling this one.
                const back = done.back!;
                t.depth--;
                t.frame = back;
                const dcode = done.code;
                const pool = dcode.framePool;
                if (pool.length < FRAME_POOL_SIZE) {
                  for (let i = dcode.nlocalsplus - 1; i >= 0; i--) regs[i] = undefined;
                  done.back = null;
                  done.ip = 0;
                  done.sp = dcode.nlocalsplus;
                  pool.push(done);
                }
                frame = back;
                const bcode = back.code;
                code = bcode.code;
                consts = bcode.consts;
                names = bcode.names;
                regs = back.regs;
                sp = back.sp;
                ip = back.ip;
                regs[sp++] = v;
                if (bcode.jit !== null) {
                  exc = ENTER_JIT; // hot code goes on compiled (see the end of run())
                  break dispatch;
                }
                break;
              }
              if ((done.flags & F_INIT) !== 0) {
                if (v !== null) throw typeError(`__init__() should return None, not '${ops.typeName(v)}'`);
                v = done.initSelf;
              }
              const cont = done.cont;
              t.depth--;
              const gen = done.gen;
              if (gen !== null) {
                gen.state = GEN_CLOSED;
                gen.activeSend = null;
                t.excInfo = gen.callerExc;
                done.regs.length = 0;
              }
              const back = done.back;
              t.frame = back;
              done.back = null;
              if ((done.flags & F_ENTRY) !== 0) {
                this.result = v;
                this.budget = budget;
                this.ticks += startBudget - budget;
                return STOP_RETURN;
              }
              if (gen === null && (done.flags & F_KEEP) === 0 && done.func !== null) releaseFrame(done);
              frame = back!;
              ({ code, consts, names } = frame.code);
              regs = frame.regs;
              sp = frame.sp;
              ip = frame.ip;
              if (gen !== null) {
                // The generator was resumed by FOR_ITER or SEND in `frame`, or
                // by send()/next()/throw() (a CALL): then it raises StopIteration.
                const resumer = code[ip - 1];
                const rop = resumer & 0xff;
                if (rop === Op.FOR_ITER) {
                  sp--;
                  ip = resumer >> 8;
                } else if (rop === Op.SEND) {
                  // An async generator that ends: the awaited __anext__() raises.
                  if (gen.cls === asyncGeneratorType) {
                    exc = newException(StopAsyncIteration, []);
                    break dispatch;
                  }
                  regs[sp - 1] = v;
                  ip = resumer >> 8;
                  if (frame.code.jit !== null) {
                    exc = ENTER_JIT; // the awaiting coroutine goes on compiled
                    break dispatch;
                  }
                } else if (gen.nextDefault !== undefined) {
                  // next(gen, default): the default is the call's result.
                  regs[sp++] = gen.nextDefault;
                  gen.nextDefault = undefined;
                } else {
                  // Raised at the resumer's CALL, without a JS throw (they are slow).
                  exc = newException(StopIteration, v === null ? [] : [v]);
                  break dispatch;
                }
                break;
              }
              if (cont !== null) {
                // A special method's frame: what the instruction makes of its
                // value. It may move the caller on (a jump, a loop's end).
                v = cont(v);
                sp = frame.sp;
                ip = frame.ip;
                if (v === BLOCK) {
                  exc = RESUME;
                  break dispatch;
                }
                if (v !== NO_RESULT) regs[sp++] = v;
                if (frame.code.jit !== null || frame.code.jitLoops !== null) {
                  exc = ENTER_JIT; // hot code goes on compiled (see the end of run())
                  break dispatch;
                }
                break;
              }
              regs[sp++] = v;
              break;
            }
            case Op.YIELD_VALUE: {
              const v = regs[--sp];
              const gen = frame.gen!;
              gen.state = GEN_SUSPENDED;
              // The exception a generator handles stays with it while it is suspended.
              gen.excInfo = t.excInfo === gen.callerExc ? null : t.excInfo;
              t.excInfo = gen.callerExc;
              frame.ip = ip;
              frame.sp = sp;
              t.depth--;
              const back = frame.back;
              frame.back = null;
              t.frame = back;
              if ((frame.flags & F_ENTRY) !== 0) {
                frame.flags &= ~F_ENTRY;
                this.result = v;
                this.budget = budget;
                this.ticks += startBudget - budget;
                return STOP_YIELD;
              }
              frame = back!;
              ({ code, consts, names } = frame.code);
              regs = frame.regs;
              sp = frame.sp;
              ip = frame.ip;
              regs[sp++] = v;
              break;
            }
            case Op.SEND: {
              // yield from / await: [receiver, value]. A generator receiver's
              // frame is linked on top of this one; what it yields lands on
              // this stack for the YIELD_VALUE that follows, and its return
              // comes back through RETURN_VALUE (which sees this SEND).
              const value = regs[sp - 1];
              const recv = regs[sp - 2];
              frame.ip = ip;
              frame.sp = sp - 1;
              if (recv instanceof PyGenerator) {
                const err = resumeError(recv, value, null);
                if (err !== null) {
                  if (!excMatches(err, StopIteration)) throw err;
                  sp--;
                  regs[sp - 1] = null;
                  ip = arg;
                  break;
                }
                frame = enterGen(this, recv, frame, value, null);
                t.frame = frame;
                ({ code, consts, names } = frame.code);
                regs = frame.regs;
                sp = frame.sp;
                ip = frame.ip;
                break;
              }
              if (recv instanceof AsyncGenSend) {
                // An await on an async generator's __anext__()/asend()/athrow():
                // its frame is linked here too (see async-ops.ts).
                const inner = asyncGenEnter(this, recv, frame, value);
                if (inner !== null) {
                  frame = inner;
                  t.frame = frame;
                  ({ code, consts, names } = frame.code);
                  regs = frame.regs;
                  sp = frame.sp;
                  ip = frame.ip;
                  if (this.enterExc !== null) throw this.takeEnterExc();
                  break;
                }
              }
              frame.sp = sp;
              const r = this.sendTo(recv, value);
              if (this.sendDone) {
                this.sendDone = false;
                sp--;
                ip = arg;
              }
              regs[sp - 1] = r;
              break;
            }
            case Op.JUMP_BACKWARD_NO_INTERRUPT:
              ip = arg;
              break;
            case Op.ASYNC_GEN_WRAP: {
              // An async generator's own yield. Stepped from JS, the value is
              // marked for async-ops.ts; stepped in the loop (asyncGenEnter),
              // the generator suspends here and the await on its __anext__()
              // in the frame below completes with the value.
              const gen = frame.gen!;
              if (!gen.steppedInLoop) {
                regs[sp - 1] = new AsyncGenValue(regs[sp - 1]);
                break;
              }
              const v = regs[--sp];
              gen.state = GEN_SUSPENDED;
              gen.excInfo = t.excInfo === gen.callerExc ? null : t.excInfo;
              t.excInfo = gen.callerExc;
              frame.ip = ip + 1; // past the YIELD_VALUE that follows
              frame.sp = sp;
              t.depth--;
              const back = frame.back!;
              frame.back = null;
              t.frame = back;
              frame = back;
              ({ code, consts, names } = frame.code);
              regs = frame.regs;
              sp = frame.sp;
              ip = code[frame.ip - 1] >> 8; // the SEND's target
              (regs[sp - 1] as AsyncGenSend).finish();
              regs[sp - 1] = v;
              break;
            }
            case Op.BEFORE_WITH: {
              const mgr = regs[sp - 1];
              const mt = typeOf(mgr);
              const enter = mt.lookup('__enter__');
              const exit = mt.lookup('__exit__');
              if (enter === undefined) {
                throw typeError(`'${mt.tpName}' object does not support the context manager protocol`);
              }
              if (exit === undefined) {
                throw typeError(`'${mt.tpName}' object does not support the context manager protocol (missed __exit__ method)`);
              }
              regs[sp - 1] = ops.bindDescr(exit, mgr, mt);
              frame.ip = ip;
              frame.sp = sp;
              if (enter instanceof PyFunction && !enter.code.isGenerator) {
                // A Python __enter__ runs as a frame of this thread, so it may block;
                // its return value lands on this stack like a call's.
                const newFrame = this.makeFrame(enter, [mgr], 0, 1, null, null);
                frame = this.enterFrame(t, frame, newFrame);
                ({ code, consts, names } = frame.code);
                regs = frame.regs;
                sp = frame.sp;
                ip = 0;
                break;
              }
              this.ticks += startBudget - budget;
              startBudget = budget;
              let entered: unknown;
              if (enter instanceof PyBuiltin) {
                // Called directly (not through callDescr, for which it would be JS's callee), it may block.
                this.blockable = t.nested === 0;
                entered = enter.binds ? enter.fn([mgr], null) : enter.fn([], null);
                this.blockable = false;
              } else {
                entered = ops.callDescr(enter, mgr, []);
              }
              if (entered === BLOCK) {
                this.budget = budget;
                return STOP_BLOCK;
              }
              regs[sp++] = entered;
              break;
            }
            case Op.WITH_EXCEPT_START: {
              const e = regs[sp - 1] as PyBaseException;
              const exit = regs[sp - 3];
              frame.ip = ip;
              frame.sp = sp;
              if (exit instanceof PyBoundMethod && exit.func instanceof PyFunction && !exit.func.code.isGenerator) {
                // A Python __exit__ runs as a frame of this thread, so it may
                // block (join a thread...); its return value lands on this stack.
                const newFrame = this.makeFrame(exit.func, [exit.self, e.cls, e, tracebackOf(e)], 0, 4, null, null);
                frame = this.enterFrame(t, frame, newFrame);
                ({ code, consts, names } = frame.code);
                regs = frame.regs;
                sp = frame.sp;
                ip = 0;
                break;
              }
              regs[sp++] = ops.call(exit, [e.cls, e, tracebackOf(e)]);
              break;
            }
            case Op.RAISE_VARARGS:
              exc = this.raised(arg, regs, sp, t);
              sp -= arg;
              break dispatch;
            case Op.RERAISE:
              this.reraise = true;
              exc = regs[--sp];
              break dispatch;
            case Op.RACE_ACCESS:
              // --race only; not counted as an instruction, so schedules stay the same.
              this.proc.race!.access(t, frame, regs, sp, code[ip], ip);
              budget++;
              break;
            case Op.LIST_EXTEND:
            case Op.SET_UPDATE: {
              const seq = regs[sp - 1];
              if (!(seq instanceof PyList || seq instanceof PyTuple) && unpacksInFrames(seq)) {
                // [*gen()], {*gen()} of a generator that may wait: its items in frames.
                exc = this.askFrame(frame, ip, sp - 1, extendFrame(seq, arg));
                break dispatch;
              }
              sp = this.execRare(word, regs, sp, frame, t);
              break;
            }
            case Op.UNPACK_EX: {
              const seq = regs[sp - 1];
              if (unpacksInFrames(seq)) {
                exc = this.askFrame(frame, ip, sp - 1, unpackFrame(seq, -1, arg));
                break dispatch;
              }
              sp = this.execRare(word, regs, sp, frame, t);
              break;
            }
            case Op.DELETE_SUBSCR: {
              const obj = regs[sp - 2];
              if (pyInstance(obj)) {
                const df = delItemFrame(this, obj, regs[sp - 1]);
                if (df !== null) {
                  // A Python __delitem__: a frame, so it may block.
                  sp -= 2;
                  exc = this.askFrame(frame, ip, sp, df);
                  break dispatch;
                }
              }
              sp = this.execRare(word, regs, sp, frame, t);
              break;
            }
            default:
              // The rarer instructions live in execRare, so this function stays
              // small enough for V8 to compile quickly and rarely deoptimise.
              sp = this.execRare(word, regs, sp, frame, t);
          }
        }
      } catch (err) {
        exc = err;
      }
      if (exc === RESUME) {
        // A builtin (send(), next(), throw()…) or an instruction asked to
        // continue in another frame (a generator's, a special method's):
        // its frame state was saved before.
        try {
          frame = this.takeResume(frame);
          ({ code, consts, names } = frame.code);
          regs = frame.regs;
          sp = frame.sp;
          ip = frame.ip;
          exc = this.enterExc === null ? ENTER_JIT : this.takeEnterExc(); // thrown into the resumed frame: unwind there
        } catch (err) {
          exc = err; // the recursion limit: raised where the frame was asked for
        }
      }
      if (exc !== ENTER_JIT) {
        // Unwinding lives in unwind(), so this function stays small.
        frame.ip = ip;
        frame.sp = sp;
        this.ticks += startBudget - budget;
        startBudget = budget;
        this.budget = budget;
        frame = this.unwind(t, frame, exc);
        ({ code, consts, names } = frame.code);
        regs = frame.regs;
        sp = frame.sp;
        ip = frame.ip;
        kwNames = null;
      }
      // The one way into compiled code: at calls, returns and backward jumps
      // (ENTER_JIT), and wherever a resume, an exception handler or a
      // generator's end leads.
      if (frame.code.jit !== null || frame.code.jitLoops !== null) {
        frame.ip = ip;
        frame.sp = sp;
        this.ticks += startBudget - budget;
        this.budget = budget;
        const r = this.runJit(t);
        frame = t.frame!;
        ({ code, consts, names } = frame.code);
        regs = frame.regs;
        sp = frame.sp;
        ip = frame.ip;
        budget = this.budget;
        startBudget = budget;
        if (r !== J_INTERP) {
          const o = this.jitOutcome(r);
          if (typeof o === 'number') return o;
          pendingExc = o;
        }
      }
    }
  }

  /**
   * The exception a RAISE_VARARGS instruction raises: `raise` (0 operands)
   * re-raises the one being handled, `raise X` makes one from X, `raise X
   * from Y` also sets the cause. Errors in doing so are thrown.
   */
  /** Set by a `raise` statement for the unwind that follows (see unwind). */
  private explicitRaise = false;

  private raised(arg: number, regs: unknown[], sp: number, t: ThreadState): PyBaseException {
    if (arg === 0) {
      const cur = topmostException(t);
      if (cur === null) throw pyErr(RuntimeError, 'No active exception to reraise');
      this.reraise = true;
      return cur;
    }
    const cause: unknown = arg === 2 ? regs[sp - 1] : undefined;
    const e = this.makeException(regs[sp - arg]);
    this.explicitRaise = true;
    if (cause !== undefined) {
      e.cause = cause === null ? null : this.makeException(cause, true);
      e.suppressContext = true;
    }
    return e;
  }

  /**
   * Unwinds a Python exception (or a host error turned into one) from
   * `frame`: adds traceback entries, finds the innermost handler in this
   * run's frames and returns its frame positioned there (the exception
   * pushed), or rethrows when the run's entry frame is left.
   */
  /**
   * An exception drops `frame`'s stack down to `base`: a for loop's fresh
   * generator among the values is finalized there, top first, before any
   * handler runs, as CPython's reference count drop does.
   */
  private dropStack(t: ThreadState, frame: Frame, base: number): void {
    for (let i = frame.sp - 1; i >= base; i--) {
      const v = frame.regs[i];
      if (v instanceof PyGenerator && v.loopOwned) {
        t.frame = frame;
        finalizeLoopGenerator(v, frame, frame.ip, this.proc);
      }
    }
  }

  private unwind(t: ThreadState, frame: Frame, err: unknown): Frame {
    let e: PyBaseException;
    if (err instanceof PyBaseException) e = err;
    else e = this.hostError(err);
    if ((e as { nameAttr?: string }).nameAttr !== undefined && (e as { raisedIn?: Frame }).raisedIn === undefined) {
      (e as { raisedIn?: Frame }).raisedIn = frame;
      frame.flags |= F_KEEP;
    }
    let addTb = !this.reraise;
    this.reraise = false;
    // The exception being handled becomes the context of one raised now: a
    // fresh one, or any a `raise` statement raises (even one raised before),
    // not one merely propagating out of a nested run.
    const explicit = this.explicitRaise;
    this.explicitRaise = false;
    const handling = addTb ? topmostException(t) : null;
    if (handling !== null && handling !== e && (explicit || (e.context === null && e.tb.length === 0))) {
      setContext(e, handling);
    }
    for (;;) {
      const at = frame.ip > 0 ? frame.ip - 1 : 0;
      if (addTb) e.tb.push({ code: frame.code, ip: at });
      addTb = true;
      const h = frame.ip > 0 ? frame.code.handlerOf[at] : -1;
      if (h >= 0) {
        const handler = frame.code.handlers[h];
        let sp = frame.code.nlocalsplus + handler.depth;
        this.dropStack(t, frame, sp);
        frame.regs[sp++] = e;
        frame.sp = sp;
        frame.ip = handler.target;
        t.frame = frame;
        return frame;
      }
      // No handler here: the frame is done.
      this.dropStack(t, frame, frame.code.nlocalsplus);
      t.depth--;
      const gen = frame.gen;
      if (gen !== null) {
        gen.state = GEN_CLOSED;
        gen.activeSend = null;
        t.excInfo = gen.callerExc;
        const isAsyncGen = gen.cls === asyncGeneratorType;
        if (excMatches(e, StopIteration) || (isAsyncGen && excMatches(e, StopAsyncIteration))) {
          // PEP 479: a StopIteration escaping the body would end the caller's loop silently.
          const re = pyErr(RuntimeError, `${genKind(gen)} raised ${isAsyncGen && !excMatches(e, StopIteration) ? 'StopAsyncIteration' : 'StopIteration'}`);
          re.cause = e;
          re.context = e;
          re.suppressContext = true;
          e = re;
        }
      }
      const back = frame.back;
      frame.back = null;
      t.frame = back;
      if ((frame.flags & F_ENTRY) !== 0 || back === null) throw e;
      if ((frame.flags & F_NEXT) !== 0 && excMatches(e, StopIteration)) {
        // The next item's frame (an iterator's __next__) raised StopIteration: FOR_ITER's loop ends.
        const it = back.regs[back.sp - 1];
        if (it instanceof PyIter) it.stopped();
        back.sp--;
        back.ip = back.code.code[back.ip - 1] >> 8;
        return back;
      }
      frame = back;
    }
  }

  /**
   * Executes an instruction that is not on any hot path (building dicts and
   * slices, imports, exceptions, deletes …). Takes and returns the stack
   * pointer; it never changes the frame or the instruction pointer.
   */
  private execRare(word: number, regs: unknown[], sp: number, frame: Frame, t: ThreadState): number {
    const arg = word >> 8;
    const names = frame.code.names;
    switch (word & 0xff) {
        case Op.BUILD_SLICE: {
          const step = arg === 3 ? regs[--sp] : null;
          const stop = regs[--sp];
          regs[sp - 1] = makeSlice(regs[sp - 1], stop, step);
          break;
        }
        case Op.BUILD_SET: {
          const s = new PySet();
          sp -= arg;
          for (let i = 0; i < arg; i++) s.add(regs[sp + i]);
          regs[sp++] = s;
          break;
        }
        case Op.BUILD_MAP: {
          const d = new PyDict();
          sp -= 2 * arg;
          for (let i = 0; i < arg; i++) d.set(regs[sp + 2 * i], regs[sp + 2 * i + 1]);
          regs[sp++] = d;
          break;
        }
        case Op.LIST_EXTEND: {
          const v = regs[--sp];
          const target = (regs[sp - arg] as PyList).items;
          if (!(v instanceof PyList || v instanceof PyTuple) && typeof v !== 'string' && !isIterable(v)) {
            throw typeError(`Value after * must be an iterable, not ${ops.typeName(v)}`);
          }
          for (const x of ops.asArray(v)) target.push(x);
          break;
        }
        case Op.SET_UPDATE: {
          const v = regs[--sp];
          (regs[sp - arg] as PySet).update(v);
          break;
        }
        case Op.LIST_TO_TUPLE:
          regs[sp - 1] = tuple((regs[sp - 1] as PyList).items);
          break;
        case Op.UNPACK_EX: {
          const seq = regs[--sp];
          checkUnpackable(seq);
          sp = unpackExInto(regs, sp, ops.toArray(seq), arg);
          break;
        }
        case Op.DELETE_FAST:
          if (regs[arg] === undefined) throw unboundLocal(frame.code.varnames[arg]);
          regs[arg] = undefined;
          break;
        case Op.DELETE_DEREF: {
          const cell = regs[frame.code.varnames.length + arg] as PyCell;
          if (cell.v === undefined) throw freeVarError(frame.code, arg);
          cell.v = undefined;
          break;
        }
        case Op.DELETE_GLOBAL:
          if (!frame.globals.delete(names[arg])) throw nameError(names[arg]);
          break;
        case Op.DELETE_NAME:
          if (frame.locals!.cls !== dictType && frame.locals !== frame.globals) {
            try {
              ops.delItem(frame.locals!, names[arg]);
            } catch (e) {
              if (e instanceof PyBaseException && excMatches(e, KeyError)) throw nameError(names[arg]);
              throw e;
            }
          } else if (!frame.locals!.delete(names[arg])) throw nameError(names[arg]);
          break;
        case Op.DELETE_ATTR:
          ops.delAttr(regs[--sp], names[arg]);
          break;
        case Op.DELETE_SUBSCR: {
          const key = regs[--sp];
          ops.delItem(regs[--sp], key);
          break;
        }
        case Op.IMPORT_NAME: {
          const fromlist = regs[--sp];
          regs[sp - 1] = this.proc.importModule(names[arg], fromlist !== null);
          break;
        }
        case Op.IMPORT_FROM: {
          const mod = regs[sp - 1];
          regs[sp++] = this.proc.importFrom(mod, names[arg]);
          break;
        }
        case Op.IMPORT_STAR: {
          const mod = regs[--sp];
          this.proc.importStar(mod, frame.locals!);
          break;
        }
        case Op.LOAD_BUILD_CLASS:
          regs[sp++] = this.proc.builtins.map.get('__build_class__');
          break;
        case Op.LOAD_ASSERTION_ERROR:
          regs[sp++] = AssertionError;
          break;
        case Op.SETUP_ANNOTATIONS: {
          // A module or class body with annotations: its namespace gets __annotations__.
          const ns = frame.locals!;
          if (ns.get('__annotations__') === undefined) ns.set('__annotations__', new PyDict());
          break;
        }
        case Op.PUSH_EXC_INFO: {
          const e = regs[sp - 1];
          regs[sp - 1] = t.excInfo;
          regs[sp++] = e;
          t.excInfo = e as PyBaseException;
          break;
        }
        case Op.POP_EXCEPT:
          t.excInfo = regs[--sp] as PyBaseException | null;
          break;
        case Op.CHECK_EXC_MATCH: {
          const typ = regs[--sp];
          const e = regs[sp - 1] as PyBaseException;
          regs[sp++] = excMatchesSpec(e, typ);
          break;
        }
        case Op.CHECK_EG_MATCH: {
          const typ = regs[--sp];
          const e = regs[sp - 1] as PyBaseException | null;
          const [rest, match] = e === null ? [null, null] : egMatch(e, typ);
          if (match === null) {
            regs[sp++] = null;
          } else {
            regs[sp - 1] = rest;
            regs[sp++] = match;
            t.excInfo = match; // sys.exc_info() in the clause is the part it handles
          }
          break;
        }
        case Op.PREP_RERAISE_STAR: {
          const raised = regs[--sp] as PyList;
          const orig = regs[sp - 1] as PyBaseException;
          regs[sp - 1] = prepReraiseStar(orig, raised.items as (PyBaseException | null)[]);
          break;
        }
        case Op.GET_YIELD_FROM_ITER: {
          const v = regs[sp - 1];
          if (v instanceof PyGenerator && v.isCoroutine && (frame.code.flags & CO_COROUTINE) === 0) {
            throw typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
          }
          if (!(v instanceof PyGenerator)) regs[sp - 1] = ops.getIter(v);
          break;
        }
        case Op.GET_AWAITABLE:
          regs[sp - 1] = getAwaitable(regs[sp - 1], arg);
          break;
        case Op.GET_AITER:
          regs[sp - 1] = getAiter(regs[sp - 1]);
          break;
        case Op.GET_ANEXT:
          regs[sp] = getAnext(regs[sp - 1]);
          sp++;
          break;
        case Op.BEFORE_ASYNC_WITH: {
          const [exit, entered] = beforeAsyncWith(regs[sp - 1]);
          regs[sp - 1] = exit;
          regs[sp++] = entered;
          break;
        }
        case Op.END_ASYNC_FOR: {
          const e = regs[--sp] as PyBaseException;
          if (!excMatches(e, StopAsyncIteration)) {
            this.reraise = true;
            throw e;
          }
          sp--;
          break;
        }
        case Op.MAKE_FUNCTION: {
          const fcode = regs[--sp] as CodeObject;
          const fn = new PyFunction(fcode, frame.globals);
          if (arg & 8) fn.closure = (regs[--sp] as PyTuple).items as PyCell[];
          if (arg & 4) fn.annotations = regs[--sp];
          if (arg & 2) fn.kwdefaults = kwdefaultsOf(regs[--sp] as PyDict);
          if (arg & 1) fn.defaults = (regs[--sp] as PyTuple).items;
          fn.simple = (fcode.flags & (CO_VARARGS | CO_VARKEYWORDS)) === 0 && fcode.kwonlyargcount === 0;
          if (fn.simple && fcode.plainFrame) fn.fastArgc = fcode.argcount;
          fn.module = frame.globals.map.get('__name__') ?? null;
          const c0 = fcode.consts[0];
          fn.doc = typeof c0 === 'string' ? c0 : null;
          regs[sp++] = fn;
          break;
        }
        case Op.STORE_DEREF:
          (regs[frame.code.varnames.length + arg] as PyCell).v = regs[--sp];
          break;
        case Op.NOP:
          break;
      default:
        throw new InternalError(`unknown opcode ${word & 0xff} in ${frame.code.qualname}`);
    }
    return sp;
  }

  /** Set by re-raising instructions so the unwinder adds no traceback line. */
  private reraise = false;

  private takeEnterExc(): PyBaseException {
    const e = this.enterExc!;
    this.enterExc = null;
    return e;
  }

  /** Set by sendTo when the receiver finished (its return value is the result). */
  private sendDone = false;

  /** SEND to an iterator that is not a generator: next() or its send(). */
  private sendTo(recv: unknown, value: unknown): unknown {
    if (value === null && recv instanceof PyIter) {
      const r = recv.next();
      if (r !== undefined) return r;
      this.sendDone = true;
      return null;
    }
    try {
      return value === null ? ops.callMethod(recv, '__next__', []) : ops.callMethod(recv, 'send', [value]);
    } catch (e) {
      if (e instanceof PyBaseException && excMatches(e, StopIteration)) {
        this.sendDone = true;
        return stopValue(e);
      }
      throw e;
    }
  }

  /** Turns a JS exception escaping a builtin into a Python one, or reports a bug. */
  private hostError(err: unknown): PyBaseException {
    if (err instanceof Error) {
      // No regular expressions here: with the JS stack exhausted, compiling
      // one fails too ("Invalid regular expression: Stack overflow"), and
      // that is what such a failure looks like when it happens elsewhere.
      const m = err.message;
      if (m.includes('call stack') || m.includes('Stack overflow')) return pyErr(RecursionError, 'maximum recursion depth exceeded');
      if (err instanceof RangeError && (m.includes('Invalid array length') || m.includes('Invalid string length') ||
        m.includes('Array buffer allocation') || m.includes('Invalid typed array length') || m.includes('Maximum BigInt size') ||
        m.includes('maximum size exceeded'))) {
        return outOfMemory();
      }
    }
    if (err instanceof StepLimitExceeded || err instanceof ProcessExit) throw err;
    const formatError = formatErrorToPython(err);
    if (formatError !== null) return formatError;
    throw err;
  }

  makeException(v: unknown, forCause = false): PyBaseException {
    if (isException(v)) return v;
    if (isExceptionType(v)) {
      const e = ops.call(v, []);
      if (!isException(e)) throw typeError(`calling ${ops.repr(v)} should have returned an instance of BaseException, not ${ops.typeName(e)}`);
      return e;
    }
    if (forCause) throw typeError('exception causes must derive from BaseException');
    throw typeError('exceptions must derive from BaseException');
  }

  /** Calls any callable with an argument array (used by CALL's slow paths). */
  callSlow(f: unknown, args: unknown[], kw: PyTuple | Kwargs): unknown {
    let kwargs: Kwargs = null;
    if (kw instanceof PyTuple) {
      const kn = kw.items as string[];
      kwargs = new Map();
      const npos = args.length - kn.length;
      for (let i = 0; i < kn.length; i++) kwargs.set(kn[i], args[npos + i]);
      args = args.slice(0, npos);
    } else kwargs = kw;
    return ops.call(f, args, kwargs);
  }

  private kwargsFromMapping(d: unknown, f: unknown): Map<string, unknown> {
    const out = new Map<string, unknown>();
    if (!(d instanceof PyDict)) throw typeError('argument after ** must be a mapping');
    for (const [k, v] of d.entries()) {
      if (typeof k !== 'string') throw typeError('keywords must be strings');
      out.set(k, v);
    }
    void f;
    return out;
  }

  private dictMerge(target: PyDict, v: unknown, merge: boolean, f: unknown): void {
    if (v instanceof PyDict) {
      for (const [k, val] of v.entries()) {
        if (merge && target.has(k)) throw typeError(`${funcDesc(f)} got multiple values for keyword argument '${ops.str(k)}'`);
        target.set(k, val);
      }
      return;
    }
    const keys = typeOf(v).lookup('keys');
    if (keys === undefined) {
      if (merge) throw typeError(`${funcDesc(f)} argument after ** must be a mapping, not ${ops.typeName(v)}`);
      throw typeError(`'${ops.typeName(v)}' object is not a mapping`);
    }
    for (const k of ops.toArray(ops.callDescr(keys, v, []))) {
      if (merge && target.has(k)) throw typeError(`${funcDesc(f)} got multiple values for keyword argument '${ops.str(k)}'`);
      target.set(k, ops.getItem(v, k));
    }
  }
}

/** How CPython's call errors name a callable: `__main__.f()`, `divmod()`, `__main__.C()`. */
/**
 * The generator a CALL of `f` (a builtin with `resumes` set) resumes in
 * place, or null when the call must go the ordinary way: not a generator of
 * the method's own type, not suspended (a just-started one only takes
 * next()), or the wrong number of arguments.
 */
export function resumedGenerator(f: PyBuiltin, regs: unknown[], start: number, n: number): PyGenerator | null {
  const bound = f.self !== undefined;
  const g = bound ? f.self : regs[start];
  if (!(g instanceof PyGenerator)) return null;
  const kind = f.resumes;
  if (kind === RESUMES_NEXT) {
    // next(gen) or next(gen, default)
    if ((n !== 1 && n !== 2) || bound || g.cls !== generatorType) return null;
  } else {
    if (n !== (kind === RESUMES_SEND ? 1 : 0) + (bound ? 0 : 1) || g.cls !== f.owner) return null;
    if (kind === RESUMES_SEND && g.state === GEN_CREATED && regs[start + n - 1] !== null) return null;
  }
  return g.state === GEN_SUSPENDED || g.state === GEN_CREATED ? g : null;
}

/** The compiled loop of `code` around instruction `ip` (the outermost), or null. */
function loopAt(code: CodeObject, ip: number): CompiledRange | null {
  const last = code.lastLoop;
  if (last !== null && last.lo <= ip && ip <= last.hi) return last;
  const loops = code.jitLoops;
  if (loops !== null) {
    for (const l of loops) {
      if (l.fn !== null && l.lo <= ip && ip <= l.hi) return (code.lastLoop = l.fn);
    }
  }
  return null;
}

/** How many instructions of its own an outer loop may add to compiled inner loops and still be compiled with them. */
const OUTER_LOOP_EXTRA = 12;

function funcDesc(f: unknown): string {
  if (f instanceof PyBoundMethod) return funcDesc(f.func);
  if (f instanceof PyFunction) {
    const mod = f.globals.get('__name__');
    return typeof mod === 'string' && mod !== 'builtins' ? `${mod}.${f.qualname}()` : `${f.qualname}()`;
  }
  if (f instanceof PyBuiltin) return f.owner !== null ? `${f.owner.qualname}.${f.name}()` : `${f.name}()`;
  if (f instanceof PyType) return f.module !== 'builtins' ? `${f.module}.${f.qualname}()` : `${f.qualname}()`;
  return `${ops.typeName(f)} object`;
}

function kwdefaultsOf(d: PyDict): Map<string, unknown> {
  const m = new Map<string, unknown>();
  for (const [k, v] of d.entries()) m.set(k as string, v);
  return m;
}


export function isSame(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  // Small ints and equal strings are the same object in CPython in practice.
  return false;
}

function isIterable(v: unknown): boolean {
  const t = typeOf(v);
  return v instanceof PyIter || t.lookup('__iter__') !== undefined || t.lookup('__getitem__') !== undefined;
}

/** Unpacking's own TypeError for a value that cannot be iterated. */
function checkUnpackable(seq: unknown): void {
  const t = typeOf(seq);
  if (!(seq instanceof PyIter) && typeof seq !== 'string' && t.lookup('__iter__') === undefined && t.lookup('__getitem__') === undefined) {
    throw typeError(`cannot unpack non-iterable ${t.name} object`);
  }
}

export function unpackIterable(seq: unknown, expected: number, _star: number): unknown[] {
  checkUnpackable(seq);
  const it = ops.getIter(seq);
  const out: unknown[] = [];
  for (let x = ops.iterNext(it); x !== undefined; x = ops.iterNext(it)) {
    out.push(x);
    if (out.length > expected) throw valueError(`too many values to unpack (expected ${expected})`);
  }
  return out;
}

/** UNPACK_EX `arg` of `items` onto `regs` from `sp`: returns the new stack pointer. */
export function unpackExInto(regs: unknown[], sp: number, items: unknown[], arg: number): number {
  const before = arg & 0xff, after = arg >> 8;
  if (items.length < before + after) {
    throw valueError(`not enough values to unpack (expected at least ${before + after}, got ${items.length})`);
  }
  for (let i = 0; i < after; i++) regs[sp++] = items[items.length - 1 - i];
  regs[sp++] = new PyList(items.slice(before, items.length - after));
  for (let i = before - 1; i >= 0; i--) regs[sp++] = items[i];
  return sp;
}

export function unpackError(got: number, expected: number): PyBaseException {
  if (got > expected) return valueError(`too many values to unpack (expected ${expected})`);
  return valueError(`not enough values to unpack (expected ${expected}, got ${got})`);
}

function unboundLocal(name: string): PyBaseException {
  const e = pyErr(UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`);
  return e;
}

function nameError(name: string): PyBaseException {
  const e = pyErr(NameError, `name '${name}' is not defined`);
  (e as PyBaseException & { nameAttr?: string }).nameAttr = name;
  return e;
}

function derefName(code: CodeObject, i: number): string {
  return i < code.cellvars.length ? code.cellvars[i] : code.freevars[i - code.cellvars.length];
}

function freeVarError(code: CodeObject, i: number): PyBaseException {
  const name = derefName(code, i);
  if (i < code.cellvars.length) return unboundLocal(name);
  return pyErr(NameError, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
}

export function excMatchesSpec(e: PyBaseException, spec: unknown): boolean {
  if (spec instanceof PyTuple) {
    // Every element must be an exception class (a nested tuple is not), checked
    // before any matching, as CPython does.
    for (const s of spec.items) {
      if (!(s instanceof PyType) || !s.isSubtypeOf(baseExceptionType)) {
        throw typeError('catching classes that do not inherit from BaseException is not allowed');
      }
    }
    for (const s of spec.items) if (e.cls.isSubtypeOf(s as PyType)) return true;
    return false;
  }
  if (!(spec instanceof PyType) || !spec.isSubtypeOf(baseExceptionType)) {
    throw typeError('catching classes that do not inherit from BaseException is not allowed');
  }
  return e.cls.isSubtypeOf(spec);
}

/** Sets __context__, breaking cycles the way CPython does. */
export function setContext(e: PyBaseException, ctx: PyBaseException): void {
  for (let c: PyBaseException | null = ctx; c !== null; c = c.context) {
    if (c.context === e) {
      c.context = null;
      break;
    }
  }
  e.context = ctx;
}


/** Converts FormatError / RandomError style JS errors (pyType + message) into Python exceptions. */
function formatErrorToPython(err: unknown): PyBaseException | null {
  if (err !== null && typeof err === 'object' && 'pyType' in err && typeof (err as { pyType: unknown }).pyType === 'string') {
    const name = (err as { pyType: string }).pyType;
    const msg = (err as unknown as Error).message;
    const t = excTypeByName(name);
    if (t !== null) {
      if (name === 'KeyError') return newException(t, [msg]);
      return pyErr(t, msg);
    }
  }
  return null;
}

function excTypeByName(name: string): PyType | null {
  const find = (t: PyType): PyType | null => {
    if (t.name === name) return t;
    for (const s of t.subclasses) {
      const r = find(s);
      if (r !== null) return r;
    }
    return null;
  };
  return find(baseExceptionType);
}

/** A name's value in a class namespace that is a dict subclass (its __getitem__, __missing__), or undefined. */
function namespaceGet(ns: PyDict, name: string): unknown {
  try {
    return ops.getItem(ns, name);
  } catch (e) {
    if (e instanceof PyBaseException && excMatches(e, KeyError)) return undefined;
    throw e;
  }
}
