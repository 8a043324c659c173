// What generated code (codegen.ts) may call: the object model's classes and
// the same helpers the dispatch loop uses, gathered once into one object
// that every compiled function destructures.

import { PyObject, PyType, typeEpoch, typeOf, typeType, strType, boolType } from '../../runtime/object.js';
import { PyTuple, PyList, EMPTY_TUPLE } from '../../runtime/tuple.js';
import { PyDict, dictType } from '../../runtime/dict.js';
import { PyFunction, PyBuiltin, PyBoundMethod, RESUMES_SEND, RESUMES_NEXT, type Kwargs } from '../../runtime/function.js';
import { PyIter } from '../../runtime/iter.js';
import { arith, compare } from '../../runtime/arith.js';
import * as ops from '../../runtime/ops.js';
import { formatValue } from '../../runtime/format-value.js';
import { pyErr, RecursionError } from '../../runtime/exceptions.js';
import { PyGenerator, GEN_SUSPENDED } from '../generator.js';
import { Frame, F_ENTRY, F_INIT, F_KEEP, releaseFrame, type ThreadState } from '../frame.js';
import { J_NEXT, J_ERROR, J_BLOCK } from './exits.js';
import { loadAttrSlow, storeAttrSlow, loadMethodSlow } from '../inline-cache.js';
import { loadGlobalSlow, storeGlobalSlow } from '../name-cache.js';
import { BLOCK, isSame, unpackIterable, unpackError, resumedGenerator, excMatchesSpec, type Interpreter } from '../interpreter.js';
import { enterGen, resumeError } from '../gen-resume.js';
import { getAwaitable } from '../async-ops.js';
import { DRAINING_TYPES, drainFrame, drainsInCall, iteratesPython } from '../drain-in-frames.js';
import { outOfMemory } from '../../runtime/limits.js';
import {
  callFrame, strFrame, boolFrame, getAttrFrame, setAttrFrame, getItemFrame, setItemFrame, binaryFrame, compareFrame, containsFrame,
  unaryFrame, truthFrame, formatFrame, iterFrame, nextFrame, pyInstance, NO_RESULT,
} from '../special-frames.js';

let runtime: Record<string, unknown> | null = null;

/** The helpers object (made on first use: interpreter.ts and this module import each other). */
export function jitRuntime(): Record<string, unknown> {
  runtime ??= {
    PyObject, PyList, PyDict, PyTuple, PyIter, PyFunction, PyBuiltin, PyBoundMethod, PyGenerator, typeEpoch, typeOf,
    dictType, arith, compare, ops, isSame, loadAttrSlow, storeAttrSlow, loadMethodSlow, loadGlobalSlow, storeGlobalSlow,
    jitCall, jitCallAny, jitCallEx, jitReturn, NO_CALL, PUSHED, excMatchesSpec, resumeError, enterGen, getAwaitable, formatValue, EMPTY_TUPLE, unpackIterable, unpackError,
    jitPush, getAttrFrame, setAttrFrame, getItemFrame, setItemFrame, binaryFrame, compareFrame, containsFrame, unaryFrame,
  truthFrame, formatFrame, iterFrame, nextFrame, pyInstance, iteratesPython, outOfMemory,
  };
  return runtime;
}

/** Makes `nf` (called from `frame`) the thread's frame, as a call does: one level deeper, or RecursionError. */
function push(interp: Interpreter, t: ThreadState, frame: Frame, nf: Frame): typeof PUSHED {
  if (++t.depth > interp.recursionLimit) {
    t.depth--;
    throw pyErr(RecursionError, 'maximum recursion depth exceeded');
  }
  nf.back = frame;
  t.frame = nf;
  return PUSHED;
}

/** A special method's frame (vm/special-frames.ts) pushed from compiled code: it goes on there. */
function jitPush(interp: Interpreter, t: ThreadState, frame: Frame, nf: Frame): number {
  push(interp, t, frame, nf);
  return J_NEXT;
}

/**
 * jitCall's `into`: where the generator a call may make goes next. A slot
 * number (>= 0) is an owned variable (compiler/owned-generators.ts).
 */
export const INTO_OTHER = -1, INTO_LOOP = -2;

/** jitCall results besides a value: bail to the interpreter; a frame was pushed (t.frame changed). */
export const NO_CALL: unique symbol = Symbol('pygil.jit.nocall');
export const PUSHED: unique symbol = Symbol('pygil.jit.pushed');

/**
 * CALL (with `argc` arguments and, after KW_NAMES, the keyword names `kw`)
 * from compiled code, taking the same paths as the dispatch loop's CALL:
 * a Python function's frame is pushed (PUSHED; `frame.sp` then holds the
 * caller's stack without the call), a class with a Python __init__ or a
 * generator function is left to the interpreter (NO_CALL, nothing done),
 * a generator's send()/next() links the generator (PUSHED), and anything
 * else is called and its result returned (BLOCK when a builtin parked the
 * thread or asked for a resume). The caller has set `frame.ip` past the
 * CALL and brought the ticks up to date.
 */
