// One basic block of a compiled function, with its value stack kept in
// JavaScript variables.
//
// The dispatch loop pushes every operand into the frame's registers and
// pops it again: `a + 1` is four stores and four loads. Here an instruction
// that pushes a value leaves it in a `const` (or, for a constant, nothing
// at all), and the instruction that pops it reads that variable: the block
// `n = n - 1` becomes `regs[0] = v0 - 1` behind one type test, and V8 keeps
// the values in machine registers. The values are stored in the frame
// (`flush`) wherever the frame's stack must be right: at the end of the
// block, before an instruction this file leaves to stack-ops.ts, on every
// bail, and before anything that may raise inside a `try` whose handler
// keeps values below them.
//
// The block's instructions are counted against the budget a segment at a
// time (codegen.ts), so a bail in the middle has the trampoline give back
// those counted and not run: `rem` is the number of instructions after the
// current one in its segment.

import { Op } from '../../compiler/opcodes.js';
import type { CodeObject } from '../../compiler/code.js';
import { memoryInstr, binaryFast, clearLocals, call, EXIT, ENTER_LOCAL } from './stack-ops.js';
import { J_NEXT, J_OUT0 } from './exits.js';
import { FRAME_POOL_SIZE } from '../frame.js';
import { MAX_ITEMS } from '../../runtime/limits.js';

/** A value the block holds instead of the frame: a JS expression without side effects (a temporary or a constant). */
interface Held {
  js: string;
  /** A small-int literal: type tests on it are left out. */
  int: boolean;
}

const COMPARE_JS = ['<', '<=', '===', '!==', '>', '>='];

/** Instructions that neither raise nor bail. */
const NEVER_LEAVE = new Set<number>([Op.NOP, Op.LOAD_CONST, Op.PUSH_NULL, Op.STORE_FAST, Op.JUMP_FORWARD, Op.JUMP_BACKWARD_NO_INTERRUPT]);

/** Instructions BlockEmitter always handles itself (the rest go to stack-ops.ts, or bail). */
const OWN = new Set<number>([
  Op.NOP, Op.LOAD_CONST, Op.PUSH_NULL, Op.LOAD_FAST, Op.STORE_FAST, Op.LOAD_DEREF, Op.STORE_DEREF, Op.POP_TOP, Op.COPY,
  Op.LOAD_GLOBAL, Op.LOAD_NAME, Op.STORE_GLOBAL, Op.STORE_NAME, Op.LOAD_ATTR, Op.STORE_ATTR, Op.LOAD_METHOD,
  Op.BINARY_OP, Op.COMPARE_OP, Op.IS_OP, Op.CONTAINS_OP, Op.UNARY_NEGATIVE, Op.UNARY_POSITIVE, Op.UNARY_NOT,
  Op.UNARY_INVERT, Op.BINARY_SUBSCR, Op.STORE_SUBSCR, Op.LIST_APPEND, Op.FORMAT_VALUE, Op.GET_ITER, Op.FOR_ITER,
  Op.POP_JUMP_IF_FALSE, Op.POP_JUMP_IF_TRUE, Op.POP_JUMP_IF_NONE, Op.POP_JUMP_IF_NOT_NONE, Op.JUMP_IF_FALSE_OR_POP,
  Op.JUMP_IF_TRUE_OR_POP, Op.JUMP_FORWARD, Op.JUMP_BACKWARD, Op.JUMP_BACKWARD_NO_INTERRUPT,
]);

/** Whether compiled code runs instruction `n` at all (else it always bails to the interpreter). */
export function supported(code: CodeObject, n: number): boolean {
  const word = code.code[n];
  const op = word & 0xff;
  if (OWN.has(op)) return true;
  // RETURN_VALUE with owned generators to close: the interpreter's.
  if (op === Op.RETURN_VALUE) return word >> 8 === 0;
  return memoryInstr(code, n, '') !== null;
}

/**
 * The test that any of `hs` is an object of a Python class (whose special
 * methods the interpreter runs as frames), leaving out literals and
 * constants, which never are; null when none may be.
 */
