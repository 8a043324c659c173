// The instructions the virtual stack (virtual-stack.ts) leaves to code on
// the frame's own value stack, `regs[sp - 1]` the top as in the dispatch
// loop: calls, generators' links, exception bookkeeping, and the few whose
// operands the block does not hold. BlockEmitter stores the values it holds
// in the frame before any of these. Also the call and return sequences
// both use.
//
// Names the generated function provides: interp, t, frame, regs, sp, cur,
// budget, start, ex, nip, ip, code, K (constants), GCS and ICS (the inline
// caches), the runtime names of jitRuntime(), and the labels `out` (leave
// before `cur`, with `ex` set to J_OUT0 + k), `exit` and `exitSp` (leave
// with `ex`).

import { Op } from '../../compiler/opcodes.js';
import type { CodeObject } from '../../compiler/code.js';
import { INTO_LOOP, INTO_OTHER } from './runtime.js';
import { F_ENTRY, FRAME_POOL_SIZE } from '../frame.js';
import { GEN_SUSPENDED } from '../generator.js';
import { J_NEXT, J_BLOCK, J_SWITCH, J_OUT2 } from './exits.js';

/**
 * Leaves with exit code `code` through the shared exit at the end of the
 * function (one copy of the exit sequence instead of one per site: smaller
 * functions, which V8 optimises sooner). `EXIT_SP` also saves `sp` in the
 * frame; `EXIT` leaves the frame's sp as the site set it.
 */
export const EXIT = (code: number): string => `{ ex = ${code}; break exit; }`;
export const EXIT_SP = (code: number, ip: string): string => `{ ex = ${code}; nip = ${ip}; break exitSp; }`;

/**
 * The source of instruction `n` working on the frame's stack (`regs`, `sp`),
 * or null when BlockEmitter handles it itself or it always bails
 * (virtual-stack.ts `supported` tells which). `B` is the statement that bails.
 */
export function memoryInstr(code: CodeObject, n: number, B: string, local = false): string | null {
  const word = code.code[n];
  const op = word & 0xff;
  const a = word >> 8;
  const n1 = n + 1; // the interpreter's `ip` while running instruction n (its cache site)
  const L = `L${n}`;
  switch (op) {
    case Op.SWAP:
      return `{ const x = regs[sp - 1]; regs[sp - 1] = regs[sp - ${a}]; regs[sp - ${a}] = x; }`;
    case Op.DELETE_FAST:
      return `if (regs[${a}] === undefined) ${B} regs[${a}] = undefined;`;
    case Op.LOAD_CLOSURE:
      return `regs[sp++] = regs[${code.varnames.length + a}];`;
    case Op.BUILD_TUPLE:
      return a === 0 ? 'regs[sp++] = EMPTY_TUPLE;' : `sp -= ${a}; regs[sp] = new PyTuple(regs.slice(sp, sp + ${a})); sp++;`;
    case Op.BUILD_LIST:
      return `sp -= ${a}; regs[sp] = new PyList(regs.slice(sp, sp + ${a})); sp++;`;
    case Op.BUILD_STRING: {
      const parts = Array.from({ length: a }, (_, i) => `regs[sp + ${i}]`).join(' + ');
      return `sp -= ${a}; regs[sp] = ${a === 0 ? "''" : `'' + ${parts}`}; sp++;`;
    }
    case Op.UNPACK_SEQUENCE:
      return `{ const seq = regs[--sp]; let items;
          if ((seq instanceof PyTuple || seq instanceof PyList) && seq.cls.builtin) items = seq.items;
          else { if (interp.proc.sched.threaded && iteratesPython(seq)) { sp++; ${B} } items = unpackIterable(seq, ${a}, -1); }
          if (items.length !== ${a}) throw unpackError(items.length, ${a});
          for (let i = ${a - 1}; i >= 0; i--) regs[sp++] = items[i]; }`;
    case Op.KW_NAMES:
      // KW_NAMES and its CALL are one step for thread switches: always in
      // one block, whose budget covers both (flow.ts).
      return '';
    case Op.CALL: {
      if (n > 0 && (code.code[n - 1] & 0xff) === Op.KW_NAMES) {
        // Bailing goes back to the KW_NAMES, both instructions' budget given back.
        return call(code, a, n, code.code[n - 1] >> 8, `{ ex = ${J_OUT2}; cur = ${n - 1}; break out; }`, local);
      }
      return call(code, a, n, -1, B, local);
    }
    case Op.CALL_FUNCTION_EX:
      if ((a & 1) !== 0) return null; // with **kwargs: the interpreter's
      return callSequence(n, 'jitCallEx(interp, t, frame, regs, sp)', 3, B, false, false);
    case Op.PUSH_EXC_INFO:
      return '{ const e = regs[sp - 1]; regs[sp - 1] = t.excInfo; regs[sp++] = e; t.excInfo = e; }';
    case Op.POP_EXCEPT:
      return 't.excInfo = regs[--sp];';
    case Op.CHECK_EXC_MATCH:
      return '{ const typ = regs[--sp]; regs[sp] = excMatchesSpec(regs[sp - 1], typ); sp++; }';
    case Op.GET_AWAITABLE:
      return `regs[sp - 1] = getAwaitable(regs[sp - 1], ${a});`;
    case Op.SEND:
      // await / yield from on a generator or coroutine: link its frame.
      return `${L}: { const value = regs[sp - 1]; const recv = regs[sp - 2];
          if (value === null && recv instanceof PyIter) {
            // An iterator's next(): the value, or its end (the delegation's result is None).
            const r = recv.next();
            if (r === undefined) { sp--; regs[sp - 1] = null; ip = ${a}; continue; }
            regs[sp - 1] = r; break ${L};
          }
          if (!(recv instanceof PyGenerator) || resumeError(recv, value, null) !== null) ${B}
          frame.ip = ${n1}; frame.sp = sp - 1;
          t.frame = enterGen(interp, recv, frame, value, null);
          ${EXIT(J_NEXT)} }`;
    case Op.YIELD_VALUE:
      // Back to the resumer's frame; a generator stepped from JS (an entry frame) bails.
      return `{ if ((frame.flags & ${F_ENTRY}) !== 0) ${B}
          const v = regs[--sp]; const gen = frame.gen;
          gen.state = ${GEN_SUSPENDED};
          gen.excInfo = t.excInfo === gen.callerExc ? null : t.excInfo;
          t.excInfo = gen.callerExc;
          frame.ip = ${n1}; frame.sp = sp; t.depth--;
          const back = frame.back; frame.back = null; t.frame = back;
          back.regs[back.sp++] = v;
          ${EXIT(J_NEXT)} }`;
    default:
      return null;
  }
}

