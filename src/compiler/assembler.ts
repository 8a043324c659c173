// The instruction buffer of one code object under construction: emission with
// source positions, labels and jump patching, exception-handler ranges, and
// stack-depth tracking.
//
// Stack depth is tracked while emitting (structured code makes this exact):
// after an instruction that never falls through the depth is unknown until
// the next label, which carries the depth recorded by the jumps to it.

import { OPCODES, isTerminal, isJump } from './opcodes.js';
import type { Handler } from './code.js';
import type { Span } from '../../grammar/ast.js';
import { SyntaxErrorAt } from './symtable.js';

export interface Label {
  pos: number;      // instruction index once bound, else -1
  depth: number;    // stack depth on entry, -1 until known
}

/** The most instructions one code object may have (arguments are 24 bits; memory grows with it). */
const MAX_INSTRUCTIONS = 2_000_000;

export class Assembler {
  ops: number[] = [];
  args: number[] = [];
  /** For jumps: the label they target (patched into args at the end). */
  jumpLabels: (Label | null)[] = [];
  pos: number[] = [];
  handlerIdx: number[] = [];
  handlers: Handler[] = [];
  handlerLabels: Label[] = [];
  private handlerStack: number[] = [];
  depth = 0;
  maxDepth = 0;
  loc: Span = { lineno: 1, col_offset: 0, end_lineno: 1, end_col_offset: 0 };

  emit(op: number, arg = 0): number {
    const i = this.ops.length;
    if (i >= MAX_INSTRUCTIONS) {
      // (Deeply nested finally blocks, each compiled twice, get there: 2**20 copies.)
      throw new SyntaxErrorAt(`pygil does not support code objects of more than ${MAX_INSTRUCTIONS.toLocaleString('en-US')} instructions`, this.loc);
    }
    this.ops.push(op);
    this.args.push(arg);
    this.jumpLabels.push(null);
    const l = this.loc;
    this.pos.push(l.lineno, l.end_lineno, l.col_offset, l.end_col_offset);
    this.handlerIdx.push(this.handlerStack.length > 0 ? this.handlerStack[this.handlerStack.length - 1] : -1);
    if (this.depth >= 0) {
      this.depth += OPCODES[op].effect(arg);
      if (this.depth > this.maxDepth) this.maxDepth = this.depth;
      if (this.depth < 0) throw new Error(`pygil compiler: negative stack depth after ${OPCODES[op].name}`);
    }
    if (isTerminal(op)) this.depth = -1;
    return i;
  }

  emitJump(op: number, label: Label): void {
    const before = this.depth;
    const info = OPCODES[op];
    const i = this.emit(op, 0);
    this.jumpLabels[i] = label;
    if (before >= 0) {
      const jd = before + (info.jumpEffect ?? info.effect)(0);
      if (label.depth < 0) label.depth = jd;
      if (jd > this.maxDepth) this.maxDepth = jd;
    }
  }

  newLabel(): Label {
    return { pos: -1, depth: -1 };
  }

  bind(label: Label): void {
    label.pos = this.ops.length;
    if (label.depth >= 0 && this.depth >= 0 && label.depth !== this.depth) {
      throw new Error(`pygil compiler: inconsistent stack depth at label (${this.depth} vs ${label.depth})`);
    }
    if (label.depth >= 0) this.depth = label.depth;
    else if (this.depth >= 0) label.depth = this.depth;
  }

  /** Protects the following instructions with a handler at `label`. */
  pushHandler(label: Label, lasti = false): void {
    const depth = this.depth;
    this.handlers.push({ target: -1, depth, lasti });
    this.handlerLabels.push(label);
    this.handlerStack.push(this.handlers.length - 1);
    // The handler starts with the exception pushed on the recorded depth.
    label.depth = depth + 1 + (lasti ? 1 : 0);
    if (label.depth > this.maxDepth) this.maxDepth = label.depth;
  }

  popHandler(): void {
    this.handlerStack.pop();
  }

  /** Temporarily leaves all handlers down to `n` (for inlined finally bodies). */
  saveHandlers(): number[] {
    return this.handlerStack.slice();
  }
  restoreHandlers(s: number[]): void {
    this.handlerStack = s;
  }
  truncateHandlers(n: number): void {
    this.handlerStack.length = n;
  }
  get handlerDepth(): number {
    return this.handlerStack.length;
  }

  get size(): number {
    return this.ops.length;
  }

  lastOp(): number {
    return this.ops.length > 0 ? this.ops[this.ops.length - 1] : -1;
  }

  /** Resolves labels and packs instructions into words. */
  finish(): { code: Int32Array; positions: Int32Array; handlerOf: Int32Array; handlers: Handler[]; stacksize: number } {
    const n = this.ops.length;
    const code = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      let arg = this.args[i];
      const l = this.jumpLabels[i];
      if (l !== null) {
        if (l.pos < 0) throw new Error('pygil compiler: unbound label');
        arg = l.pos;
      }
      if (!isJump(this.ops[i]) && l !== null) throw new Error('pygil compiler: label on a non-jump');
      if (arg < 0 || arg > 0xffffff) throw new Error('pygil compiler: argument out of range');
      code[i] = this.ops[i] | (arg << 8);
    }
    const handlers = this.handlers.map((h, i) => ({ ...h, target: this.handlerLabels[i].pos }));
    return {
      code,
      positions: Int32Array.from(this.pos),
      handlerOf: Int32Array.from(this.handlerIdx),
      handlers,
      stacksize: this.maxDepth + 1,
    };
  }
}
