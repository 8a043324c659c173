// Code objects: what the compiler produces for a module, function, class body,
// lambda or comprehension, and what a frame executes.
//
// Instructions are packed one per 32-bit word: opcode in the low 8 bits,
// argument in the high 24, so the dispatch loop decodes with one load, one
// mask and one shift. Source positions live in a parallel array so that the
// hot path never touches them.

export const CO_VARARGS = 0x04;
export const CO_VARKEYWORDS = 0x08;
export const CO_NESTED = 0x10;
export const CO_GENERATOR = 0x20;
export const CO_COROUTINE = 0x100;
export const CO_ASYNC_GENERATOR = 0x200;

/** Where execution goes when an exception is raised inside a protected range. */
export interface Handler {
  /** Instruction index of the handler. */
  target: number;
  /** Value-stack depth (above the locals) to restore before pushing the exception. */
  depth: number;
  /** Whether the index of the raising instruction is pushed too (for cleanup blocks). */
  lasti: boolean;
}

import { PyObject, makeBuiltinType } from '../runtime/object.js';
import { DEFAULT_CONFIG } from '../config.js';

export const codeType = makeBuiltinType('code', null, 'other');

export class CodeObject extends PyObject {
  name: string;
  qualname: string;
  filename: string;
  firstLineNo: number;
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  flags = 0;
  /** Local variable names; parameters come first, in order. */
  varnames: string[] = [];
  /** Locals captured by inner functions (stored in cells). */
  cellvars: string[] = [];
  /** Variables of enclosing functions that this code reads through cells. */
  freevars: string[] = [];
  /** Global, attribute and imported names referenced by index. */
  names: string[] = [];
  consts: unknown[] = [];
  code: Int32Array = new Int32Array(0);
  /** 4 ints per instruction: line, end line, column, end column (-1 when unknown). */
  positions: Int32Array = new Int32Array(0);
  /** Handler index per instruction, -1 when unprotected. */
  handlerOf: Int32Array = new Int32Array(0);
  handlers: Handler[] = [];
  stacksize = 0;
  /** For each cellvar that is also a parameter: the parameter's index, else -1. */
  cell2arg: Int32Array | null = null;
  /** Source text of the file, for tracebacks. */
  source: string;
  /** Total slots for locals, cells and free variables, before the value stack. */
  nlocalsplus = 0;
  /** Not a generator and no cells: calls need no set-up beyond copying arguments. */
  plainFrame = false;
  /**
   * Slots of locals whose generator nothing else can reach
   * (compiler/owned-generators.ts), closed on return; null when none.
   */
  ownedGenSlots: number[] | null = null;
  /** Recycled frames for this code (see vm/frame.ts acquireFrame). */
  framePool: import('../vm/frame.js').Frame[] = [];
  /** Attribute inline caches, by instruction index (src/vm/inline-cache.ts). */
  ics: (import('../vm/inline-cache.js').AttrCache | undefined)[] = [];
  /** This code compiled to a JS function (src/vm/jit/codegen.ts), once it is hot. */
  jit: import('../vm/jit/codegen.js').CompiledRange | null = null;
  /** Calls left before it is compiled as a whole (-1: never). */
  jitCountdown = DEFAULT_CONFIG.jitAfter;
  /** Backward jumps left before a loop in it is compiled on its own (-1: never). */
  loopCountdown = DEFAULT_CONFIG.jitAfter;
  /** Loops compiled on their own (instructions lo..hi; fn null: left to the interpreter), outermost first; see Interpreter.jitLoop. */
  jitLoops: { lo: number; hi: number; fn: import('../vm/jit/codegen.js').CompiledRange | null }[] | null = null;
  /**
   * Where special methods' frames (vm/special-frames.ts) have returned to
   * in this code: compiled code starts a block there, so the caller goes
   * on in its blocks rather than instruction by instruction; null when none.
   */
  specialReturns: Set<number> | null = null;
  /** The compiled loop the trampoline last found in jitLoops (it is asked again on every return into this code). */
  lastLoop: import('../vm/jit/codegen.js').CompiledRange | null = null;
  /** Global-name inline caches, by instruction index (src/vm/name-cache.ts). */
  gcs: (import('../vm/name-cache.js').NameCache | undefined)[] = [];

  constructor(name: string, qualname: string, filename: string, firstLineNo: number, source: string) {
    super(codeType);
    this.name = name;
    this.qualname = qualname;
    this.filename = filename;
    this.firstLineNo = firstLineNo;
    this.source = source;
  }

  lineOf(ip: number): number {
    return this.positions[ip * 4];
  }

  get isGenerator(): boolean {
    return (this.flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) !== 0;
  }
}

/** Sets when `code` and the code objects nested in it are compiled (Config.jitAfter). */
export function setJitAfter(code: CodeObject, n: number): void {
  code.jitCountdown = n;
  code.loopCountdown = n;
  for (const c of code.consts) if (c instanceof CodeObject) setJitAfter(c, n);
}