/** Statements that clear a recycled frame's first `n` registers. */
export function clearLocals(n: number): string {
  if (n > 4) return `for (let i = ${n - 1}; i >= 0; i--) regs[i] = undefined;`;
  return Array.from({ length: n }, (_, i) => `regs[${i}] = undefined;`).join(' ');
}

/**
 * BINARY_OP's small-int fast path (the interpreter's), specialised to one
 * operator: an expression of ints `x` and `y` (and a scratch `r`) that is a
 * safe integer exactly when the result is that int. Null: no fast path.
 */
export function binaryFast(a: number): string | null {
  switch (a) {
    case 0: case 13: return 'x + y';
    case 10: case 23: return 'x - y';
    case 5: case 18: return 'x * y';
    case 6: case 19: return 'y === 0 ? NaN : ((r = x % y) !== 0 && (r < 0) !== (y < 0) ? r + y : r)';
    case 2: case 15: return 'y === 0 ? NaN : Math.floor(x / y)';
    case 1: case 14: return '(x | 0) === x && (y | 0) === y ? x & y : NaN';
    case 7: case 20: return '(x | 0) === x && (y | 0) === y ? x | y : NaN';
    case 12: case 25: return '(x | 0) === x && (y | 0) === y ? x ^ y : NaN';
    case 9: case 22: return '(x | 0) === x && y >= 0 && y < 32 ? x >> y : NaN';
    default: return null;
  }
}


/**
 * CALL (after KW_NAMES when `kwConst` >= 0): everything happens in
 * `helper`, jitCall (runtime.ts), or jitCallAny when the caller has tried
 * the plain-function case itself.
 */
export function call(code: CodeObject, a: number, n: number, kwConst: number, B: string, local: boolean, helper = 'jitCall'): string {
  // Where a generator the call makes goes (see jitCall): a for loop, an owned variable, or elsewhere.
  const next = n + 1 < code.code.length ? code.code[n + 1] : 0;
  const into = (next & 0xff) === Op.GET_ITER || (next & 0xff) === Op.GET_AITER ? INTO_LOOP
    : (next & 0xff) === Op.STORE_FAST && code.ownedGenSlots?.includes(next >> 8) ? next >> 8 : INTO_OTHER;
  const kw = kwConst >= 0 ? `K[${kwConst}]` : 'null';
  // py311: "after calls" is a check point for a pending drop request.
  return callSequence(n, `${helper}(interp, t, frame, regs, sp, ${a}, ${kw}, ${into})`, a + 2, B, true, local);
}

/**
 * The code around a call helper (jitCall, jitCallEx): the ticks brought up
 * to date first (a builtin may read the clock), then each kind of result:
 * NO_CALL bails, PUSHED goes on in the callee, BLOCK parks the thread, a
 * value replaces the `popped` stack slots of the call.
 */
export function callSequence(n: number, callExpr: string, popped: number, B: string, honourDrop: boolean, local: boolean): string {
  // A call's result is a Python value, never a symbol: the three markers take one test.
  const drop = honourDrop ? ` if (interp.dropRequested) ${EXIT_SP(J_SWITCH, String(n + 1))}` : '';
  return `{ frame.ip = ${n + 1}; interp.ticks += start - budget; start = budget;
      const r = ${callExpr};
      if (typeof r === 'symbol') { if (r === NO_CALL) ${B} sp -= ${popped};${local ? ` if (r === PUSHED) ${ENTER_LOCAL('t.frame', true)}` : ''}
        ex = r === PUSHED ? ${J_NEXT} : ${J_BLOCK}; nip = ${n + 1}; break exitSp; }
      sp -= ${popped}; regs[sp++] = r;${drop} }`;
}

/**
 * Goes on in `next`, the thread's frame now, when it runs this same code
 * (a recursive call, or the return to one): what the trampoline would do,
 * without leaving this function. Only for code compiled as a whole, whose
 * every block this function has. `saveSp`: the frame left keeps its stack
 * (a caller), else it is done (a return).
 */
export const ENTER_LOCAL = (next: string, saveSp: boolean): string =>
  `{ const nf = ${next}; if (nf.code === code) { ${saveSp ? 'frame.sp = sp; ' : ''}frame = nf; regs = nf.regs; sp = nf.sp; ip = nf.ip; continue; } }`;
