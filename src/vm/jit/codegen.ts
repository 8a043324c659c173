// The second tier: a hot code object becomes one JavaScript function.
//
// The generated function runs a frame exactly as the dispatch loop would,
// on the same Frame (regs, sp, ip), counting every instruction against the
// same budget. What it saves is the decoding and most of the stack traffic:
// each basic block (flow.ts) is a `case` of `switch (ip)` with operands
// written in as constants, whose instructions pass values to each other in
// JavaScript variables (virtual-stack.ts), and control falls through from
// block to block, so straight-line code has no dispatch at all and V8
// collects type feedback per Python instruction instead of per opcode.
//
// A block checks the budget for all its instructions when it starts, and
// counts them a segment (up to a conditional jump) at a time. With too
// little budget left for the whole block, it leaves before its first
// instruction: with none left the trampoline runs the eval breaker (a
// thread switch lands exactly where the dispatch loop's would) and comes
// back; with some, the range's stepwise code (compileStepwise: one case per
// instruction, each counted on its own) runs up to the switch, as the
// interpreter does until that code is compiled. Entering at an instruction
// that starts no block (a thread resumed where its budget ran out) goes
// the same way, back into the blocks at the first one the budget covers.
//
// It handles the common instructions in their common forms. For anything
// else it *bails*: it stores the frame state just before that instruction,
// gives the budget of the instructions not run back, and returns J_INTERP;
// the dispatch loop then runs the instruction itself. So the interpreter
// stays the one definition of every instruction's full behaviour (thread
// switches at the eval breaker, blocking calls, generators, exceptions,
// tracebacks), and the generated code only ever takes shortcuts the
// interpreter also takes. Exit codes: exits.ts.
//
// Why the trampoline does a bail's arithmetic: V8 optimises a generated
// function before its rare exits have run, and code that has never run has
// no type feedback, so the first time an exit did arithmetic or stored a
// property at a site of its own, V8 threw the optimised function away and
// compiled it again (several ms each, in every hot function). So every exit
// here goes through the same few stores, which the calls' exits keep warm,
// and whatever differs between exits is a constant in a local variable.

import type { CodeObject } from '../../compiler/code.js';
import { CO_VARARGS, CO_VARKEYWORDS } from '../../compiler/code.js';
import { Op, isJump } from '../../compiler/opcodes.js';
import { jitRuntime } from './runtime.js';
import { J_INTERP, J_ERROR, J_NEXT, J_OUT0 } from './exits.js';
import { stackDepths, blockStarts } from './flow.js';
import { BlockEmitter, supported } from './virtual-stack.js';

export { J_INTERP, J_ERROR, J_NEXT, J_BLOCK, J_SWITCH, J_OUT0, J_OUT2 } from './exits.js';

/**
 * Longer code is left to the interpreter: V8 never optimises a function of
 * more than 60 KB of bytecode, and such a function would run slower than
 * the interpreter.
 */
const MAX_INSTRUCTIONS = 400;

/** interp, thread, frame -> exit code. */
export type JitFunction = (interp: unknown, t: unknown, frame: unknown) => number;

/** Compiled code for instructions lo..hi of a code object, in blocks. */
export interface CompiledRange {
  run: JitFunction;
  code: CodeObject;
  lo: number;
  hi: number;
  /** Where blocks start: `[n - lo]` is 1 for the first instruction of a block that runs compiled (and for hi + 1), with its length in `blockLength`. */
  starts: Uint8Array;
  blockLength: Int32Array;
  /** The same range instruction by instruction (compileStepwise), once needed; null when not yet. */
  stepwise: JitFunction | null;
  /** Times a thread must still stop or resume inside a block before `stepwise` is compiled (till then the interpreter steps). */
  stepCountdown: number;
}

/** How often a range's blocks are stepped through by the interpreter before it gets stepwise code too. */
const STEPWISE_AFTER = 32;

// Exit sequences. `start` is the budget when the ticks were last brought up
// to date; every exit accounts for the instructions run since.
const SAVE = 'interp.ticks += start - budget; interp.budget = budget;';