function instanceTest(...hs: Held[]): string | null {
  const tests = hs.filter((h) => !h.int && !/^(K\[\d+\]|null|true|false|undefined)$/.test(h.js)).map((h) => `pyInstance(${h.js})`);
  return tests.length === 0 ? null : tests.join(' || ');
}

/** Whether `h` is a temporary (a value computed at run time), not a constant. */
const isTemp = (h: Held): boolean => /^v\d+$/.test(h.js);

export class BlockEmitter {
  private held: Held[] = [];
  private out: string[] = [];
  /** What a bail restores: the values held when the instruction began, over this many it has taken from the frame since. */
  private heldBefore: Held[] = [];
  private framePops = 0;

  /**
   * `temps` numbers the temporaries of the whole function; `sureLocals[i]`
   * says local `i` is never unbound where it is read (a parameter nothing
   * deletes), so its load needs no test. `local`: calls into and returns
   * to frames of this code stay in the function (stack-ops.ts ENTER_LOCAL).
   */
  constructor(private readonly code: CodeObject, private readonly depths: Int32Array,
    private readonly sureLocals: boolean[], private readonly temps: { n: number }, private readonly local: boolean) {}

  /** The block's statements so far. */
  text(): string {
    return this.out.join('\n        ');
  }

  private emit(s: string): void {
    if (s !== '') this.out.push(s);
  }

  /** Counts the next `n` instructions against the budget (a segment of the block: see codegen.ts). */
  count(n: number): void {
    this.emit(`budget -= ${n};`);
  }

  private temp(): string {
    return `v${this.temps.n++}`;
  }

  private push(js: string, int = false): void {
    this.held.push({ js, int });
  }

  /** The top value, taken from the frame when the block holds none. */
  private pop(): Held {
    const h = this.held.pop();
    if (h !== undefined) return h;
    const v = this.temp();
    this.emit(`const ${v} = regs[--sp];`);
    this.framePops++;
    return { js: v, int: false };
  }

  /** Statements storing `held` in the frame (without forgetting them). */
  private storeCode(held: Held[] = this.held): string {
    if (held.length === 0) return '';
    if (held.length === 1) return `regs[sp++] = ${held[0].js};`;
    return held.map((h, i) => `regs[sp${i === 0 ? '' : ` + ${i}`}] = ${h.js};`).join(' ') + ` sp += ${held.length};`;
  }

  /** Stores every held value in the frame. */
  flush(): void {
    this.emit(this.storeCode());
    this.held = [];
    this.heldBefore = [];
    this.framePops = 0;
  }

  /**
   * Leaves before this instruction (`cur`), with the stack as it was when
   * the instruction began (popping leaves the registers as they were, so
   * the values it took from the frame are still there): the interpreter
   * runs it. The trampoline gives back the budget of it and of the `rem`
   * after it in its segment.
   */
  private bail(rem: number): string {
    const unpop = this.framePops > 0 ? ` sp += ${this.framePops};` : '';
    return `{${unpop} ${this.storeCode(this.heldBefore)} ex = ${J_OUT0 + 1 + rem}; break out; }`;
  }

  /**
   * Goes on in the frame `make` (an expression: a Frame, or null for none)
   * makes for a Python special method (vm/special-frames.ts), after this
   * instruction (`n1`): the values still held are stored (not the
   * instruction's operands: the frame's value replaces them), then `pre`;
   * the budget of the `rem` instructions after it in its segment is given back.
   */
  private special(make: string, n1: number, rem: number, pre = ''): string {
    return `{ const nf = ${make}; if (nf !== null) { ${this.storeCode()} ${pre} budget += ${rem}; ex = jitPush(interp, t, frame, nf); nip = ${n1}; break exitSp; } }`;
  }

  /** Jumps to `target`, with the values still held stored (a jump ends its segment: nothing after it was counted). */
  private jump(target: number): string {
    return `{ ${this.storeCode()} ip = ${target}; continue; }`;
  }

  private name(i: number): string {
    return JSON.stringify(this.code.names[i]);
  }