function jitCall(interp: Interpreter, t: ThreadState, frame: Frame, regs: unknown[], sp: number, argc: number,
  kw: PyTuple | null, into: number): unknown {
  // The hot path, small enough for V8 to inline into compiled code: a plain
  // Python function (PyFunction.fastArgc) called with positional arguments,
  // as the slot below them (PUSH_NULL left undefined under it) or as
  // LOAD_METHOD's method with self as argument 0.
  const m = regs[sp - argc - 2];
  const f = m === undefined ? regs[sp - argc - 1] : m;
  if (kw === null && f instanceof PyFunction && !interp.dropRequested && t.depth < interp.recursionLimit) {
    const n = m === undefined ? argc : argc + 1;
    const pool = f.code.framePool;
    if (f.fastArgc === n && pool.length > 0) {
      // A recycled frame. A new one (only while a recursion first gets
      // deeper) comes from jitCallAny: V8 inlines this function into
      // compiled callers, and allocating a Frame here would be inlined too,
      // a third more work for V8's optimising compiler on every caller.
      const nf = pool.pop()!;
      nf.globals = f.globals;
      nf.func = f;
      const nr = nf.regs;
      for (let i = 0, first = sp - n; i < n; i++) nr[i] = regs[first + i];
      t.depth++;
      nf.back = frame;
      t.frame = nf;
      frame.sp = sp - argc - 2;
      return PUSHED;
    }
  }
  return jitCallAny(interp, t, frame, regs, sp, argc, kw, into);
}

/** jitCall's every case. */
function jitCallAny(interp: Interpreter, t: ThreadState, frame: Frame, regs: unknown[], sp: number, argc: number,
  kw: PyTuple | null, into: number): unknown {
  const base = sp - argc - 2;
  let f = regs[base];
  let first: number, n: number;
  if (f === undefined) {
    f = regs[base + 1];
    first = base + 2;
    n = argc;
  } else {
    first = base + 1;
    n = argc + 1;
  }
  if (f instanceof PyBoundMethod) {
    if (first !== base + 2) return NO_CALL;
    regs[base] = f.func;
    regs[base + 1] = f.self;
    f = f.func;
    first = base + 1;
    n++;
  }
  if (f instanceof PyFunction) {
    const fc = f.code;
    if (fc.isGenerator) {
      // Into an owned variable whose previous generator is still suspended:
      // the interpreter closes that one first (vm/gen-finalize.ts).
      if (into >= 0) {
        const old = frame.regs[into];
        if (old instanceof PyGenerator && old.owned && old.state === GEN_SUSPENDED) return NO_CALL;
      }
      // A generator function: the call makes the generator (a loop that
      // iterates it at once owns it: see PyGenerator.loopOwned).
      const nf = interp.callFrame(f, regs, first, n, kw);
      frame.sp = base;
      const g = interp.makeGenerator(nf);
      if (into === INTO_LOOP) g.loopOwned = true;
      else if (into >= 0) g.owned = true;
      return g;
    }
    if (interp.dropRequested) return NO_CALL;
    let nf: Frame;
    if (kw === null && n === fc.argcount && f.simple && fc.plainFrame) {
      const pool = fc.framePool;
      nf = pool.length > 0 ? pool.pop()! : new Frame(fc, f.globals, null, f);
      nf.globals = f.globals;
      nf.func = f;
      const nr = nf.regs;
      for (let i = 0; i < n; i++) nr[i] = regs[first + i];
    } else {
      nf = interp.callFrame(f, regs, first, n, kw);
    }
    frame.sp = base;
    return push(interp, t, frame, nf);
  }
  if (f instanceof PyType) {
    if ((f === strType || f === boolType) && n === 1 && kw === null) {
      const sf = f === strType ? strFrame(interp, regs[first]) : boolFrame(interp, regs[first]);
      if (sf !== null) {
        // str(obj) / bool(obj) with a Python method: a frame, as in the dispatch loop.
        frame.sp = base;
        return push(interp, t, frame, sf);
      }
    }
    if (kw === null && n === 1 && DRAINING_TYPES.has(f) && t.nested === 0 && drainsInCall(f, regs[first])) {
      // list(gen), tuple(gen) …: the generator runs in frames (drain-in-frames.ts).
      frame.sp = base;
      return push(interp, t, frame, drainFrame(f, regs[first]));
    }
    const init = f.lookup('__init__');
    if (init instanceof PyFunction && f.lookup('__new__') === ops.objectNew && f.cls === typeType) {
      // A class with a Python __init__: allocate, then run __init__ as a frame.
      const obj = ops.allocInstance(f);
      regs[first - 1] = obj;
      const nf = interp.callFrame(init, regs, first - 1, n + 1, kw);
      frame.sp = base;
      nf.flags |= F_INIT;
      nf.initSelf = obj;
      return push(interp, t, frame, nf);
    }
  } else if (kw === null && f instanceof PyBuiltin) {
    if (f.resumes !== 0) {
      const g = resumedGenerator(f, regs, first, n);
      if (g !== null) {
        g.nextDefault = f.resumes === RESUMES_NEXT && n === 2 ? regs[first + 1] : undefined;
        frame.sp = base;
        t.frame = enterGen(interp, g, frame, f.resumes === RESUMES_SEND ? regs[first + n - 1] : null, null);
        return PUSHED;
      }
    } else if (f.self === undefined) {
      let r: unknown = BLOCK; // BLOCK: no entry for this arity
      if (n === 1) {
        if (f.fast1 !== null) r = f.fast1(regs[first]);
      } else if (n === 2) {
        if (f.fast2 !== null) r = f.fast2(regs[first], regs[first + 1]);
      } else if (n === 3 && f.fast3 !== null) r = f.fast3(regs[first], regs[first + 1], regs[first + 2]);
      if (r !== BLOCK) return r;
    }
  }
  let args: unknown[];
  let kwargs: Kwargs = null;
  if (kw !== null) {
    const names = kw.items as string[];
    const npos = n - names.length;
    args = regs.slice(first, first + npos);
    kwargs = new Map();
    for (let i = 0; i < names.length; i++) kwargs.set(names[i], regs[first + npos + i]);
  } else {
    args = regs.slice(first, first + n);
  }
  frame.sp = base;
  if (f instanceof PyBuiltin) return callBuiltin(interp, t, f, args, kwargs);
  const cf = callFrame(interp, f, args, kwargs);
  if (cf !== null) return push(interp, t, frame, cf); // a Python __call__, a partial: as in the dispatch loop
  return ops.call(f, args, kwargs);
}