/**
 * For each local: whether every read of it finds it bound. Parameters are
 * bound on entry, and stay so unless something deletes them (`del`, or the
 * end of an `except … as` of the same name) or they live in cells.
 */
function sureLocals(code: CodeObject): boolean[] {
  let params = code.argcount + code.kwonlyargcount;
  if ((code.flags & CO_VARARGS) !== 0) params++;
  if ((code.flags & CO_VARKEYWORDS) !== 0) params++;
  const sure = code.varnames.map((_, i) => i < params);
  for (const w of code.code) if ((w & 0xff) === Op.DELETE_FAST) sure[w >> 8] = false;
  if (code.cell2arg !== null) for (const i of code.cell2arg) if (i >= 0) sure[i] = false;
  return sure;
}

/**
 * Compiles instructions [lo, hi] of `code` to a JIT function: the whole code
 * object for a hot function, one loop for a loop that gets hot in code that
 * runs once (a module body): V8 then optimises a small function whose every
 * instruction has run, instead of one where later phases have not yet.
 * Null when nothing in the range is worth compiling. Leaving the range (a
 * jump out, falling off the end) exits to the interpreter.
 */
export function compileJit(code: CodeObject, lo: number, hi: number): CompiledRange | null {
  if (hi - lo + 1 > MAX_INSTRUCTIONS) return null;
  let count = 0;
  for (let n = lo; n <= hi; n++) if (supported(code, n)) count++;
  if (count < (hi - lo + 1) / 2) return null;
  const depths = stackDepths(code);
  const starts = blockStarts(code, lo, hi, (n) => supported(code, n));
  const blockLength = new Int32Array(hi - lo + 1);
  const sure = sureLocals(code);
  const temps = { n: 0 };
  const whole = lo === 0 && hi === code.code.length - 1;
  const cases: string[] = [];
  // For an exception: how many instructions after each one its block counted and did not run.
  const unrun: number[] = [];
  for (let first = lo; first <= hi;) {
    let last = first;
    while (last < hi && starts[last + 1 - lo] === 0) last++;
    const n = last - first + 1;
    if (n === 1 && (!supported(code, first) || depths[first] < 0)) {
      // Always the interpreter's.
      cases.push(`case ${first}: cur = ${first}; ex = ${J_OUT0}; break out;`);
      unrun.push(0);
      starts[first - lo] = 0; // (not a block the stepwise code hands over to)
    } else {
      // The guard checks the budget for the whole block; each segment (up
      // to a conditional jump, the end of what surely runs) counts its own
      // instructions when it starts, so a jump taken has nothing to give back.
      const block = new BlockEmitter(code, depths, sure, temps, whole);
      for (let seg = first; seg <= last;) {
        let end = seg;
        while (end < last && !isJump(code.code[end] & 0xff)) end++;
        block.count(end - seg + 1);
        for (let i = seg; i <= end; i++) {
          block.instr(i, end - i);
          unrun.push(end - i);
        }
        seg = end + 1;
      }
      block.flush();
      blockLength[first - lo] = n;
      cases.push(`case ${first}: if (budget < ${n}) { cur = ${first}; ex = ${J_OUT0}; break out; }
        { ${block.text()} }`);
    }
    first = last + 1;
  }
  const run = assemble(code, lo, hi, '', cases, `budget += UNRUN[cur - ${lo}];`, `const UNRUN = [${unrun.join(',')}];`);
  return { run, code, lo, hi, starts, blockLength, stepwise: null, stepCountdown: STEPWISE_AFTER };
}

/**
 * The code for `range` with every instruction a case of its own, counted
 * against the budget on its own, for a thread that must stop in the middle
 * of a block (its slice ends there) or goes on from the middle of one: the
 * trampoline runs this instead of the block code then. At the start of a
 * block that the budget left covers, it hands back to the block code.
 */