  /** Type tests that both operands are ints (none for int literals). */
  private static intTest(x: Held, y: Held): string {
    const tests = [x, y].filter((h) => !h.int).map((h) => `typeof ${h.js} === 'number'`);
    return tests.length === 0 ? 'true' : tests.join(' && ');
  }

  /** Emits instruction `n`, with `rem` instructions after it in its segment. */
  instr(n: number, rem: number): void {
    const code = this.code;
    const word = code.code[n];
    const op = word & 0xff;
    const a = word >> 8;
    const n1 = n + 1;
    // Where an exception or a bail leaves from (instructions that can do neither need not say).
    if (!(NEVER_LEAVE.has(op) || (op === Op.LOAD_FAST && this.sureLocals[a]))) this.emit(`cur = ${n};`);
    // An exception unwinds the frame's stack to the handler's depth: the
    // values under it must be there.
    const h = code.handlerOf[n];
    if (h >= 0 && this.depths[n] - this.held.length < code.handlers[h].depth) this.flush();
    this.heldBefore = this.held.slice();
    this.framePops = 0;
    switch (op) {
      case Op.NOP:
        return;
      case Op.LOAD_CONST: {
        const c = code.consts[a];
        // In parentheses: `5.dict` would not parse, `(5).dict` does.
        if (typeof c === 'number' && Number.isSafeInteger(c)) this.push(`(${c})`, true);
        else if (c === null) this.push('null');
        else if (c === true || c === false) this.push(String(c));
        else this.push(`K[${a}]`);
        return;
      }
      case Op.PUSH_NULL:
        this.push('undefined');
        return;
      case Op.LOAD_FAST: {
        const v = this.temp();
        this.emit(`const ${v} = regs[${a}];`);
        if (!this.sureLocals[a]) this.emit(`if (${v} === undefined) ${this.bail(rem)}`);
        this.push(v);
        return;
      }
      case Op.STORE_FAST:
        this.emit(`regs[${a}] = ${this.pop().js};`);
        return;
      case Op.LOAD_DEREF: {
        const v = this.temp();
        this.emit(`const ${v} = regs[${code.varnames.length + a}].v; if (${v} === undefined) ${this.bail(rem)}`);
        this.push(v);
        return;
      }
      case Op.STORE_DEREF:
        this.emit(`regs[${code.varnames.length + a}].v = ${this.pop().js};`);
        return;
      case Op.POP_TOP: {
        const x = this.pop();
        // A loop-owned generator left behind needs finalizing: the interpreter's job.
        if (isTemp(x)) this.emit(`if (${x.js} instanceof PyGenerator && ${x.js}.loopOwned) ${this.bail(rem)}`);
        return;
      }
      case Op.COPY: {
        if (a <= this.held.length) this.push(this.held[this.held.length - a].js, this.held[this.held.length - a].int);
        else {
          const v = this.temp();
          this.emit(`const ${v} = regs[sp - ${a - this.held.length}];`);
          this.push(v);
        }
        return;
      }
      case Op.SWAP:
        if (a > this.held.length) break;
        {
          const hs = this.held, top = hs.length - 1;
          [hs[top], hs[top - a + 1]] = [hs[top - a + 1], hs[top]];
        }
        return;
      case Op.LOAD_GLOBAL:
      case Op.LOAD_NAME: {
        if (op === Op.LOAD_NAME) this.emit(`if (frame.locals !== frame.globals) ${this.bail(rem)}`);
        const v = this.temp();
        this.emit(`let ${v}; { const nc = GCS[${n1}];
          if (nc === undefined || nc.dict !== frame.globals || ((${v} = nc.cell.v) === undefined && (${v} = nc.bcell.v) === undefined)) {
            ${v} = loadGlobalSlow(frame.globals, interp.proc.builtins, ${this.name(a)}, code, ${n1}); if (${v} === undefined) ${this.bail(rem)} } }`);
        this.push(v);
        return;
      }
      case Op.STORE_GLOBAL:
      case Op.STORE_NAME: {
        if (op === Op.STORE_NAME) this.emit(`if (frame.locals !== frame.globals) ${this.bail(rem)}`);
        const x = this.pop();
        this.emit(`{ const nc = GCS[${n1}];
          if (nc !== undefined && nc.dict === frame.globals && nc.cell.v !== undefined) { nc.cell.v = ${x.js}; frame.globals.dirty = true; }
          else storeGlobalSlow(frame.globals, ${this.name(a)}, ${x.js}, code, ${n1}); }`);
        return;
      }
      case Op.LOAD_ATTR: {
        const obj = this.pop().js, v = this.temp();
        this.emit(`let ${v}; L${n}: {
          if (${obj} instanceof PyObject) { const ic = ICS[${n1}];
            if (ic !== undefined && ic.type === ${obj}.cls && ic.epoch === typeEpoch.n) {
              ${v} = ${obj}.dict.map.get(${this.name(a)}); if (${v} === undefined) ${v} = ic.method;
              if (${v} !== undefined) break L${n}; } }
          ${this.special(`getAttrFrame(interp, ${obj}, ${this.name(a)})`, n1, rem)}
          ${v} = loadAttrSlow(${obj}, ${this.name(a)}, code, ${n1}); }`);
        this.push(v);
        return;
      }
      case Op.STORE_ATTR: {
        const obj = this.pop().js, x = this.pop().js;
        this.emit(`L${n}: {
          if (${obj} instanceof PyObject) { const ic = ICS[${n1}];
            if (ic !== undefined && ic.type === ${obj}.cls && ic.epoch === typeEpoch.n) {
              const d = ${obj}.dict; d.map.set(${this.name(a)}, ${x}); if (d.cells !== null) d.syncCell(${this.name(a)}, ${x});
              break L${n}; } }
          ${this.special(`setAttrFrame(interp, ${obj}, ${this.name(a)}, ${x})`, n1, rem)}
          storeAttrSlow(${obj}, ${this.name(a)}, ${x}, code, ${n1}); }`);
        return;
      }
      case Op.LOAD_METHOD: {
        // The slow path works on the frame's registers above what is
        // stored there (the block's own stack space), then reads them back.
        const obj = this.pop().js, m = this.temp(), self = this.temp();
        this.emit(`let ${m}, ${self}; L${n}: { const ic = ICS[${n1}];
          if (ic !== undefined && ic.epoch === typeEpoch.n && ic.type === typeOf(${obj}) &&
              !(${obj} instanceof PyObject && ${obj}.dict !== null && ${obj}.dict.map.has(${this.name(a)}))) {
            ${m} = ic.method; ${self} = ${obj}; break L${n}; }
          ${this.special(`getAttrFrame(interp, ${obj}, ${this.name(a)})`, n1, rem, 'regs[sp++] = undefined;')}
          regs[sp] = ${obj}; loadMethodSlow(regs, sp + 1, ${this.name(a)}, code, ${n1}); ${m} = regs[sp]; ${self} = regs[sp + 1]; }`);
        this.push(m);
        this.push(self);
        return;
      }
      case Op.BINARY_OP: {
        const y = this.pop(), x = this.pop(), v = this.temp();
        const fast = binaryFast(a);
        // An operand of a Python class: its method may run as a frame.
        const test = instanceTest(x, y);
        const slow = (p: string, q: string): string =>
          `{ ${test === null ? '' : this.special(`binaryFrame(interp, ${p}, ${q}, ${a})`, n1, rem)} ${v} = arith(${p}, ${q}, ${a}); }`;
        if (fast === null) this.emit(`let ${v}; ${slow(x.js, y.js)}`);
        else {
          this.emit(`let ${v}; { const x = ${x.js}, y = ${y.js}; let r = 0;
          if (${BlockEmitter.intTest(x, y)} && Number.isSafeInteger(r = ${fast})) ${v} = r === 0 ? 0 : r; else ${slow('x', 'y')} }`);
        }
        this.push(v);
        return;
      }
      case Op.COMPARE_OP: {
        const y = this.pop(), x = this.pop(), v = this.temp();
        const test = instanceTest(x, y);
        this.emit(`let ${v}; if (${BlockEmitter.intTest(x, y)}) ${v} = ${x.js} ${COMPARE_JS[a]} ${y.js};
          else { ${test === null ? '' : this.special(`compareFrame(interp, ${x.js}, ${y.js}, ${a})`, n1, rem)} ${v} = compare(${x.js}, ${y.js}, ${a}); }`);
        this.push(v);
        return;
      }
      case Op.IS_OP: {
        const y = this.pop(), x = this.pop(), v = this.temp();
        this.emit(`const ${v} = isSame(${x.js}, ${y.js}) !== ${a === 1};`);
        this.push(v);
        return;
      }
      case Op.CONTAINS_OP: {
        const c = this.pop(), x = this.pop(), v = this.temp();
        if (instanceTest(c) !== null) this.emit(`if (pyInstance(${c.js})) ${this.special(`containsFrame(interp, ${c.js}, ${x.js}, ${a === 1})`, n1, rem)}`);
        this.emit(`const ${v} = ops.contains(${c.js}, ${x.js}) !== ${a === 1};`);
        this.push(v);
        return;
      }
      case Op.UNARY_NEGATIVE:
      case Op.UNARY_POSITIVE:
      case Op.UNARY_NOT:
      case Op.UNARY_INVERT: {
        const x = this.pop().js, v = this.temp();
        const js = op === Op.UNARY_NEGATIVE ? `ops.unaryNegative(${x})` : op === Op.UNARY_POSITIVE ? `ops.unaryPositive(${x})`
          : op === Op.UNARY_NOT ? `!ops.truthy(${x})` : `ops.unaryInvert(${x})`;
        const make = op === Op.UNARY_NOT ? `truthFrame(interp, ${x})`
          : `unaryFrame(interp, ${x}, '${op === Op.UNARY_NEGATIVE ? '__neg__' : op === Op.UNARY_POSITIVE ? '__pos__' : '__invert__'}')`;
        this.emit(`if (pyInstance(${x})) ${this.special(make, n1, rem)}`);
        this.emit(`const ${v} = ${js};`);
        this.push(v);
        return;
      }
      case Op.BINARY_SUBSCR: {
        // A plain dict's missing key: the interpreter raises KeyError without a JS throw.
        const key = this.pop().js, obj = this.pop().js, v = this.temp();
        const bail = this.bail(rem);
        this.emit(`let ${v}; L${n}: {
          if (${obj} instanceof PyList && typeof ${key} === 'number' && ${obj}.cls.builtin) {
            const items = ${obj}.items; const i = ${key} < 0 ? ${key} + items.length : ${key};
            if (i >= 0 && i < items.length) { ${v} = items[i]; break L${n}; }
          } else if (${obj} instanceof PyDict && ${obj}.cls === dictType && (typeof ${key} === 'string' || typeof ${key} === 'number')) {
            ${v} = ${obj}.get(${key}); if (${v} !== undefined) break L${n}; ${bail}
          }
          ${this.special(`getItemFrame(interp, ${obj}, ${key})`, n1, rem)}
          ${v} = ops.getItem(${obj}, ${key}); }`);
        this.push(v);
        return;
      }
      case Op.STORE_SUBSCR: {
        const key = this.pop().js, obj = this.pop().js, x = this.pop().js;
        this.emit(`L${n}: {
          if (${obj} instanceof PyList && typeof ${key} === 'number' && ${obj}.cls.builtin) {
            const items = ${obj}.items; const i = ${key} < 0 ? ${key} + items.length : ${key};
            if (i >= 0 && i < items.length) { items[i] = ${x}; break L${n}; }
          } else if (${obj} instanceof PyDict && ${obj}.cls.builtin) { ${obj}.set(${key}, ${x}); break L${n}; }
          ${this.special(`setItemFrame(interp, ${obj}, ${key}, ${x})`, n1, rem)}
          ops.setItem(${obj}, ${key}, ${x}); }`);
        return;
      }
      case Op.BUILD_TUPLE:
      case Op.BUILD_LIST:
      case Op.BUILD_STRING: {
        if (a > this.held.length) break;
        const items = this.held.splice(this.held.length - a, a).map((x) => x.js);
        const v = this.temp();
        if (op === Op.BUILD_STRING) this.emit(`const ${v} = ${a === 0 ? "''" : `'' + ${items.join(' + ')}`};`);
        else if (op === Op.BUILD_TUPLE) this.emit(`const ${v} = ${a === 0 ? 'EMPTY_TUPLE' : `new PyTuple([${items.join(', ')}])`};`);
        else this.emit(`const ${v} = new PyList([${items.join(', ')}]);`);
        this.push(v);
        return;
      }
      case Op.LIST_APPEND: {
        const x = this.pop().js;
        const list = a <= this.held.length ? this.held[this.held.length - a].js : `regs[sp - ${a - this.held.length}]`;
        this.emit(`{ const items = ${list}.items; if (items.length >= ${MAX_ITEMS}) throw outOfMemory(); items.push(${x}); }`);
        return;
      }
      case Op.FORMAT_VALUE: {
        const spec = (a & 4) !== 0 ? this.pop().js : "''";
        const x = this.pop().js, v = this.temp();
        this.emit(`if (typeof ${x} !== 'string') ${this.special(`formatFrame(interp, ${x}, ${a & 3}, ${spec})`, n1, rem)}`);
        this.emit(`const ${v} = formatValue(${x}, ${a & 3}, ${spec});`);
        this.push(v);
        return;
      }
      case Op.GET_ITER: {
        const x = this.pop().js, v = this.temp();
        this.emit(`if (${x} instanceof PyObject && !(${x} instanceof PyIter)) ${this.special(`iterFrame(interp, ${x})`, n1, rem)}`);
        this.emit(`const ${v} = ops.getIter(${x});`);
        this.push(v);
        return;
      }
      case Op.FOR_ITER: {
        // The iterator stays in the frame, under the loop's body.
        this.flush();
        const v = this.temp();
        this.emit(`let ${v}; { const it = regs[sp - 1];
          if (it instanceof PyIter) {
            if (it.framed) {
              if (it.viaHelper && interp.proc.sched.threaded) ${this.bail(rem)}
              if (it.pyCall) { const nx = nextFrame(interp, it); if (nx === undefined) { sp--; ip = ${a}; continue; } ${this.special('nx', n1, rem)} }
            }
            ${v} = it.next();
          } else { if (it instanceof PyGenerator) ${this.bail(rem)} ${this.special('nextFrame(interp, it)', n1, rem)} ${v} = ops.iterNext(it); }
          if (${v} === undefined) { sp--; ip = ${a}; continue; } }`);
        this.push(v);
        return;
      }
      case Op.POP_JUMP_IF_FALSE:
      case Op.POP_JUMP_IF_TRUE: {
        const x = this.pop().js;
        const test = op === Op.POP_JUMP_IF_FALSE ? `${x} === false || (${x} !== true && !ops.truthy(${x}))`
          : `${x} === true || (${x} !== false && ops.truthy(${x}))`;
        // Anything but a boolean may have a Python __bool__ (or __len__), which runs as a frame.
        this.emit(`if (${x} !== true && ${x} !== false && typeof ${x} === 'object') ${this.special(`truthFrame(interp, ${x})`, n1, rem)}`);
        this.emit(`if (${test}) ${this.jump(a)}`);
        return;
      }
      case Op.POP_JUMP_IF_NONE:
      case Op.POP_JUMP_IF_NOT_NONE: {
        const x = this.pop().js;
        this.emit(`if (${x} ${op === Op.POP_JUMP_IF_NONE ? '===' : '!=='} null) ${this.jump(a)}`);
        return;
      }
      case Op.JUMP_IF_FALSE_OR_POP:
      case Op.JUMP_IF_TRUE_OR_POP: {
        const x = this.pop();
        this.push(x.js, x.int);
        this.emit(`if (typeof ${x.js} === 'object') ${this.special(`truthFrame(interp, ${x.js})`, n1, rem)}`);
        this.emit(`if (${op === Op.JUMP_IF_FALSE_OR_POP ? '!' : ''}ops.truthy(${x.js})) ${this.jump(a)}`);
        this.held.pop();
        return;
      }
      case Op.JUMP_FORWARD:
      case Op.JUMP_BACKWARD_NO_INTERRUPT:
        this.emit(this.jump(a));
        return;
      case Op.JUMP_BACKWARD:
        // py311: a pending drop request is honoured by the interpreter's jump.
        this.emit(`if (interp.dropRequested) ${this.bail(rem)}`);
        this.emit(this.jump(a));
        return;
      case Op.CALL:
        if (a + 2 > this.held.length || (n > 0 && (code.code[n - 1] & 0xff) === Op.KW_NAMES)) break;
        this.callPlain(n, a);
        return;
      case Op.RETURN_VALUE: {
        if (a !== 0) break; // owned generators to close: the interpreter's
        const x = this.pop().js;
        this.flush();
        // Back to the calling frame. The common case inline, as the dispatch
        // loop's: the frame is recycled. Entry frames (the dispatch loop
        // returns to its JS caller) and generators (the resumer must see the
        // end) bail; __init__, special methods' and kept frames go through jitReturn.
        this.emit(`if (frame.flags !== 0 || frame.gen !== null || frame.func === null) {
            regs[sp++] = ${x}; const jr = jitReturn(interp, t, frame, ${x}); if (jr === 0) { ex = ${J_OUT0 + 1}; break out; } ex = jr; break exit; }
          { const back = frame.back, pool = code.framePool;
          t.depth--; t.frame = back;
          if (pool.length < ${FRAME_POOL_SIZE}) {
            ${clearLocals(code.nlocalsplus)}
            frame.back = null; frame.ip = 0; frame.sp = ${code.nlocalsplus}; pool.push(frame);
          }
          back.regs[back.sp++] = ${x};${this.local ? `
          ${ENTER_LOCAL('back', false)}` : ''}
          ${EXIT(J_NEXT)} }`);
        return;
      }
      default:
        break;
    }
    // The rest work on the frame's stack.
    this.flush();
    this.emit(memoryInstr(code, n, `{ ex = ${J_OUT0 + 1 + rem}; break out; }`, this.local)!);
  }

