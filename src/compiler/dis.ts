// The disassembler: turns a code object into instruction records, then
// formats the records the way CPython 3.11's `python -m dis` lays them out.
//
// Records first, formatting second (as CPython's Lib/dis.py): `pygil dis`,
// the VM's `--trace` and test failure messages all format the same records,
// so an instruction reads identically everywhere. Every explanation of an
// argument comes from the operand kind in the one opcode table (opcodes.ts);
// nothing here knows individual opcodes except MAKE_FUNCTION's flag names and
// the is/in inversion wording.
//
// Offsets are instruction index x 2, like CPython's byte offsets, so jump
// targets and tracebacks can be compared with `python -m dis` by eye.

import { OPCODES, COMPARE_NAMES, BINOP_NAMES, MAKE_FUNCTION, IS_OP, CONTAINS_OP } from './opcodes.js';
import { CodeObject } from './code.js';
import { PyFloat } from '../runtime/object.js';
import { PyTuple } from '../runtime/tuple.js';
import { repr as pyRepr } from '../runtime/ops.js';
import { floatRepr } from '../runtime/format/float-repr.js';
import '../runtime/types/load-all.js';

/** One decoded instruction. */
export interface DisInstruction {
  /** Instruction index in `code.code`. */
  index: number;
  /** `index * 2`, the CPython-style byte offset shown in listings. */
  offset: number;
  opcode: number;
  opname: string;
  /** The raw argument, or null for instructions that take none. */
  arg: number | null;
  /** What the argument denotes: a constant, a name, a jump target offset… */
  argval: unknown;
  /** Human-readable argument ('' when there is nothing to add). */
  argrepr: string;
  /** The source line this instruction starts, or null when it continues the previous one. */
  line: number | null;
  /** The instruction's own source line (null when unknown). */
  sourceLine: number | null;
  /** Whether a jump or an exception handler leads here. */
  isJumpTarget: boolean;
}

/** One protected range of the exception table, in offsets (end inclusive). */
export interface DisHandlerRange {
  start: number;
  end: number;
  target: number;
  depth: number;
  lasti: boolean;
}

const MAKE_FUNCTION_FLAGS = ['defaults', 'kwdefaults', 'annotations', 'closure'];
const FORMAT_CONVERSIONS = ['', 'str', 'repr', 'ascii'];

// ------------------------------------------------------------ records

/** Decodes every instruction of `code` (not of nested code objects). */
export function disassemble(code: CodeObject, names: CodeNames = new CodeNames()): DisInstruction[] {
  const targets = jumpTargets(code);
  const out: DisInstruction[] = [];
  let lastLine = -1;
  for (let i = 0; i < code.code.length; i++) {
    const ins = instructionAt(code, i, targets, names);
    // A line is "started" when it differs from the last line seen, as
    // CPython's findlinestarts: unknown lines neither start nor reset one.
    if (ins.sourceLine !== null && ins.sourceLine !== lastLine) {
      ins.line = ins.sourceLine;
      lastLine = ins.sourceLine;
    }
    out.push(ins);
  }
  return out;
}

/**
 * Decodes the single instruction at `index`. Cheap enough for a trace: the
 * jump-target flag is only computed when `targets` is given, and `line` is
 * always null (line starts need the previous instruction).
 */
export function instructionAt(code: CodeObject, index: number, targets?: Set<number>, names?: CodeNames): DisInstruction {
  const word = code.code[index];
  const opcode = word & 0xff;
  const info = OPCODES[opcode] as (typeof OPCODES)[number] | undefined;
  const raw = word >>> 8;
  const srcLine = index * 4 < code.positions.length ? code.positions[index * 4] : -1;
  const base = {
    index,
    offset: index * 2,
    opcode,
    line: null,
    sourceLine: srcLine > 0 ? srcLine : null,
    isJumpTarget: targets?.has(index) ?? false,
  };
  if (info === undefined) return { ...base, opname: `<${opcode}>`, arg: raw, argval: raw, argrepr: '' };
  if (info.operand === 'none') return { ...base, opname: info.name, arg: null, argval: null, argrepr: '' };
  const { argval, argrepr } = explainArg(code, opcode, raw, names ?? new CodeNames());
  return { ...base, opname: info.name, arg: raw, argval, argrepr };
}

