// What the code generator needs to know about a code object's control flow:
// the value-stack depth before each instruction, and where its basic
// blocks start.
//
// A compiled function keeps the values an instruction pushes in JavaScript
// variables until a later instruction of the same block uses them
// (virtual-stack.ts). Control can only enter compiled code at a block's
// first instruction, so that is where the stack must be entirely in the
// frame: at the start of the code, at jump and handler targets, and after
// every instruction that leaves compiled code (calls, returns, yields) and
// after which the trampoline or the interpreter comes back in.

import { Op, OPCODES, isJump, isTerminal } from '../../compiler/opcodes.js';
import type { CodeObject } from '../../compiler/code.js';

const depthCache = new WeakMap<CodeObject, Int32Array>();

/**
 * The value-stack depth (above the locals) before each instruction, -1 for
 * instructions no path reaches. The same arithmetic as the assembler's,
 * from the one opcode table.
 */
export function stackDepths(code: CodeObject): Int32Array {
  let depths = depthCache.get(code);
  if (depths !== undefined) return depths;
  const words = code.code;
  depths = new Int32Array(words.length).fill(-1);
  const work: number[] = [];
  const reach = (at: number, depth: number): void => {
    if (at < words.length && depths![at] < 0) {
      depths![at] = depth;
      work.push(at);
    }
  };
  reach(0, 0);
  for (const h of code.handlers) reach(h.target, h.depth + 1 + (h.lasti ? 1 : 0));
  while (work.length > 0) {
    const at = work.pop()!;
    const op = words[at] & 0xff;
    const arg = words[at] >> 8;
    const info = OPCODES[op];
    if (isJump(op)) reach(arg, depths[at] + (info.jumpEffect ?? info.effect)(arg));
    if (!isTerminal(op)) reach(at + 1, depths[at] + info.effect(arg));
  }
  depthCache.set(code, depths);
  return depths;
}

/**
 * Instructions that end a block: those that leave compiled code or after
 * which control does not fall through. (A conditional jump only ends a
 * segment of its block: codegen.ts.)
 */
function endsBlock(op: number): boolean {
  return op === Op.CALL || op === Op.CALL_FUNCTION_EX || op === Op.SEND || op === Op.YIELD_VALUE ||
    op === Op.RETURN_VALUE || isTerminal(op);
}

/**
 * Marks the first instruction of every basic block in [lo, hi] (index
 * n - lo), and hi + 1. An
 * instruction compiled code cannot run (`supported` false) or that nothing
 * reaches is a block of its own.
 */
export function blockStarts(code: CodeObject, lo: number, hi: number, supported: (n: number) => boolean): Uint8Array {
  const words = code.code;
  const depths = stackDepths(code);
  const starts = new Uint8Array(hi - lo + 2);
  const mark = (n: number): void => {
    if (n >= lo && n <= hi + 1) starts[n - lo] = 1;
  };
  mark(lo);
  mark(hi + 1); // whatever follows the range
  for (let n = 0; n < words.length; n++) {
    const op = words[n] & 0xff;
    if (isJump(op)) mark(words[n] >> 8);
    if (n < lo || n > hi) continue;
    if (endsBlock(op)) mark(n + 1);
    if (!supported(n) || depths[n] < 0) {
      mark(n);
      mark(n + 1);
    }
  }
  for (const h of code.handlers) mark(h.target);
  if (code.specialReturns !== null) for (const r of code.specialReturns) mark(r);
  // KW_NAMES and its CALL are one step for thread switches: one block.
  for (let n = Math.max(lo, 1); n <= hi; n++) {
    if ((words[n] & 0xff) === Op.CALL && (words[n - 1] & 0xff) === Op.KW_NAMES && supported(n)) starts[n - lo] = 0;
  }
  return starts;
}
