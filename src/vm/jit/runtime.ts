// What generated code (codegen.ts) may call: the object model's classes and
// the same helpers the dispatch loop uses, gathered once into one object
// that every compiled function destructures.

import { PyObject, typeEpoch, typeOf } from '../../runtime/object.js';
import { PyTuple, PyList, EMPTY_TUPLE } from '../../runtime/tuple.js';
import { PyDict, dictType } from '../../runtime/dict.js';
import { PyFunction, PyBuiltin, PyBoundMethod, RESUMES_SEND } from '../../runtime/function.js';
import { PyIter } from '../../runtime/iter.js';
import { arith, compare } from '../../runtime/arith.js';
import * as ops from '../../runtime/ops.js';
import { formatValue } from '../../runtime/format-value.js';
import { pyErr, RecursionError } from '../../runtime/exceptions.js';
import { PyGenerator } from '../generator.js';
import { Frame, type ThreadState } from '../frame.js';
import { loadAttrSlow, storeAttrSlow, loadMethodSlow } from '../inline-cache.js';
import { loadGlobalSlow, storeGlobalSlow } from '../name-cache.js';
import { BLOCK, isSame, unpackIterable, unpackError, resumedGenerator, type Interpreter } from '../interpreter.js';
import { enterGen } from '../gen-resume.js';

let runtime: Record<string, unknown> | null = null;

/** The helpers object (made on first use: interpreter.ts and this module import each other). */
export function jitRuntime(): Record<string, unknown> {
  runtime ??= {
    PyObject, PyList, PyDict, PyTuple, PyIter, PyFunction, PyBuiltin, PyBoundMethod, PyGenerator, typeEpoch, typeOf,
    dictType, arith, compare, ops, isSame, loadAttrSlow, storeAttrSlow, loadMethodSlow, loadGlobalSlow, storeGlobalSlow,
    pushFrame, callBuiltin, BLOCK, resumedGenerator, enterGen, RESUMES_SEND, formatValue, EMPTY_TUPLE, unpackIterable, unpackError,
  };
  return runtime;
}

/**
 * CALL of a plain Python function from compiled code: pushes its frame as
 * the dispatch loop's fast path does (frame pool, depth check) and makes it
 * the thread's frame. False, with nothing done, when the call is not plain.
 */
function pushFrame(interp: Interpreter, t: ThreadState, frame: Frame, f: PyFunction, regs: unknown[], first: number,
  argc: number, base: number, next: number): boolean {
  const fc = f.code;
  if (argc !== fc.argcount || !f.simple || !fc.plainFrame || interp.dropRequested) return false;
  const pool = fc.framePool;
  const nf = pool.length > 0 ? pool.pop()! : new Frame(fc, f.globals, null, f);
  nf.globals = f.globals;
  nf.func = f;
  const nr = nf.regs;
  for (let i = 0; i < argc; i++) nr[i] = regs[first + i];
  frame.ip = next;
  frame.sp = base;
  if (++t.depth > interp.recursionLimit) {
    t.depth--;
    throw pyErr(RecursionError, 'maximum recursion depth exceeded');
  }
  nf.back = frame;
  t.frame = nf;
  return true;
}

/**
 * CALL of a builtin from compiled code, as the dispatch loop calls it: the
 * fixed-arity entries first, else with an argument array, allowed to block
 * (BLOCK comes back then). `frame.ip` is already past the CALL.
 */
function callBuiltin(interp: Interpreter, t: ThreadState, frame: Frame, f: PyBuiltin, regs: unknown[], first: number,
  argc: number, base: number): unknown {
  if (f.self === undefined) {
    let r: unknown = BLOCK;
    if (argc === 1) {
      if (f.fast1 !== null) r = f.fast1(regs[first]);
    } else if (argc === 2) {
      if (f.fast2 !== null) r = f.fast2(regs[first], regs[first + 1]);
    } else if (argc === 3 && f.fast3 !== null) r = f.fast3(regs[first], regs[first + 1], regs[first + 2]);
    if (r !== BLOCK) return r;
  }
  const args = regs.slice(first, first + argc);
  frame.sp = base;
  if (f.self !== undefined) args.unshift(f.self);
  interp.blockable = t.nested === 0;
  const r = f.fn(args, null);
  interp.blockable = false;
  return r;
}