function explainArg(code: CodeObject, opcode: number, arg: number, names: CodeNames): { argval: unknown; argrepr: string } {
  const plain = { argval: arg, argrepr: '' };
  switch (OPCODES[opcode].operand) {
    case 'const': {
      if (arg >= code.consts.length) return plain;
      const v = code.consts[arg];
      return { argval: v, argrepr: constRepr(v, names) };
    }
    case 'name':
    case 'global':
    case 'method':
      return arg < code.names.length ? { argval: code.names[arg], argrepr: code.names[arg] } : plain;
    case 'local':
      return arg < code.varnames.length ? { argval: code.varnames[arg], argrepr: code.varnames[arg] } : plain;
    case 'free': {
      const n = derefName(code, arg);
      return n === undefined ? plain : { argval: n, argrepr: n };
    }
    case 'jump':
      return { argval: arg * 2, argrepr: `to ${arg * 2}` };
    case 'compare':
      return { argval: COMPARE_NAMES[arg], argrepr: COMPARE_NAMES[arg] ?? '' };
    case 'binop':
      return { argval: BINOP_NAMES[arg], argrepr: BINOP_NAMES[arg] ?? '' };
    case 'invert':
      return { argval: arg, argrepr: invertRepr(opcode, arg) };
    case 'format':
      return { argval: arg, argrepr: formatRepr(arg) };
    case 'raw':
      return { argval: arg, argrepr: opcode === MAKE_FUNCTION ? flagNames(arg, MAKE_FUNCTION_FLAGS) : '' };
    case 'count':
    case 'none':
      return plain;
  }
}

/** Cell variables come first, then free variables (the VM's slot order). */
function derefName(code: CodeObject, arg: number): string | undefined {
  if (arg < code.cellvars.length) return code.cellvars[arg];
  return code.freevars[arg - code.cellvars.length];
}

// CPython 3.11 prints no explanation for IS_OP/CONTAINS_OP; spelling out
// "is not" / "not in" costs nothing and saves a teacher a footnote.
function invertRepr(opcode: number, arg: number): string {
  if (opcode === IS_OP) return arg ? 'is not' : 'is';
  if (opcode === CONTAINS_OP) return arg ? 'not in' : 'in';
  return '';
}

function formatRepr(arg: number): string {
  const conv = FORMAT_CONVERSIONS[arg & 3];
  if ((arg & 4) === 0) return conv;
  return conv ? `${conv}, with format` : 'with format';
}

function flagNames(arg: number, names: string[]): string {
  const on: string[] = [];
  names.forEach((n, bit) => {
    if (arg & (1 << bit)) on.push(n);
  });
  return on.join(', ');
}

/** Instruction indices reached by a jump or an exception handler. */
export function jumpTargets(code: CodeObject): Set<number> {
  const targets = new Set<number>();
  for (let i = 0; i < code.code.length; i++) {
    const word = code.code[i];
    if (OPCODES[word & 0xff]?.operand === 'jump') targets.add(word >>> 8);
  }
  for (const h of code.handlers) if (h.target >= 0) targets.add(h.target);
  return targets;
}

/** The exception table as contiguous protected ranges, like CPython's ExceptionTable. */
export function handlerRanges(code: CodeObject): DisHandlerRange[] {
  const ranges: DisHandlerRange[] = [];
  const n = code.handlerOf.length;
  let i = 0;
  while (i < n) {
    const h = code.handlerOf[i];
    if (h < 0) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < n && code.handlerOf[j + 1] === h) j++;
    const handler = code.handlers[h];
    ranges.push({ start: i * 2, end: j * 2, target: handler.target * 2, depth: handler.depth, lasti: handler.lasti });
    i = j + 1;
  }
  return ranges;
}

// ------------------------------------------------------------ reprs

/**
 * Code objects have no identity worth printing, so each gets a stable fake
 * address (its position in a walk of the tree): listings stay reproducible
 * and can be kept as golden files.
 */