  /**
   * CALL with the callable and its `argc` arguments all held: the common
   * case, a plain Python function (PyFunction.fastArgc) with a recycled
   * frame, is done here, the arguments going straight from the variables
   * into the callee's registers; anything else stores them and goes
   * through jitCallAny. Under them is either PUSH_NULL's undefined (a
   * function) or LOAD_METHOD's method with its self as argument 0.
   */
  private callPlain(n: number, argc: number): void {
    const held = this.held;
    const below = held.length - argc - 2;
    this.emit(this.storeCode(held.slice(0, below)));
    this.held = held.slice(below);
    const [slot, callee, ...rest] = this.held;
    const method = slot.js !== 'undefined';
    const fn = method ? slot.js : callee.js;
    const args = method ? [callee, ...rest] : rest;
    const f = this.temp();
    const copy = args.map((x, i) => `nr[${i}] = ${x.js};`).join(' ');
    const enter = this.local ? ` if (nf.code === code) { frame = nf; regs = nr; sp = nf.sp; ip = 0; continue; }` : '';
    this.emit(`frame.ip = ${n + 1};
        { const ${f} = ${fn}; let pool;
          if (${f} instanceof PyFunction && ${f}.fastArgc === ${args.length} && (pool = ${f}.code.framePool).length > 0 &&
              !interp.dropRequested && t.depth < interp.recursionLimit) {
            const nf = pool.pop(); nf.globals = ${f}.globals; nf.func = ${f};
            const nr = nf.regs; ${copy}
            t.depth++; nf.back = frame; t.frame = nf; frame.sp = sp;${enter}
            ex = ${J_NEXT}; nip = ${n + 1}; break exitSp; } }`);
    this.flush();
    this.emit(call(this.code, argc, n, -1, `{ ex = ${J_OUT0 + 1}; break out; }`, this.local, 'jitCallAny'));
  }
}