export function compileStepwise(range: CompiledRange): JitFunction {
  const { code, lo, hi, starts, blockLength } = range;
  const depths = stackDepths(code);
  const sure = sureLocals(code);
  const temps = { n: 0 };
  const B = `{ ex = ${J_OUT0 + 1}; break out; }`;
  const cases: string[] = [];
  for (let n = lo; n <= hi; n++) {
    const op = code.code[n] & 0xff;
    const handOver = starts[n - lo] === 1
      ? `if (budget >= ${blockLength[n - lo]}) { ex = ${J_NEXT}; nip = ${n}; break exitSp; } ` : '';
    // KW_NAMES and its CALL are one step for thread switches: with no
    // budget left for the CALL, the interpreter runs both (its bail goes
    // back to the KW_NAMES, both instructions' budget given back).
    const afterKw = n > lo && op === Op.CALL && (code.code[n - 1] & 0xff) === Op.KW_NAMES;
    const check = afterKw ? '--budget;' : `if (--budget < 0) ${B}`;
    let body = B;
    if (op === Op.KW_NAMES) body = `if (budget === 0) ${B}`;
    else if (supported(code, n) && depths[n] >= 0) {
      // The block code's instruction, as a block of one with nothing held.
      const one = new BlockEmitter(code, depths, sure, temps, false);
      one.instr(n, 0);
      one.flush();
      body = `{ ${one.text()} }`;
    }
    cases.push(`case ${n}: cur = ${n}; ${handOver}${check}\n        ${body}`);
  }
  return assemble(code, lo, hi, '_steps', cases, '', '');
}

/** The function around `cases`: the dispatch, the shared exits, the exception exit (after `onError`). */
function assemble(code: CodeObject, lo: number, hi: number, suffix: string, cases: string[], onError: string, consts: string): JitFunction {
  const source = `"use strict";
const { PyObject, PyList, PyDict, PyTuple, PyIter, PyFunction, PyBuiltin, PyBoundMethod, PyGenerator, typeEpoch, typeOf,
  dictType, arith, compare, ops, isSame, loadAttrSlow, storeAttrSlow, loadMethodSlow, loadGlobalSlow, storeGlobalSlow,
  jitCall, jitCallAny, jitCallEx, jitReturn, NO_CALL, PUSHED, formatValue, EMPTY_TUPLE, unpackIterable, unpackError, excMatchesSpec,
  resumeError, enterGen, getAwaitable, jitPush, getAttrFrame, setAttrFrame, getItemFrame, setItemFrame, binaryFrame, compareFrame, containsFrame, unaryFrame,
  truthFrame, formatFrame, iterFrame, nextFrame, pyInstance, iteratesPython, outOfMemory } = R;
const K = code.consts, GCS = code.gcs, ICS = code.ics;
${consts}
return function ${jsName(code)}_${lo}${suffix}(interp, t, frame) {
  let regs = frame.regs;
  let sp = frame.sp, ip = frame.ip, budget = interp.budget, start = budget, cur = ip, ex = ${J_OUT0}, nip = 0;
  try {
    exit: {
      exitSp: {
        out: for (;;) {
          switch (ip) {
${cases.join('\n')}
            ip = ${hi + 1};
            // falls through: off the end of the range
            default:
              // An ip that starts no block, or is outside the range: the
              // trampoline sees which (no comparison here, where V8 would
              // have no type feedback for it the first time).
              { ex = ${J_INTERP}; nip = ip; break exitSp; }
          }
        }
        nip = cur; // J_OUT0 + k
      }
      frame.ip = nip; frame.sp = sp;
    }
    ${SAVE}
    return ex;
  } catch (e) {
    frame.ip = cur + 1; frame.sp = sp; ${onError} ${SAVE}
    interp.jitError = e;
    return ${J_ERROR};
  }
};`;
  return new Function('R', 'code', source)(jitRuntime(), code) as JitFunction;
}

/** A JS identifier that names the Python function in profiles. */
function jsName(code: CodeObject): string {
  return 'py_' + code.name.replace(/[^A-Za-z0-9_$]/g, '_');
}