export class CodeNames {
  private ids = new Map<CodeObject, number>();
  addressOf(code: CodeObject): string {
    let n = this.ids.get(code);
    if (n === undefined) {
      n = this.ids.size;
      this.ids.set(code, n);
    }
    return '0x' + (0x7f0000001000 + n * 0x100).toString(16);
  }
  repr(code: CodeObject): string {
    return `<code object ${code.name} at ${this.addressOf(code)}, file "${code.filename}", line ${code.firstLineNo}>`;
  }
}

/** repr() of a constant, without needing a running process. */
export function constRepr(v: unknown, names: CodeNames = new CodeNames()): string {
  if (v instanceof CodeObject) return names.repr(v);
  if (v instanceof PyFloat) return floatRepr(v.v);
  if (v instanceof PyTuple) {
    const parts = v.items.map((x) => constRepr(x, names));
    return parts.length === 1 ? `(${parts[0]},)` : `(${parts.join(', ')})`;
  }
  try {
    return pyRepr(v);
  } catch {
    return `<${typeof v}>`;
  }
}

// ------------------------------------------------------------ formatting

/** Column widths of a listing (CPython: 3 for lines, 4 for offsets, wider when needed). */
export interface DisWidths {
  /** 0 omits the line-number column. */
  line: number;
  offset: number;
}

const OPNAME_WIDTH = 20;
const OPARG_WIDTH = 5;

/** One instruction as one line of a listing (also used by `--trace`). */
export function formatInstruction(ins: DisInstruction, widths: DisWidths = { line: 3, offset: 4 }, current = false): string {
  const fields: string[] = [];
  if (widths.line > 0) fields.push(ins.line !== null ? String(ins.line).padStart(widths.line) : ' '.repeat(widths.line));
  fields.push(current ? '-->' : '   ');
  fields.push(ins.isJumpTarget ? '>>' : '  ');
  fields.push(String(ins.offset).padStart(widths.offset));
  fields.push(ins.opname.padEnd(OPNAME_WIDTH));
  if (ins.arg !== null) {
    fields.push(String(ins.arg).padStart(OPARG_WIDTH));
    if (ins.argrepr) fields.push(`(${ins.argrepr})`);
  }
  return fields.join(' ').trimEnd();
}

/** Widths CPython would choose for this code object. */
export function widthsFor(code: CodeObject, records: DisInstruction[]): DisWidths {
  let maxLine = 0;
  let anyLine = false;
  for (const r of records) {
    if (r.line !== null) {
      anyLine = true;
      if (r.line > maxLine) maxLine = r.line;
    }
  }
  const maxOffset = code.code.length * 2 - 2;
  return {
    line: !anyLine ? 0 : maxLine >= 1000 ? String(maxLine).length : 3,
    offset: maxOffset >= 10000 ? String(maxOffset).length : 4,
  };
}

/** The listing of one code object, without nested ones (lines end with '\n'). */
export function formatCode(code: CodeObject, names: CodeNames = new CodeNames()): string {
  const records = disassemble(code, names);
  const widths = widthsFor(code, records);
  const lines: string[] = [];
  for (const r of records) {
    // A blank line separates source lines, as in CPython's listing.
    if (widths.line > 0 && r.line !== null && r.offset > 0) lines.push('');
    lines.push(formatInstruction(r, widths));
  }
  const ranges = handlerRanges(code);
  if (ranges.length > 0) {
    lines.push('ExceptionTable:');
    for (const h of ranges) lines.push(`  ${h.start} to ${h.end} -> ${h.target} [${h.depth}]${h.lasti ? ' lasti' : ''}`);
  }
  return lines.map((l) => l + '\n').join('');
}

/** The full listing: `code`, then every nested code object in constant order, recursively. */
export function formatDis(code: CodeObject): string {
  const names = new CodeNames();
  names.addressOf(code);
  const parts: string[] = [];
  const walk = (c: CodeObject): void => {
    parts.push(formatCode(c, names));
    for (const k of c.consts) {
      if (k instanceof CodeObject) {
        parts.push(`\nDisassembly of ${names.repr(k)}:\n`);
        walk(k);
      }
    }
  };
  walk(code);
  return parts.join('');
}