/**
 * RETURN_VALUE's less common cases from compiled code, as the dispatch loop
 * does them: an __init__ frame gives back its instance, a special method's
 * frame its continuation's result (special-frames.ts), and a kept frame (or
 * one without a function) is not recycled. Returns the exit: J_NEXT (go on
 * in the caller), J_ERROR (the continuation raised, in the caller), J_BLOCK
 * (it asked for another frame), or 0 (bail: the interpreter returns) for an
 * entry frame, a generator's frame, and an __init__ that returned something
 * other than None (the interpreter raises).
 */
function jitReturn(interp: Interpreter, t: ThreadState, frame: Frame, v: unknown): number {
  if (frame.gen !== null || (frame.flags & F_ENTRY) !== 0) return 0;
  if ((frame.flags & F_INIT) !== 0) {
    if (v !== null) return 0;
    v = frame.initSelf;
  }
  const cont = frame.cont;
  const back = frame.back!;
  t.depth--;
  t.frame = back;
  frame.back = null;
  if ((frame.flags & F_KEEP) === 0 && frame.func !== null) releaseFrame(frame);
  if (cont !== null) {
    try {
      v = cont(v);
    } catch (e) {
      interp.jitError = e; // raised at the caller's instruction
      return J_ERROR;
    }
    if (v === NO_RESULT) return J_NEXT;
    if (v === BLOCK) return J_BLOCK;
  }
  back.regs[back.sp++] = v;
  return J_NEXT;
}

/** A builtin called with an argument array, as CALL does it: it may block (BLOCK comes back then). */
function callBuiltin(interp: Interpreter, t: ThreadState, f: PyBuiltin, args: unknown[], kw: Kwargs): unknown {
  if (f.self !== undefined) args.unshift(f.self);
  interp.blockable = t.nested === 0;
  const r = f.fn(args, kw);
  interp.blockable = false;
  return r;
}

/**
 * CALL_FUNCTION_EX without a ** mapping, from compiled code, as the
 * dispatch loop does it: a Python function gets a frame (PUSHED), a builtin
 * is called (and may block), anything else is called nested. NO_CALL when
 * the arguments are not a tuple or list (the interpreter reports errors).
 */
function jitCallEx(interp: Interpreter, t: ThreadState, frame: Frame, regs: unknown[], sp: number): unknown {
  const argsObj = regs[sp - 1];
  const f = regs[sp - 2];
  if (!(argsObj instanceof PyTuple || argsObj instanceof PyList)) return NO_CALL;
  const base = sp - 3;
  // As the dispatch loop copies them (a list goes through toArray, which counts its steps).
  const args = argsObj instanceof PyTuple ? argsObj.items.slice() : ops.toArray(argsObj);
  let pf: unknown = f;
  if (f instanceof PyBoundMethod && f.func instanceof PyFunction) {
    pf = f.func;
    args.unshift(f.self);
  }
  frame.sp = base;
  if (pf instanceof PyFunction && !pf.code.isGenerator) {
    return push(interp, t, frame, interp.makeFrame(pf, args, 0, args.length, null, null));
  }
  if (f instanceof PyBuiltin) return callBuiltin(interp, t, f, args, null);
  const cf = callFrame(interp, f, args, null);
  if (cf !== null) return push(interp, t, frame, cf);
  return interp.callSlow(f, args, null);
}
