// AST -> code objects. One `Unit` per function, class body, lambda,
// comprehension or module; scopes come from symtable.ts, instruction
// encoding and stack depth from assembler.ts.
//
// Control flow follows CPython 3.11: exceptions use a handler table (no
// SETUP_* instructions at run time), `finally` bodies are emitted twice (once
// inline for the normal path, once as the exception handler), and
// break/continue/return unwind the enclosing blocks by emitting their
// clean-up code inline.

import type * as A from '../../grammar/ast.js';
import { ownedGeneratorLocals } from './owned-generators.js';
import { mangle } from './mangle.js';
import { compareWarning, assertWarning, callWarning, subscriptWarning } from './syntax-warnings.js';
import { BINOP_INDEX, foldedConstant, constantValues, frozensetConstant, constValue } from './fold.js';
import { Op } from './opcodes.js';
import { Assembler, Label } from './assembler.js';
import { CodeObject, CO_VARARGS, CO_VARKEYWORDS, CO_GENERATOR, CO_COROUTINE, CO_NESTED, CO_ASYNC_GENERATOR } from './code.js';
import { SymbolTable, Scope, SyntaxErrorAt, classBindsAndPassesThrough } from './symtable.js';
import { PyFloat } from '../runtime/object.js';
import { Ellipsis } from '../runtime/singletons.js';
import { norm } from '../runtime/int-math.js';
import { PyTuple } from '../runtime/tuple.js';
import { makeSet, frozensetType } from '../runtime/dict.js';
import { PyBytes } from '../runtime/bytes.js';

export { SyntaxErrorAt };

const CMP_INDEX: Partial<Record<A.CmpOpKind, number>> = { Lt: 0, LtE: 1, Eq: 2, NotEq: 3, Gt: 4, GtE: 5 };

/** How many blocks (loops, try, with, handlers) may be open at once. */
const MAX_BLOCKS = 20;

type FBlock =
  | { kind: 'loop'; isFor: boolean; cont: Label; brk: Label }
  | { kind: 'finally'; body: A.Stmt[] }
  | { kind: 'finally_end' }
  | { kind: 'with'; span: A.Span; isAsync?: boolean }
  | { kind: 'handler'; name: string | null }
  | { kind: 'except_star' }
  | { kind: 'pop_value' };

class Unit {
  asm = new Assembler();
  consts: unknown[] = [];
  constKeys = new Map<unknown, number>();
  names: string[] = [];
  nameIdx = new Map<string, number>();
  varnames: string[] = [];
  varIdx = new Map<string, number>();
  fblocks: FBlock[] = [];
  /** Locals that hold a generator nothing else reaches (owned-generators.ts). */
  ownedGens: string[] = [];
  constructor(public scope: Scope, public code: CodeObject) {
    for (const p of scope.params) this.varIndex(p);
  }
  varIndex(n: string): number {
    let i = this.varIdx.get(n);
    if (i === undefined) {
      i = this.varnames.length;
      this.varnames.push(n);
      this.varIdx.set(n, i);
    }
    return i;
  }
  nameIndex(n: string): number {
    let i = this.nameIdx.get(n);
    if (i === undefined) {
      i = this.names.length;
      this.names.push(n);
      this.nameIdx.set(n, i);
    }
    return i;
  }
  derefIndex(n: string): number {
    const c = this.scope.cellvars.indexOf(n);
    if (c >= 0) return c;
    const f = this.scope.freevars.indexOf(n);
    if (f >= 0) return this.scope.cellvars.length + f;
    throw new Error(`pygil compiler: no cell for ${n}`);
  }
}

export interface CompileOptions {
  /** Put a RACE_ACCESS before every access of a global, attribute or item (`--race`). */
  race?: boolean;
  /** Told each SyntaxWarning (syntax-warnings.ts), with the line it is about. */
  warn?: (message: string, lineno: number) => void;
}

export function compileModule(mod: A.Module, filename: string, source: string, options: CompileOptions = {}): CodeObject {
  const c = new Compiler(filename, source, mod, options.race === true, options.warn ?? null);
  return c.compileModule(mod);
}

/** The instructions the race detector watches (see src/tools/race.ts). */
const RACE_WATCHED = new Set<number>([
  Op.LOAD_GLOBAL, Op.STORE_GLOBAL, Op.DELETE_GLOBAL, Op.LOAD_NAME, Op.STORE_NAME, Op.DELETE_NAME,
  Op.LOAD_ATTR, Op.STORE_ATTR, Op.DELETE_ATTR, Op.BINARY_SUBSCR, Op.STORE_SUBSCR, Op.DELETE_SUBSCR,
]);

class Compiler {
  private st: SymbolTable;
  private u!: Unit;
  private units: Unit[] = [];

  constructor(private filename: string, private source: string, mod: A.Module, private race = false,
    private readonly warn: ((message: string, lineno: number) => void) | null = null) {
    this.st = new SymbolTable(mod);
  }

  compileModule(mod: A.Module): CodeObject {
    checkBlockNesting(mod.body, 0);
    this.enter(this.st.top, '<module>', '<module>', 1);
    let body = mod.body;
    this.setupAnnotations(body, true);
    const first = body[0];
    if (first !== undefined && first.kind === 'Expr' && first.value.kind === 'Constant' && typeof first.value.value === 'string') {
      // A docstring: the module's __doc__, as CPython stores it.
      this.at(first);
      this.loadConst(first.value.value);
      this.emit(Op.STORE_NAME, this.u.nameIndex('__doc__'));
      body = body.slice(1);
    }
    this.stmts(body);
    this.u.asm.loc = lastLoc(mod.body);
    this.loadConst(null);
    this.emit(Op.RETURN_VALUE);
    return this.leave();
  }

  // ------------------------------------------------------------ units

  private enter(scope: Scope, name: string, qualname: string, line: number): void {
    const code = new CodeObject(name, qualname, this.filename, line, this.source);
    if (this.u) this.units.push(this.u);
    this.u = new Unit(scope, code);
    this.u.asm.loc = { lineno: line, col_offset: -1, end_lineno: line, end_col_offset: -1 };
  }

  private leave(): CodeObject {
    const u = this.u;
    const code = u.code;
    const fin = u.asm.finish();
    code.code = fin.code;
    code.positions = fin.positions;
    code.handlerOf = fin.handlerOf;
    code.handlers = fin.handlers;
    code.stacksize = fin.stacksize;
    // One inline-cache slot per instruction, present from the start: reading
    // past the end of a shorter array would throw V8's optimised code away.
    code.ics = new Array(code.code.length).fill(undefined);
    code.gcs = new Array(code.code.length).fill(undefined);
    code.consts = u.consts;
    code.names = u.names;
    code.varnames = u.varnames;
    code.cellvars = u.scope.cellvars.slice();
    code.freevars = u.scope.freevars.slice();
    code.nlocalsplus = code.varnames.length + code.cellvars.length + code.freevars.length;
    if (code.cellvars.length > 0) {
      code.cell2arg = Int32Array.from(code.cellvars.map((n) => {
        const i = u.scope.params.indexOf(n);
        return i >= 0 ? u.varIdx.get(n)! : -1;
      }));
    }
    if (u.scope.isGenerator && u.scope.isCoroutine) code.flags |= CO_ASYNC_GENERATOR;
    else if (u.scope.isGenerator) code.flags |= CO_GENERATOR;
    else if (u.scope.isCoroutine) code.flags |= CO_COROUTINE;
    if (u.scope.parent && u.scope.parent.kind !== 'module') code.flags |= CO_NESTED;
    code.plainFrame = !code.isGenerator && code.cellvars.length === 0 && code.freevars.length === 0;
    if (u.ownedGens.length > 0) {
      // Their generators are closed when the function returns: its RETURN_VALUEs say so (arg 1).
      code.ownedGenSlots = u.ownedGens.map((n) => u.varIndex(n));
      for (let i = 0; i < code.code.length; i++) {
        if ((code.code[i] & 0xff) === Op.RETURN_VALUE) code.code[i] = Op.RETURN_VALUE | (1 << 8);
      }
    }
    this.u = this.units.pop()!;
    return code;
  }

  private emit(op: number, arg = 0): number {
    if (this.race && RACE_WATCHED.has(op)) this.u.asm.emit(Op.RACE_ACCESS, 0);
    return this.u.asm.emit(op, arg);
  }

  private jump(op: number, l: Label): void {
    this.u.asm.emitJump(op, l);
  }

  private label(): Label {
    return this.u.asm.newLabel();
  }

  private bind(l: Label): void {
    this.u.asm.bind(l);
  }

  private at(node: A.Span): void {
    this.u.asm.loc = node;
  }

  private err(msg: string, node: A.Span): never {
    throw new SyntaxErrorAt(msg, node);
  }

  /**
   * Tuples of constants by value (constKey), one object for the whole
   * module: as CPython merges equal constants, `(1, 2) is (1, 2)` holds.
   */
  private readonly tupleConsts = new Map<string, PyTuple>();

  private constIndex(v: unknown): number {
    // Constants are shared by value where Python would (ints, strs, None,
    // tuples of those…); code objects are keyed by identity.
    const key: unknown = constKey(v) ?? v;
    if (v instanceof PyTuple && typeof key === 'string') v = this.internTuple(v, key);
    let i = this.u.constKeys.get(key);
    if (i === undefined) {
      i = this.u.consts.length;
      this.u.consts.push(v);
      this.u.constKeys.set(key, i);
    }
    return i;
  }

  /** The module's one tuple constant equal to `t` (whose constKey is `key`), its nested tuples interned too. */
  private internTuple(t: PyTuple, key: string): PyTuple {
    const same = this.tupleConsts.get(key);
    if (same !== undefined) return same;
    const items = t.items.map((x) => (x instanceof PyTuple ? this.internTuple(x, constKey(x)!) : x));
    const interned = new PyTuple(items);
    this.tupleConsts.set(key, interned);
    return interned;
  }

  private loadConst(v: unknown): void {
    this.emit(Op.LOAD_CONST, this.constIndex(v));
  }

  // ------------------------------------------------------------ names

  /** The names-table index of attribute `attr` as written here (mangled inside a class). */
  private attrIndex(attr: string): number {
    return this.u.nameIndex(mangle(this.u.scope.privateName, attr));
  }

  private loadName(name: string): void {
    const u = this.u;
    name = mangle(u.scope.privateName, name);
    const k = u.scope.kindOf(name);
    switch (k) {
      case 'local': this.emit(Op.LOAD_FAST, u.varIndex(name)); break;
      case 'cell':
      case 'free':
        if (u.scope.kind === 'class') this.emit(Op.LOAD_CLASSDEREF, u.derefIndex(name));
        else this.emit(Op.LOAD_DEREF, u.derefIndex(name));
        break;
      case 'global_explicit':
      case 'global_implicit':
        this.emit(Op.LOAD_GLOBAL, u.nameIndex(name));
        break;
      case 'name':
        if (u.scope.kind === 'class' && classBindsAndPassesThrough(u.scope, name)) this.emit(Op.LOAD_NAME, u.nameIndex(name));
        else this.emit(Op.LOAD_NAME, u.nameIndex(name));
        break;
    }
  }

  private storeName(name: string): void {
    const u = this.u;
    name = mangle(u.scope.privateName, name);
    const k = u.scope.kindOf(name);
    switch (k) {
      case 'local': this.emit(Op.STORE_FAST, u.varIndex(name)); break;
      case 'cell': case 'free':
        if (u.scope.kind === 'class' && k === 'free' && !u.scope.symbols.has(name)) this.emit(Op.STORE_NAME, u.nameIndex(name));
        else this.emit(Op.STORE_DEREF, u.derefIndex(name));
        break;
      case 'global_explicit': case 'global_implicit': this.emit(Op.STORE_GLOBAL, u.nameIndex(name)); break;
      case 'name': this.emit(Op.STORE_NAME, u.nameIndex(name)); break;
    }
  }

  private deleteName(name: string): void {
    const u = this.u;
    name = mangle(u.scope.privateName, name);
    const k = u.scope.kindOf(name);
    switch (k) {
      case 'local': this.emit(Op.DELETE_FAST, u.varIndex(name)); break;
      case 'cell': case 'free': this.emit(Op.DELETE_DEREF, u.derefIndex(name)); break;
      case 'global_explicit': case 'global_implicit': this.emit(Op.DELETE_GLOBAL, u.nameIndex(name)); break;
      case 'name': this.emit(Op.DELETE_NAME, u.nameIndex(name)); break;
    }
  }

  // ------------------------------------------------------------ statements

  private stmts(body: A.Stmt[]): void {
    for (const s of body) this.stmt(s);
  }

  private stmt(s: A.Stmt): void {
    this.at(s);
    // After a return/raise/break the code is unreachable and the tracked depth
    // unknown; such code still compiles, at the depth its enclosing blocks imply.
    if (this.u.asm.depth < 0) this.u.asm.depth = this.blockDepth();
    switch (s.kind) {
      case 'Expr':
        this.expr(s.value);
        this.at(s);
        this.emit(Op.POP_TOP);
        break;
      case 'Assign': {
        this.expr(s.value);
        for (let i = 0; i < s.targets.length; i++) {
          if (i < s.targets.length - 1) {
            this.at(s);
            this.emit(Op.COPY, 1);
          }
          this.store(s.targets[i]);
        }
        break;
      }
      case 'AugAssign': this.augAssign(s); break;
      case 'AnnAssign': this.annAssign(s); break;
      case 'Delete':
        for (const t of s.targets) this.del(t);
        break;
      case 'Pass': this.emit(Op.NOP); break;
      case 'If': this.ifStmt(s); break;
      case 'While': this.whileStmt(s); break;
      case 'For': this.forStmt(s); break;
      case 'Break': this.breakStmt(s); break;
      case 'Continue': this.continueStmt(s); break;
      case 'Return': this.returnStmt(s); break;
      case 'FunctionDef': this.functionDef(s); break;
      case 'ClassDef': this.classDef(s); break;
      case 'Try':
        if (s.finalbody.length > 0) this.tryFinally(s);
        else this.tryExcept(s);
        break;
      case 'Raise': this.raiseStmt(s); break;
      case 'Assert': this.assertStmt(s); break;
      case 'With': this.withStmt(s, 0); break;
      case 'Import': this.importStmt(s); break;
      case 'ImportFrom': this.importFrom(s); break;
      case 'Global': case 'Nonlocal': this.emit(Op.NOP); break;
    }
  }

  private augAssign(s: A.AugAssign): void {
    const op = BINOP_INDEX[s.op] + 13;
    const t = s.target;
    if (t.kind === 'Name') {
      this.at(t);
      this.loadName(t.id);
      this.expr(s.value);
      this.at(s);
      this.emit(Op.BINARY_OP, op);
      this.at(t);
      this.storeName(t.id);
    } else if (t.kind === 'Attribute') {
      this.expr(t.value);
      this.at(t);
      this.emit(Op.COPY, 1);
      this.emit(Op.LOAD_ATTR, this.attrIndex(t.attr));
      this.expr(s.value);
      this.at(s);
      this.emit(Op.BINARY_OP, op);
      this.at(t);
      this.emit(Op.SWAP, 2);
      this.emit(Op.STORE_ATTR, this.attrIndex(t.attr));
    } else {
      this.expr(t.value);
      this.expr(t.slice);
      this.at(t);
      this.emit(Op.COPY, 2);
      this.emit(Op.COPY, 2);
      this.emit(Op.BINARY_SUBSCR);
      this.expr(s.value);
      this.at(s);
      this.emit(Op.BINARY_OP, op);
      this.at(t);
      this.emit(Op.SWAP, 3);
      this.emit(Op.SWAP, 2);
      this.emit(Op.STORE_SUBSCR);
    }
  }

  private store(t: A.Expr): void {
    this.at(t);
    switch (t.kind) {
      case 'Name': this.storeName(t.id); break;
      case 'Attribute':
        this.expr(t.value);
        this.at(t);
        this.emit(Op.STORE_ATTR, this.attrIndex(t.attr));
        break;
      case 'Subscript':
        this.expr(t.value);
        this.expr(t.slice);
        this.at(t);
        this.emit(Op.STORE_SUBSCR);
        break;
      case 'Tuple': case 'List': this.unpackInto(t.elts, t); break;
      case 'Starred': this.err("starred assignment target must be in a list or tuple", t); break;
      default: this.err('cannot assign to expression', t);
    }
  }

  private unpackInto(elts: A.Expr[], node: A.Span): void {
    const star = elts.findIndex((e) => e.kind === 'Starred');
    if (star >= 0) {
      if (elts.findIndex((e, i) => i > star && e.kind === 'Starred') >= 0) this.err('multiple starred expressions in assignment', node);
      const after = elts.length - star - 1;
      if (star > 255 || after > 255) this.err('too many expressions in star-unpacking assignment', node);
      this.emit(Op.UNPACK_EX, star | (after << 8));
    } else {
      this.emit(Op.UNPACK_SEQUENCE, elts.length);
    }
    for (const e of elts) this.store(e.kind === 'Starred' ? e.value : e);
  }

  private del(t: A.Expr): void {
    this.at(t);
    switch (t.kind) {
      case 'Name': this.deleteName(t.id); break;
      case 'Attribute':
        this.expr(t.value);
        this.at(t);
        this.emit(Op.DELETE_ATTR, this.attrIndex(t.attr));
        break;
      case 'Subscript':
        this.expr(t.value);
        this.expr(t.slice);
        this.at(t);
        this.emit(Op.DELETE_SUBSCR);
        break;
      case 'Tuple': case 'List':
        for (const e of t.elts) this.del(e);
        break;
      default: this.err('cannot delete expression', t);
    }
  }

  private ifStmt(s: A.If): void {
    const end = this.label();
    const orelse = s.orelse.length > 0 ? this.label() : end;
    this.jumpIf(s.test, orelse, false, s);
    this.stmts(s.body);
    if (s.orelse.length > 0) {
      if (this.u.asm.depth >= 0) this.jump(Op.JUMP_FORWARD, end);
      this.bind(orelse);
      this.stmts(s.orelse);
    }
    this.bind(end);
  }

  /**
   * Compiles `test` and jumps to `target` when its truth equals `when`. The
   * jumps (where a __bool__ that raises is reported) have the position of
   * `owner`, the statement or conditional expression the test belongs to,
   * as in CPython; the test's own position when there is none.
   */
  private jumpIf(test: A.Expr, target: Label, when: boolean, owner: A.Span | null = null): void {
    if (test.kind === 'UnaryOp' && test.op === 'Not') {
      this.jumpIf(test.operand, target, !when, owner);
      return;
    }
    if (test.kind === 'BoolOp') {
      const isAnd = test.op === 'And';
      if (isAnd !== when) {
        // `a and b` jumping when false: any false operand jumps.
        for (const v of test.values) this.jumpIf(v, target, when, owner);
      } else {
        const skip = this.label();
        for (let i = 0; i < test.values.length - 1; i++) this.jumpIf(test.values[i], skip, !when, owner);
        this.jumpIf(test.values[test.values.length - 1], target, when, owner);
        this.bind(skip);
      }
      return;
    }
    this.expr(test);
    // (A comparison keeps its own position: CPython reports the truth of
    // its result there.)
    this.at(test.kind === 'Compare' ? test : owner ?? test);
    this.jump(when ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, target);
  }

  private whileStmt(s: A.While): void {
    const top = this.label(), brk = this.label(), orelse = this.label();
    this.bind(top);
    this.jumpIf(s.test, orelse, false, s);
    this.pushBlock({ kind: 'loop', isFor: false, cont: top, brk });
    this.stmts(s.body);
    this.u.fblocks.pop();
    this.at(s);
    if (this.u.asm.depth >= 0) this.jump(Op.JUMP_BACKWARD, top);
    this.bind(orelse);
    this.stmts(s.orelse);
    this.bind(brk);
  }

  private forStmt(s: A.For): void {
    if (s.is_async) {
      this.asyncForStmt(s);
      return;
    }
    const top = this.label(), brk = this.label(), exhausted = this.label();
    this.iterable(s.iter);
    this.at(s); // CPython's position: the whole statement (so a traceback shows no caret)
    this.emit(Op.GET_ITER);
    this.bind(top);
    this.at(s);
    this.jump(Op.FOR_ITER, exhausted);
    this.store(s.target);
    this.pushBlock({ kind: 'loop', isFor: true, cont: top, brk });
    this.stmts(s.body);
    this.u.fblocks.pop();
    this.at(s);
    if (this.u.asm.depth >= 0) this.jump(Op.JUMP_BACKWARD, top);
    this.bind(exhausted);
    this.stmts(s.orelse);
    this.bind(brk);
  }

  /**
   * async for: GET_AITER once, then per item GET_ANEXT and an await loop; a
   * handler around that await ends the loop on StopAsyncIteration (END_ASYNC_FOR).
   */
  private asyncForStmt(s: A.For): void {
    if (!this.u.scope.isCoroutine) this.err("'async for' outside async function", s);
    const top = this.label(), brk = this.label(), exhausted = this.label();
    this.iterable(s.iter);
    this.at(s.iter);
    this.emit(Op.GET_AITER);
    this.bind(top);
    this.at(s);
    this.u.asm.pushHandler(exhausted);
    this.emit(Op.GET_ANEXT);
    this.loadConst(null);
    this.yieldFromLoop();
    this.u.asm.popHandler();
    this.store(s.target);
    this.pushBlock({ kind: 'loop', isFor: true, cont: top, brk });
    this.stmts(s.body);
    this.u.fblocks.pop();
    this.at(s);
    if (this.u.asm.depth >= 0) this.jump(Op.JUMP_BACKWARD, top);
    this.bind(exhausted);
    this.emit(Op.END_ASYNC_FOR);
    this.stmts(s.orelse);
    this.bind(brk);
  }

  private breakStmt(s: A.Break): void {
    const i = this.findLoop();
    if (i < 0) this.err("'break' outside loop", s);
    const loop = this.u.fblocks[i] as Extract<FBlock, { kind: 'loop' }>;
    this.unwindTo(i, false, s);
    this.at(s);
    if (loop.isFor) this.emit(Op.POP_TOP);
    this.jump(Op.JUMP_FORWARD, loop.brk);
  }

  private continueStmt(s: A.Continue): void {
    const i = this.findLoop();
    if (i < 0) this.err("'continue' not properly in loop", s);
    const loop = this.u.fblocks[i] as Extract<FBlock, { kind: 'loop' }>;
    this.unwindTo(i, false, s);
    this.at(s);
    this.jump(Op.JUMP_BACKWARD, loop.cont);
  }

  /** Values the enclosing blocks keep on the stack while a statement runs. */
  private blockDepth(): number {
    let d = 0;
    for (const b of this.u.fblocks) {
      if (b.kind === 'loop' && b.isFor) d += 1;
      else if (b.kind === 'with' || b.kind === 'handler' || b.kind === 'pop_value') d += 1;
      else if (b.kind === 'except_star') d += 4;
      else if (b.kind === 'finally_end') d += 2;
    }
    return d;
  }

  private findLoop(): number {
    for (let i = this.u.fblocks.length - 1; i >= 0; i--) if (this.u.fblocks[i].kind === 'loop') return i;
    return -1;
  }

  private returnStmt(s: A.Return): void {
    const sc = this.u.scope;
    if (!sc.isFunctionLike) this.err("'return' outside function", s);
    if (s.value && sc.isGenerator && sc.isCoroutine) this.err("'return' with value in async generator", s);
    if (s.value) this.expr(s.value);
    else this.loadConst(null);
    this.unwindTo(-1, true, s);
    this.at(s);
    this.emit(Op.RETURN_VALUE);
  }

  /**
   * Emits the clean-up of every block above index `stop` (exclusive), innermost
   * first. `preserveTop`: a return value sits on the stack and must survive.
   */
  private unwindTo(stop: number, preserveTop: boolean, node: A.Span): void {
    const blocks = this.u.fblocks;
    const savedHandlers = this.u.asm.saveHandlers();
    const saved = blocks.slice();
    for (let i = blocks.length - 1; i > stop; i--) {
      const b = blocks[i];
      this.at(node);
      switch (b.kind) {
        case 'loop':
          if (b.isFor && preserveTop) {
            this.emit(Op.SWAP, 2);
            this.emit(Op.POP_TOP);
          }
          break;
        case 'pop_value':
          if (preserveTop) this.emit(Op.SWAP, 2);
          this.emit(Op.POP_TOP);
          break;
        case 'finally': {
          // Run the finally body inline, outside its own handler and block.
          this.u.asm.truncateHandlers(this.handlerCountFor(i));
          this.u.fblocks = blocks.slice(0, i);
          // A return value waits under the body: a break, continue or return
          // in it must drop that value first (CPython's POP_VALUE block).
          if (preserveTop) this.pushBlock({ kind: 'pop_value' });
          this.stmts(b.body);
          this.u.fblocks = saved;
          break;
        }
        case 'finally_end':
          if (preserveTop) this.emit(Op.SWAP, 2);
          this.emit(Op.POP_TOP);  // the exception being handled
          if (preserveTop) this.emit(Op.SWAP, 2);
          this.emit(Op.POP_EXCEPT);
          this.u.asm.truncateHandlers(this.handlerCountFor(i));
          break;
        case 'with':
          if (preserveTop) this.emit(Op.SWAP, 2);
          this.u.asm.truncateHandlers(this.handlerCountFor(i));
          this.withExitCall(b.span, b.isAsync === true);
          break;
        case 'except_star': {
          // CPython's position: the returned value, or the statement.
          const r = node as A.Stmt;
          this.err("'break', 'continue' and 'return' cannot appear in an except* block", r.kind === 'Return' && r.value ? r.value : node);
          break;
        }
        case 'handler':
          if (preserveTop) this.emit(Op.SWAP, 2);
          this.emit(Op.POP_EXCEPT);
          this.u.asm.truncateHandlers(this.handlerCountFor(i));
          if (b.name !== null) {
            this.loadConst(null);
            this.storeName(b.name);
            this.deleteName(b.name);
          }
          break;
      }
    }
    this.u.fblocks = saved;
    this.u.asm.restoreHandlers(savedHandlers);
  }

  /** How many handlers were active when fblock `i` was entered. */
  private handlerCountFor(i: number): number {
    return (this.u.fblocks[i] as FBlock & { handlersAtEntry?: number }).handlersAtEntry ?? 0;
  }

  /** Enters block `b`; its inline clean-up runs under the first `handlers` active handlers. */
  private pushBlock(b: FBlock, handlers = this.u.asm.handlerDepth): void {
    // CPython's CO_MAXBLOCKS. Each level of try/finally compiles its finally
    // body twice, so deeper nesting would also cost exponential time and memory.
    if (this.u.fblocks.length >= MAX_BLOCKS) throw new SyntaxErrorAt('too many statically nested blocks', this.u.asm.loc);
    (b as FBlock & { handlersAtEntry?: number }).handlersAtEntry = handlers;
    this.u.fblocks.push(b);
  }

  private tryExcept(s: A.Try): void {
    const handler = this.label(), end = this.label();
    this.u.asm.pushHandler(handler);
    this.stmts(s.body);
    this.u.asm.popHandler();
    this.stmts(s.orelse);
    if (this.u.asm.depth >= 0) {
      this.at(s);
      this.jump(Op.JUMP_FORWARD, end);
    }
    if (s.handlers[0].star) this.exceptStarHandlers(s, handler);
    else this.exceptHandlers(s, handler, end);
    this.bind(end);
  }

  /**
   * The clauses of `try ... except*`, as CPython 3.11 compiles them. The
   * stack under the clauses holds the previously handled exception, the
   * original exception, the list of what the clauses raised, and the part
   * no clause has matched yet. Each clause splits that part (CHECK_EG_MATCH)
   * and runs on what matched; an exception its body raises joins the list.
   * At the end the unmatched rest joins it too, and PREP_RERAISE_STAR works
   * out what, if anything, to raise. Execution falls through to the end of
   * the try statement when nothing is left.
   */
  private exceptStarHandlers(s: A.Try, handler: Label): void {
    const cleanup = this.label(), reraiseStar = this.label(), reraise = this.label(), done = this.label();
    this.bind(handler);
    this.at(s.handlers[0]);
    this.u.asm.pushHandler(cleanup);
    this.emit(Op.PUSH_EXC_INFO);
    // [prev, exc] -> [prev, orig, raised list, unmatched]
    this.emit(Op.COPY, 1);
    this.emit(Op.BUILD_LIST, 0);
    this.emit(Op.SWAP, 2);
    this.pushBlock({ kind: 'except_star' });
    for (const h of s.handlers) {
      this.at(h);
      const noMatch = this.label(), next = this.label(), raised = this.label();
      this.expr(h.type!);
      this.at(h);
      this.emit(Op.CHECK_EG_MATCH);
      this.emit(Op.COPY, 1);
      this.jump(Op.POP_JUMP_IF_NONE, noMatch);
      if (h.name !== null) this.storeName(h.name);
      else this.emit(Op.POP_TOP);
      this.u.asm.pushHandler(raised);
      this.stmts(h.body);
      this.u.asm.popHandler();
      if (this.u.asm.depth >= 0) {
        this.at(h);
        if (h.name !== null) this.clearName(h.name);
        this.jump(Op.JUMP_FORWARD, next);
      }
      // The clause raised: what it raised goes into the list.
      this.bind(raised);
      if (h.name !== null) this.clearName(h.name);
      this.emit(Op.LIST_APPEND, 2);
      this.jump(Op.JUMP_FORWARD, next);
      this.bind(noMatch);
      this.emit(Op.POP_TOP); // the None match
      this.bind(next);
    }
    this.u.fblocks.pop();
    // [prev, orig, list, unmatched] -> [prev, orig, list + [unmatched]] -> [prev, to raise]
    this.emit(Op.LIST_APPEND, 1);
    this.bind(reraiseStar);
    this.emit(Op.PREP_RERAISE_STAR);
    this.emit(Op.COPY, 1);
    this.jump(Op.POP_JUMP_IF_NOT_NONE, reraise);
    // Both ways out restore the handled exception themselves: outside the clean-up handler.
    this.u.asm.popHandler();
    this.emit(Op.POP_TOP);
    this.emit(Op.POP_EXCEPT);
    this.jump(Op.JUMP_FORWARD, done);
    this.bind(reraise);
    this.emit(Op.SWAP, 2);
    this.emit(Op.POP_EXCEPT);
    this.emit(Op.RERAISE, 0);
    this.bind(cleanup);
    this.emit(Op.SWAP, 2);
    this.emit(Op.POP_EXCEPT);
    this.emit(Op.RERAISE, 1);
    this.bind(done);
  }

  /** `name = None; del name`: an except clause's name does not outlive it. */
  private clearName(name: string): void {
    this.loadConst(null);
    this.storeName(name);
    this.deleteName(name);
  }

  private exceptHandlers(s: A.Try, handler: Label, end: Label): void {
    const cleanup = this.label();
    this.bind(handler);
    this.at(s.handlers[0] ?? s);
    const outer = this.u.asm.handlerDepth;
    // The clean-up handler restores the depth below the exception, where
    // PUSH_EXC_INFO leaves the previously handled exception.
    this.u.asm.pushHandler(cleanup);
    this.emit(Op.PUSH_EXC_INFO);
    for (let i = 0; i < s.handlers.length; i++) {
      const h = s.handlers[i];
      this.at(h);
      if (!h.type && i < s.handlers.length - 1) this.err("default 'except:' must be last", h);
      const next = this.label();
      if (h.type) {
        this.expr(h.type);
        this.at(h);
        this.emit(Op.CHECK_EXC_MATCH);
        this.jump(Op.POP_JUMP_IF_FALSE, next);
      }
      if (h.name !== null) this.storeName(h.name);
      else this.emit(Op.POP_TOP);
      if (h.name !== null) {
        // Protect the body so `name` is cleared even when the body raises.
        const named = this.label();
        this.u.asm.pushHandler(named);
        this.pushBlock({ kind: 'handler', name: h.name }, outer);
        this.stmts(h.body);
        this.u.fblocks.pop();
        this.u.asm.popHandler();
        if (this.u.asm.depth >= 0) {
          this.at(h);
          this.emit(Op.POP_EXCEPT);
          this.loadConst(null);
          this.storeName(h.name);
          this.deleteName(h.name);
          this.jump(Op.JUMP_FORWARD, end);
        }
        this.bind(named);
        this.loadConst(null);
        this.storeName(h.name);
        this.deleteName(h.name);
        this.emit(Op.RERAISE, 1);
      } else {
        this.pushBlock({ kind: 'handler', name: null }, outer);
        this.stmts(h.body);
        this.u.fblocks.pop();
        if (this.u.asm.depth >= 0) {
          this.at(h);
          this.emit(Op.POP_EXCEPT);
          this.jump(Op.JUMP_FORWARD, end);
        }
      }
      this.bind(next);
    }
    // No clause matched: re-raise with the handled-exception state restored.
    if (this.u.asm.depth >= 0) this.emit(Op.RERAISE, 0);
    this.u.asm.popHandler();
    this.bind(cleanup);
    this.emit(Op.SWAP, 2);
    this.emit(Op.POP_EXCEPT);
    this.emit(Op.RERAISE, 1);
  }

  private tryFinally(s: A.Try): void {
    const handler = this.label(), end = this.label(), cleanup = this.label();
    this.pushBlock({ kind: 'finally', body: s.finalbody });
    this.u.asm.pushHandler(handler);
    if (s.handlers.length > 0) {
      this.tryExcept({ ...s, finalbody: [] });
    } else {
      this.stmts(s.body);
    }
    this.u.fblocks.pop();
    this.u.asm.popHandler();
    if (this.u.asm.depth >= 0) {
      this.stmts(s.finalbody);
      if (this.u.asm.depth >= 0) this.jump(Op.JUMP_FORWARD, end);
    }
    // Exceptional path: same body, then re-raise.
    this.bind(handler);
    this.at(s.finalbody[0]);
    this.pushBlock({ kind: 'finally_end' });
    this.u.asm.pushHandler(cleanup);
    this.emit(Op.PUSH_EXC_INFO);
    this.stmts(s.finalbody);
    this.u.fblocks.pop();
    if (this.u.asm.depth >= 0) this.emit(Op.RERAISE, 0);
    this.u.asm.popHandler();
    this.bind(cleanup);
    this.emit(Op.SWAP, 2);
    this.emit(Op.POP_EXCEPT);
    this.emit(Op.RERAISE, 1);
    this.bind(end);
  }

  private withStmt(s: A.With, item: number): void {
    const isAsync = s.is_async;
    if (isAsync && !this.u.scope.isCoroutine) this.err("'async with' outside async function", s);
    const it = s.items[item];
    const handler = this.label(), end = this.label(), cleanup = this.label(), suppress = this.label();
    this.expr(it.context_expr);
    this.at(s); // CPython's position for the with machinery: the whole statement
    if (isAsync) {
      // __aexit__ stays below; the awaitable of __aenter__() is awaited here.
      this.emit(Op.BEFORE_ASYNC_WITH);
      this.emit(Op.GET_AWAITABLE, 1);
      this.loadConst(null);
      this.yieldFromLoop();
    } else {
      this.emit(Op.BEFORE_WITH);
    }
    this.pushBlock({ kind: 'with', span: s, isAsync });
    this.u.asm.depth -= 1; // the handler depth excludes __enter__'s result
    this.u.asm.pushHandler(handler);
    this.u.asm.depth += 1;
    if (it.optional_vars) this.store(it.optional_vars);
    else this.emit(Op.POP_TOP);
    if (item + 1 < s.items.length) this.withStmt(s, item + 1);
    else this.stmts(s.body);
    this.u.fblocks.pop();
    this.u.asm.popHandler();
    if (this.u.asm.depth >= 0) {
      this.withExitCall(s, isAsync);
      this.jump(Op.JUMP_FORWARD, end);
    }
    this.bind(handler);
    this.at(s);
    this.u.asm.pushHandler(cleanup);
    this.emit(Op.PUSH_EXC_INFO);
    this.emit(Op.WITH_EXCEPT_START);
    if (isAsync) {
      this.emit(Op.GET_AWAITABLE, 2);
      this.loadConst(null);
      this.yieldFromLoop();
    }
    this.jump(Op.POP_JUMP_IF_TRUE, suppress);
    this.emit(Op.RERAISE, 2);
    this.bind(suppress);
    this.u.asm.popHandler();
    this.emit(Op.POP_TOP);
    this.emit(Op.POP_EXCEPT);
    this.emit(Op.POP_TOP);
    this.jump(Op.JUMP_FORWARD, end);
    this.bind(cleanup);
    this.emit(Op.SWAP, 2);
    this.emit(Op.POP_EXCEPT);
    this.emit(Op.RERAISE, 1);
    this.bind(end);
  }

  /** Calls the __exit__ on the stack with three Nones and drops the result. */
  private withExitCall(span: A.Span, isAsync = false): void {
    this.at(span);
    this.loadConst(null);
    this.loadConst(null);
    this.loadConst(null);
    this.emit(Op.CALL, 2);
    if (isAsync) {
      this.emit(Op.GET_AWAITABLE, 2);
      this.loadConst(null);
      this.yieldFromLoop();
    }
    this.emit(Op.POP_TOP);
  }

  private raiseStmt(s: A.Raise): void {
    let n = 0;
    if (s.exc) {
      this.expr(s.exc);
      n = 1;
      if (s.cause) {
        this.expr(s.cause);
        n = 2;
      }
    }
    this.at(s);
    this.emit(Op.RAISE_VARARGS, n);
  }

  private assertStmt(s: A.Assert): void {
    if (this.warn !== null) {
      const w = assertWarning(s);
      if (w !== null) this.warn(w, s.lineno);
    }
    const end = this.label();
    this.jumpIf(s.test, end, true, s);
    // CPython's position for the raise: a comparison test's own, else the whole statement.
    let test = s.test;
    while (test.kind === 'UnaryOp' && test.op === 'Not') test = test.operand;
    const at: A.Span = test.kind === 'Compare' ? test : s;
    this.at(at);
    if (s.msg) {
      this.emit(Op.PUSH_NULL);
      this.emit(Op.LOAD_ASSERTION_ERROR);
      this.expr(s.msg);
      this.at(at);
      this.emit(Op.CALL, 1);
    } else {
      this.emit(Op.LOAD_ASSERTION_ERROR);
    }
    this.emit(Op.RAISE_VARARGS, 1);
    this.bind(end);
  }

  private importStmt(s: A.Import): void {
    for (const a of s.names) {
      this.at(s);
      this.loadConst(0);
      this.loadConst(null);
      this.emit(Op.IMPORT_NAME, this.u.nameIndex(a.name));
      if (a.asname) {
        const parts = a.name.split('.');
        for (let i = 1; i < parts.length; i++) {
          this.emit(Op.IMPORT_FROM, this.u.nameIndex(parts[i]));
          this.emit(Op.SWAP, 2);
          this.emit(Op.POP_TOP);
        }
        this.storeName(a.asname);
      } else {
        this.storeName(a.name.split('.')[0]);
      }
    }
  }

  private importFrom(s: A.ImportFrom): void {
    if (s.level > 0) this.err('attempted relative import with no known parent package', s);
    const names = s.names.map((a) => a.name);
    this.loadConst(s.level);
    this.loadConst(new PyTuple(names));
    this.emit(Op.IMPORT_NAME, this.u.nameIndex(s.module ?? ''));
    if (names.length === 1 && names[0] === '*') {
      if (this.u.scope.kind !== 'module') this.err('import * only allowed at module level', s);
      this.emit(Op.IMPORT_STAR);
      return;
    }
    for (const a of s.names) {
      this.at(s);
      this.emit(Op.IMPORT_FROM, this.u.nameIndex(a.name));
      this.storeName(a.asname ?? a.name);
    }
    this.emit(Op.POP_TOP);
  }

  // ------------------------------------------------------------ functions and classes

  private functionDef(s: A.FunctionDef): void {
    for (const d of s.decorator_list) {
      this.at(d);
      this.emit(Op.PUSH_NULL);
      this.expr(d);
    }
    this.at(s);
    const scope = this.st.scopes.get(s)!;
    const qual = this.qualname(s.name);
    this.makeFunction(scope, s.args, s.name, qual, s, () => {
      this.u.ownedGens = ownedGeneratorLocals(s, scope, this.st.top);
      const body = s.body;
      let start = 0;
      if (body.length > 0 && body[0].kind === 'Expr' && body[0].value.kind === 'Constant' && typeof body[0].value.value === 'string') {
        this.u.code.consts; // docstring: kept as consts[0] like CPython
        this.constIndex(body[0].value.value);
        start = 1;
      } else {
        this.constIndex(null);
      }
      this.stmts(body.slice(start));
      if (this.u.asm.depth >= 0) {
        this.at(lastLoc(body));
        this.loadConst(null);
        this.emit(Op.RETURN_VALUE);
      }
    }, s.returns);
    for (let i = 0; i < s.decorator_list.length; i++) {
      this.at(s.decorator_list[s.decorator_list.length - 1 - i]);
      this.emit(Op.CALL, 1);
    }
    this.at(s);
    this.storeName(s.name);
  }

  private qualname(name: string): string {
    const stack = [...this.units.slice(1), this.u];
    const parts: string[] = [];
    for (const u of stack) {
      if (u.scope.kind === 'module') continue;
      parts.push(u.code.qualname);
    }
    const parent = this.u.scope;
    if (parent.kind === 'module') return name;
    let prefix = this.u.code.qualname;
    if (parent.kind === 'function' || parent.kind === 'lambda') prefix += '.<locals>';
    return prefix + '.' + name;
  }

  /**
   * `target: annotation [= value]`. A module or class body keeps the
   * annotation of a simple name in __annotations__ (after the assignment);
   * one of any other target is evaluated and dropped, with the parts of the
   * target an assignment would have evaluated. Inside a function nothing of
   * the annotation is evaluated, as in CPython.
   */
  private annAssign(s: A.AnnAssign): void {
    const t = s.target;
    if (s.value) {
      this.expr(s.value);
      this.store(t);
    }
    const kind = this.u.scope.kind;
    const keeps = kind === 'module' || kind === 'class';
    if (t.kind === 'Name') {
      if (!s.simple || !keeps) {
        if (keeps) this.evalAndDrop(s.annotation);
        return;
      }
      this.expr(s.annotation);
      this.at(s);
      this.emit(Op.LOAD_NAME, this.u.nameIndex('__annotations__'));
      this.loadConst(mangle(this.u.scope.privateName, t.id));
      this.emit(Op.STORE_SUBSCR);
      return;
    }
    if (!s.value) {
      this.evalAndDrop(t.value);
      if (t.kind === 'Subscript') {
        const sl = t.slice;
        if (sl.kind === 'Slice') {
          for (const part of [sl.lower, sl.upper, sl.step]) if (part) this.evalAndDrop(part);
        } else if (sl.kind === 'Tuple') {
          for (const e of sl.elts) this.evalAndDrop(e);
        } else {
          this.evalAndDrop(sl);
        }
      }
    }
    if (keeps) this.evalAndDrop(s.annotation);
  }

  private evalAndDrop(e: A.Expr): void {
    this.expr(e);
    this.emit(Op.POP_TOP);
  }

  /**
   * A module or class body with an annotated assignment anywhere in it
   * starts by making __annotations__ (on the first statement's line in a
   * module, on the class statement's in a class, as CPython places it).
   */
  private setupAnnotations(body: A.Stmt[], inModule: boolean): void {
    if (body.length > 0 && containsAnnotation(body)) {
      if (inModule) this.at(body[0]);
      this.emit(Op.SETUP_ANNOTATIONS);
    }
  }

  /**
   * A function's annotations, evaluated in the enclosing scope: pushes the
   * flat tuple (name, value, name, value …) that MAKE_FUNCTION's flag 4
   * takes, in CPython's order (plain, positional-only, *args, keyword-only,
   * **kwargs, return). False when there are none.
   */
  private functionAnnotations(args: A.Arguments, returns: A.Expr | null, node: A.Span): boolean {
    const anns: [string, A.Expr][] = [];
    const add = (a: A.Arg | null) => {
      if (a?.annotation) anns.push([mangle(this.u.scope.privateName, a.arg), a.annotation]);
    };
    for (const a of args.args) add(a);
    for (const a of args.posonlyargs) add(a);
    add(args.vararg);
    for (const a of args.kwonlyargs) add(a);
    add(args.kwarg);
    if (returns) anns.push(['return', returns]);
    if (anns.length === 0) return false;
    for (const [n, e] of anns) {
      this.loadConst(n);
      this.expr(e);
    }
    this.at(node);
    this.emit(Op.BUILD_TUPLE, anns.length * 2);
    return true;
  }

  /** Emits defaults, closure and MAKE_FUNCTION around a freshly compiled body. */
  private makeFunction(scope: Scope, args: A.Arguments, name: string, qual: string, node: A.Span, body: () => void,
    returns: A.Expr | null = null): void {
    let flags = 0;
    if (args.defaults.length > 0) {
      for (const d of args.defaults) this.expr(d);
      this.at(node);
      this.emit(Op.BUILD_TUPLE, args.defaults.length);
      flags |= 1;
    }
    const kwd = args.kwonlyargs.map((a, i) => [a.arg, args.kw_defaults[i]] as const).filter(([, d]) => d !== null);
    if (kwd.length > 0) {
      for (const [n, d] of kwd) {
        this.loadConst(n);
        this.expr(d!);
      }
      this.at(node);
      this.emit(Op.BUILD_MAP, kwd.length);
      flags |= 2;
    }
    if (this.functionAnnotations(args, returns, node)) flags |= 4;
    this.enter(scope, name, qual, node.lineno);
    const code = this.u.code;
    code.argcount = args.posonlyargs.length + args.args.length;
    code.posonlyargcount = args.posonlyargs.length;
    code.kwonlyargcount = args.kwonlyargs.length;
    if (args.vararg) code.flags |= CO_VARARGS;
    if (args.kwarg) code.flags |= CO_VARKEYWORDS;
    body();
    const fcode = this.leave();
    this.at(node);
    if (fcode.freevars.length > 0) {
      for (const fv of fcode.freevars) this.emit(Op.LOAD_CLOSURE, this.u.derefIndex(fv));
      this.emit(Op.BUILD_TUPLE, fcode.freevars.length);
      flags |= 8;
    }
    this.loadConst(fcode);
    this.emit(Op.MAKE_FUNCTION, flags);
  }

  private classDef(s: A.ClassDef): void {
    for (const d of s.decorator_list) {
      this.at(d);
      this.emit(Op.PUSH_NULL);
      this.expr(d);
    }
    this.at(s);
    this.emit(Op.PUSH_NULL);
    this.emit(Op.LOAD_BUILD_CLASS);
    const scope = this.st.scopes.get(s)!;
    const qual = this.qualname(s.name);
    this.enter(scope, s.name, qual, s.lineno);
    this.at(s);
    this.emit(Op.LOAD_NAME, this.u.nameIndex('__name__'));
    this.emit(Op.STORE_NAME, this.u.nameIndex('__module__'));
    this.loadConst(qual);
    this.emit(Op.STORE_NAME, this.u.nameIndex('__qualname__'));
    let body = s.body;
    this.setupAnnotations(body, false);
    if (body.length > 0 && body[0].kind === 'Expr' && body[0].value.kind === 'Constant' && typeof body[0].value.value === 'string') {
      this.at(body[0]);
      this.loadConst(body[0].value.value);
      this.emit(Op.STORE_NAME, this.u.nameIndex('__doc__'));
      body = body.slice(1);
    }
    this.stmts(body);
    this.at(lastLoc(s.body));
    if (scope.needsClassCell) {
      this.emit(Op.LOAD_CLOSURE, this.u.derefIndex('__class__'));
      this.emit(Op.STORE_NAME, this.u.nameIndex('__classcell__'));
    }
    this.loadConst(null);
    this.emit(Op.RETURN_VALUE);
    const code = this.leave();
    this.at(s);
    let flags = 0;
    if (code.freevars.length > 0) {
      for (const fv of code.freevars) this.emit(Op.LOAD_CLOSURE, this.u.derefIndex(fv));
      this.emit(Op.BUILD_TUPLE, code.freevars.length);
      flags |= 8;
    }
    this.loadConst(code);
    this.emit(Op.MAKE_FUNCTION, flags);
    this.loadConst(s.name);
    this.callArgs(s.bases, s.keywords, 2, s);
    for (let i = 0; i < s.decorator_list.length; i++) {
      this.at(s.decorator_list[s.decorator_list.length - 1 - i]);
      this.emit(Op.CALL, 1);
    }
    this.at(s);
    this.storeName(s.name);
  }

  // ------------------------------------------------------------ expressions

  private expr(e: A.Expr): void {
    this.at(e);
    switch (e.kind) {
      case 'Constant': this.loadConst(constValue(e.value, e)); break;
      case 'Name':
        if (e.id === '__debug__') this.loadConst(true);
        else this.loadName(e.id);
        break;
      case 'BinOp': {
        const folded = foldedConstant(e);
        if (folded !== undefined) {
          this.loadConst(folded);
          break;
        }
        this.expr(e.left);
        this.expr(e.right);
        this.at(e);
        this.emit(Op.BINARY_OP, BINOP_INDEX[e.op]);
        break;
      }
      case 'UnaryOp': {
        const folded = foldedConstant(e);
        if (folded !== undefined) {
          this.loadConst(folded);
          break;
        }
        const inverted = e.op === 'Not' ? invertedCompare(e.operand) : null;
        if (inverted !== null) {
          // `not a in b` is `a not in b` (CPython's AST optimizer).
          this.compare(inverted);
          break;
        }
        this.expr(e.operand);
        this.at(e);
        this.emit(e.op === 'Not' ? Op.UNARY_NOT : e.op === 'USub' ? Op.UNARY_NEGATIVE : e.op === 'UAdd' ? Op.UNARY_POSITIVE : Op.UNARY_INVERT);
        break;
      }
      case 'BoolOp': {
        const end = this.label();
        const op = e.op === 'And' ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP;
        for (let i = 0; i < e.values.length - 1; i++) {
          this.expr(e.values[i]);
          this.at(e);
          this.jump(op, end);
        }
        this.expr(e.values[e.values.length - 1]);
        this.bind(end);
        break;
      }
      case 'Compare': this.compare(e); break;
      case 'Call': this.call(e); break;
      case 'Attribute':
        this.expr(e.value);
        this.at(e);
        this.emit(Op.LOAD_ATTR, this.attrIndex(e.attr));
        break;
      case 'Subscript': {
        const folded = foldedConstant(e);
        if (folded !== undefined) {
          this.loadConst(folded);
          break;
        }
        if (this.warn !== null) {
          const w = subscriptWarning(e);
          if (w !== null) this.warn(w, e.lineno);
        }
        this.expr(e.value);
        this.expr(e.slice);
        this.at(e);
        this.emit(Op.BINARY_SUBSCR);
        break;
      }
      case 'Slice': {
        const parts = [e.lower, e.upper];
        if (e.step) parts.push(e.step);
        for (const p of parts) {
          if (p) this.expr(p);
          else this.loadConst(null);
        }
        this.at(e);
        this.emit(Op.BUILD_SLICE, parts.length);
        break;
      }
      case 'Tuple': {
        // A tuple of constants is a constant (CPython's AST optimizer).
        const folded = foldedConstant(e);
        if (folded !== undefined) this.loadConst(folded);
        else this.sequence(e.elts, Op.BUILD_TUPLE, e);
        break;
      }
      case 'List': this.sequence(e.elts, Op.BUILD_LIST, e); break;
      case 'Set': this.sequence(e.elts, Op.BUILD_SET, e); break;
      case 'Dict': this.dict(e); break;
      case 'IfExp': {
        const orelse = this.label(), end = this.label();
        this.jumpIf(e.test, orelse, false, e);
        this.expr(e.body);
        this.jump(Op.JUMP_FORWARD, end);
        this.bind(orelse);
        this.expr(e.orelse);
        this.bind(end);
        break;
      }
      case 'NamedExpr':
        this.expr(e.value);
        this.at(e);
        this.emit(Op.COPY, 1);
        this.storeName(e.target.id);
        break;
      case 'Lambda': {
        const scope = this.st.scopes.get(e)!;
        this.makeFunction(scope, e.args, '<lambda>', this.qualname('<lambda>'), e, () => {
          this.constIndex(null);
          this.expr(e.body);
          this.at(e.body);
          this.emit(Op.RETURN_VALUE);
        });
        break;
      }
      case 'ListComp': case 'SetComp': case 'DictComp': case 'GeneratorExp':
        this.comprehension(e);
        break;
      case 'JoinedStr': {
        if (e.values.length === 1 && e.values[0].kind === 'Constant') {
          this.expr(e.values[0]);
          break;
        }
        for (const v of e.values) this.expr(v);
        this.at(e);
        if (e.values.length !== 1) this.emit(Op.BUILD_STRING, e.values.length);
        if (e.values.length === 0) break;
        break;
      }
      case 'FormattedValue': {
        this.expr(e.value);
        let flags = e.conversion === 115 ? 1 : e.conversion === 114 ? 2 : e.conversion === 97 ? 3 : 0;
        if (e.format_spec) {
          this.expr(e.format_spec);
          flags |= 4;
        }
        this.at(e);
        this.emit(Op.FORMAT_VALUE, flags);
        break;
      }
      case 'Starred': this.err("can't use starred expression here", e); break;
      case 'Yield':
        if (e.value) this.expr(e.value);
        else this.loadConst(null);
        this.at(e);
        if (this.u.scope.isCoroutine) this.emit(Op.ASYNC_GEN_WRAP);
        this.emit(Op.YIELD_VALUE);
        break;
      case 'YieldFrom':
        this.expr(e.value);
        this.at(e);
        this.emit(Op.GET_YIELD_FROM_ITER);
        this.loadConst(null);
        this.yieldFromLoop();
        break;
      case 'Await':
        if (!this.u.scope.isCoroutine) {
          // As CPython words it: a module or class body is no function at all.
          const k = this.u.scope.kind;
          this.err(k === 'module' || k === 'class' ? "'await' outside function" : "'await' outside async function", e);
        }
        this.expr(e.value);
        this.at(e);
        this.emit(Op.GET_AWAITABLE);
        this.loadConst(null);
        this.yieldFromLoop();
        break;
    }
  }

  /** receiver, value -> result: the SEND / YIELD_VALUE loop of yield from and await. */
  private yieldFromLoop(): void {
    const top = this.label(), done = this.label();
    this.bind(top);
    this.jump(Op.SEND, done);
    this.emit(Op.YIELD_VALUE);
    this.jump(Op.JUMP_BACKWARD_NO_INTERRUPT, top);
    this.bind(done);
  }

  private compare(e: A.Compare): void {
    if (this.warn !== null) {
      const w = compareWarning(e);
      if (w !== null) this.warn(w, e.lineno);
    }
    this.expr(e.left);
    const last = e.ops.length - 1;
    // What `x in [...]` / `x in {...}` is searched in (CPython's AST optimizer: a tuple or frozenset).
    const operand = (i: number): void => {
      if (i === last && (e.ops[i] === 'In' || e.ops[i] === 'NotIn')) this.iterable(e.comparators[i]);
      else this.expr(e.comparators[i]);
    };
    if (e.ops.length === 1) {
      operand(0);
      this.at(e);
      this.cmpOp(e.ops[0]);
      return;
    }
    // a < b < c: keep b for the next comparison, bail out on the first false.
    const cleanup = this.label(), end = this.label();
    for (let i = 0; i < e.ops.length; i++) {
      operand(i);
      this.at(e);
      if (i < e.ops.length - 1) {
        this.emit(Op.SWAP, 2);
        this.emit(Op.COPY, 2);
        this.cmpOp(e.ops[i]);
        this.jump(Op.JUMP_IF_FALSE_OR_POP, cleanup);
      } else {
        this.cmpOp(e.ops[i]);
      }
    }
    this.jump(Op.JUMP_FORWARD, end);
    this.bind(cleanup);
    this.emit(Op.SWAP, 2);
    this.emit(Op.POP_TOP);
    this.bind(end);
  }

  private cmpOp(op: A.CmpOpKind): void {
    switch (op) {
      case 'Is': this.emit(Op.IS_OP, 0); break;
      case 'IsNot': this.emit(Op.IS_OP, 1); break;
      case 'In': this.emit(Op.CONTAINS_OP, 0); break;
      case 'NotIn': this.emit(Op.CONTAINS_OP, 1); break;
      default: this.emit(Op.COMPARE_OP, CMP_INDEX[op]!);
    }
  }

  /**
   * An expression that is only iterated or searched (a `for` loop's, a
   * comprehension's, the operand of `in`): as CPython's AST optimizer does,
   * a list display is made a tuple (a constant one when its items are
   * constants) and a set display of constants a frozenset constant.
   */
  private iterable(e: A.Expr): void {
    if (e.kind === 'List' && !e.elts.some((x) => x.kind === 'Starred')) {
      const values = constantValues(e.elts);
      if (values !== null) this.loadConst(new PyTuple(values));
      else this.sequence(e.elts, Op.BUILD_TUPLE, e);
      return;
    }
    if (e.kind === 'Set') {
      const values = constantValues(e.elts);
      if (values !== null) {
        this.loadConst(frozensetConstant(values));
        return;
      }
    }
    this.expr(e);
  }

  private sequence(elts: A.Expr[], build: number, node: A.Span): void {
    const hasStar = elts.some((x) => x.kind === 'Starred');
    if (!hasStar && build === Op.BUILD_LIST && elts.length > 2) {
      const values = constantValues(elts);
      if (values !== null) {
        // A list of constants is filled from a tuple constant.
        this.at(node);
        this.emit(Op.BUILD_LIST, 0);
        this.loadConst(new PyTuple(values));
        this.emit(Op.LIST_EXTEND, 1);
        return;
      }
    }
    if (!hasStar && build === Op.BUILD_SET && elts.length > 2) {
      const values = constantValues(elts);
      if (values !== null) {
        // CPython folds a constant set display into a frozenset constant that
        // SET_UPDATE copies into a new set; the copy's table, and so the order
        // the set prints in, can differ from adding the elements one by one.
        this.at(node);
        this.emit(Op.BUILD_SET, 0);
        this.loadConst(frozensetConstant(values));
        this.emit(Op.SET_UPDATE, 1);
        return;
      }
    }
    if (!hasStar) {
      for (const x of elts) this.expr(x);
      this.at(node);
      this.emit(build, elts.length);
      return;
    }
    // Build incrementally: a list (or set) extended piece by piece.
    const isSet = build === Op.BUILD_SET;
    let pending = 0;
    let started = false;
    for (const x of elts) {
      if (x.kind === 'Starred') {
        if (!started) {
          this.at(node);
          this.emit(isSet ? Op.BUILD_SET : Op.BUILD_LIST, pending);
          started = true;
          pending = 0;
        } else if (pending > 0) {
          throw new Error('unreachable');
        }
        this.expr(x.value);
        this.at(node);
        this.emit(isSet ? Op.SET_UPDATE : Op.LIST_EXTEND, 1);
      } else if (!started) {
        this.expr(x);
        pending++;
      } else {
        this.expr(x);
        this.at(node);
        this.emit(isSet ? Op.SET_ADD : Op.LIST_APPEND, 1);
      }
    }
    if (build === Op.BUILD_TUPLE) this.emit(Op.LIST_TO_TUPLE);
  }

  private dict(e: A.DictExpr): void {
    let pending = 0, started = false;
    for (let i = 0; i < e.keys.length; i++) {
      const k = e.keys[i];
      if (k === null) {
        if (!started) {
          this.at(e);
          this.emit(Op.BUILD_MAP, pending);
          started = true;
        } else if (pending > 0) {
          this.emit(Op.BUILD_MAP, pending);
          this.emit(Op.DICT_UPDATE, 1);
        }
        pending = 0;
        this.expr(e.values[i]);
        this.at(e);
        this.emit(Op.DICT_UPDATE, 1);
      } else {
        this.expr(k);
        this.expr(e.values[i]);
        pending++;
      }
    }
    this.at(e);
    if (!started) this.emit(Op.BUILD_MAP, pending);
    else if (pending > 0) {
      this.emit(Op.BUILD_MAP, pending);
      this.emit(Op.DICT_UPDATE, 1);
    }
  }

  private call(e: A.Call): void {
    if (this.warn !== null) {
      const w = callWarning(e);
      if (w !== null) this.warn(w, e.lineno);
    }
    const simpleArgs = !e.args.some((a) => a.kind === 'Starred') && !e.keywords.some((k) => k.arg === null);
    if (e.func.kind === 'Attribute' && simpleArgs) {
      this.expr(e.func.value);
      this.at(e.func);
      this.emit(Op.LOAD_METHOD, this.attrIndex(e.func.attr));
      this.callArgs(e.args, e.keywords, 0, e);
      return;
    }
    this.at(e);
    this.emit(Op.PUSH_NULL);
    this.expr(e.func);
    this.callArgs(e.args, e.keywords, 0, e);
  }

  /** Emits arguments and the CALL; `extra` args are already on the stack. */
  private callArgs(args: A.Expr[], keywords: A.Keyword[], extra: number, node: A.Span): void {
    const simple = !args.some((a) => a.kind === 'Starred') && !keywords.some((k) => k.arg === null);
    if (simple) {
      for (const a of args) this.expr(a);
      const names: string[] = [];
      for (const k of keywords) {
        if (names.includes(k.arg!)) this.err(`keyword argument repeated: ${k.arg}`, k);
        this.expr(k.value);
        names.push(k.arg!);
      }
      this.at(node);
      if (names.length > 0) this.emit(Op.KW_NAMES, this.constIndex(new PyTuple(names)));
      this.emit(Op.CALL, extra + args.length + keywords.length);
      return;
    }
    // General form: positional args as one tuple, keywords as one dict.
    // A lone `*x` goes to CALL_FUNCTION_EX as it is, as CPython 3.11 does
    // (the call then names the function if x is not iterable).
    const lone = extra === 0 && args.length === 1 && args[0].kind === 'Starred';
    if (lone) {
      this.expr((args[0] as A.Starred).value);
    } else {
      this.at(node);
      this.emit(Op.BUILD_LIST, extra);
    }
    for (const a of lone ? [] : args) {
      if (a.kind === 'Starred') {
        this.expr(a.value);
        this.at(node);
        this.emit(Op.LIST_EXTEND, 1);
      } else {
        this.expr(a);
        this.at(node);
        this.emit(Op.LIST_APPEND, 1);
      }
    }
    this.at(node);
    if (!lone) this.emit(Op.LIST_TO_TUPLE);
    if (keywords.length > 0) {
      this.emit(Op.BUILD_MAP, 0);
      let merged = false; // a ** came first: a name may repeat one of its keys
      for (const k of keywords) {
        if (k.arg === null) {
          this.expr(k.value);
          this.at(node);
          this.emit(Op.DICT_MERGE, 1);
          merged = true;
        } else if (merged) {
          // Merged, as CPython does, so a repeated name is an error.
          this.loadConst(k.arg);
          this.expr(k.value);
          this.at(node);
          this.emit(Op.BUILD_MAP, 1);
          this.emit(Op.DICT_MERGE, 1);
        } else {
          this.loadConst(k.arg);
          this.expr(k.value);
          this.at(node);
          this.emit(Op.MAP_ADD, 1);
        }
      }
      this.emit(Op.CALL_FUNCTION_EX, 1);
    } else {
      this.emit(Op.CALL_FUNCTION_EX, 0);
    }
  }

  private comprehension(e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp): void {
    const scope = this.st.scopes.get(e)!;
    const name = scope.name;
    const gens = e.generators;
    const qual = this.qualname(name);
    this.at(e);
    this.emit(Op.PUSH_NULL);
    // MAKE_FUNCTION needs the closure before the code; build the body first.
    this.enter(scope, name, qual, e.lineno);
    const code = this.u.code;
    code.argcount = 1;
    this.at(e);
    if (e.kind === 'ListComp') this.emit(Op.BUILD_LIST, 0);
    else if (e.kind === 'SetComp') this.emit(Op.BUILD_SET, 0);
    else if (e.kind === 'DictComp') this.emit(Op.BUILD_MAP, 0);
    this.comprehensionLoop(e, gens, 0);
    this.at(e);
    if (e.kind === 'GeneratorExp') this.loadConst(null);
    this.emit(Op.RETURN_VALUE);
    const fcode = this.leave();
    this.at(e);
    let flags = 0;
    if (fcode.freevars.length > 0) {
      for (const fv of fcode.freevars) this.emit(Op.LOAD_CLOSURE, this.u.derefIndex(fv));
      this.emit(Op.BUILD_TUPLE, fcode.freevars.length);
      flags |= 8;
    }
    this.loadConst(fcode);
    this.emit(Op.MAKE_FUNCTION, flags);
    this.iterable(gens[0].iter);
    this.at(e);
    this.emit(gens[0].is_async ? Op.GET_AITER : Op.GET_ITER);
    this.emit(Op.CALL, 1);
    if (scope.isCoroutine && e.kind !== 'GeneratorExp') {
      // An async list/set/dict comprehension is a coroutine, awaited right here.
      if (!this.u.scope.isCoroutine) this.err('asynchronous comprehension outside of an asynchronous function', e);
      this.emit(Op.GET_AWAITABLE, 0);
      this.loadConst(null);
      this.yieldFromLoop();
    }
  }

  private comprehensionLoop(e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp, gens: A.Comprehension[], i: number): void {
    const g = gens[i];
    const top = this.label(), end = this.label();
    if (i === 0) {
      this.emit(Op.LOAD_FAST, this.u.varIndex('.0'));
    } else {
      this.iterable(g.iter);
      this.at(e);
      this.emit(g.is_async ? Op.GET_AITER : Op.GET_ITER);
    }
    this.bind(top);
    this.at(g.iter);
    if (g.is_async) {
      // As in async for: await __anext__(); StopAsyncIteration ends the loop.
      this.u.asm.pushHandler(end);
      this.emit(Op.GET_ANEXT);
      this.loadConst(null);
      this.yieldFromLoop();
      this.u.asm.popHandler();
    } else {
      // CPython's position for the loop's step, and for its conditions' truth: the whole comprehension.
      this.at(e);
      this.jump(Op.FOR_ITER, end);
    }
    this.store(g.target);
    for (const cond of g.ifs) this.jumpIf(cond, top, false, e);
    if (i + 1 < gens.length) {
      this.comprehensionLoop(e, gens, i + 1);
    } else {
      const depth = gens.length + 1;
      switch (e.kind) {
        case 'ListComp': this.expr(e.elt); this.at(e); this.emit(Op.LIST_APPEND, depth); break;
        case 'SetComp': this.expr(e.elt); this.at(e); this.emit(Op.SET_ADD, depth); break;
        case 'DictComp': this.expr(e.key); this.expr(e.value); this.at(e); this.emit(Op.MAP_ADD, depth); break;
        case 'GeneratorExp':
          this.expr(e.elt);
          this.at(e);
          if (this.u.scope.isCoroutine) this.emit(Op.ASYNC_GEN_WRAP);
          this.emit(Op.YIELD_VALUE);
          this.emit(Op.POP_TOP);
          break;
      }
    }
    this.at(e);
    this.jump(Op.JUMP_BACKWARD, top);
    this.bind(end);
    if (g.is_async) this.emit(Op.END_ASYNC_FOR);
  }
}

/** Whether an annotated assignment sits in `body`, or in a compound statement's blocks (not in nested defs or classes). */
function containsAnnotation(body: A.Stmt[]): boolean {
  for (const st of body) {
    switch (st.kind) {
      case 'AnnAssign':
        return true;
      case 'For': case 'While': case 'If':
        if (containsAnnotation(st.body) || containsAnnotation(st.orelse)) return true;
        break;
      case 'With':
        if (containsAnnotation(st.body)) return true;
        break;
      case 'Try':
        if (containsAnnotation(st.body) || containsAnnotation(st.orelse) || containsAnnotation(st.finalbody) ||
          st.handlers.some((h) => containsAnnotation(h.body))) return true;
        break;
    }
  }
  return false;
}

function lastLoc(body: A.Stmt[]): A.Span {
  if (body.length === 0) return { lineno: 1, col_offset: -1, end_lineno: 1, end_col_offset: -1 };
  const last = body[body.length - 1];
  return { lineno: last.end_lineno, col_offset: -1, end_lineno: last.end_lineno, end_col_offset: -1 };
}

/**
 * Raises CPython's "too many statically nested blocks" before compiling:
 * walks every path the compiler takes through nested blocks (a finally body
 * is compiled twice, the second time inside a block of its own), counting
 * blocks as pushBlock does. Compiling first would meet the error only after
 * some 2**20 copies of a deeply nested finally body.
 */
function checkBlockNesting(body: A.Stmt[], depth: number): void {
  const enter = (s: A.Stmt, d: number): number => {
    if (d > MAX_BLOCKS) throw new SyntaxErrorAt('too many statically nested blocks', s);
    return d;
  };
  for (const s of body) {
    switch (s.kind) {
      case 'FunctionDef':
      case 'ClassDef':
        checkBlockNesting(s.body, 0);
        break;
      case 'For':
      case 'While':
        checkBlockNesting(s.body, enter(s, depth + 1));
        checkBlockNesting(s.orelse, depth);
        break;
      case 'With':
        checkBlockNesting(s.body, enter(s, depth + s.items.length));
        break;
      case 'If':
        checkBlockNesting(s.body, depth);
        checkBlockNesting(s.orelse, depth);
        break;
      case 'Try': {
        const inner = s.finalbody.length > 0 ? enter(s, depth + 1) : depth;
        checkBlockNesting(s.body, inner);
        for (const h of s.handlers) checkBlockNesting(h.body, enter(s, inner + 1));
        checkBlockNesting(s.orelse, inner);
        if (s.finalbody.length > 0) {
          checkBlockNesting(s.finalbody, depth);
          checkBlockNesting(s.finalbody, enter(s, depth + 1));
        }
        break;
      }
    }
  }
}

/**
 * A constant's identity by value (type and value: 1, 1.0 and True differ),
 * or null for one shared by identity only (a code object, a frozenset).
 */
function constKey(v: unknown): string | null {
  if (v instanceof PyFloat) return 'f:' + (Object.is(v.v, -0) ? '-0' : String(v.v));
  if (typeof v === 'string') return 's:' + v;
  if (typeof v === 'number' || typeof v === 'bigint') return 'i:' + String(v);
  if (typeof v === 'boolean') return 'b:' + v;
  if (v === null) return 'None';
  if (v instanceof PyTuple) {
    const keys: string[] = [];
    for (const x of v.items) {
      const k = constKey(x);
      if (k === null) return null;
      keys.push(k.length + ':' + k);
    }
    return 't:' + keys.join(',');
  }
  return null;
}

/** `not a in b` as the comparison `a not in b` (and is/is not likewise), or null (CPython inverts only these). */
function invertedCompare(e: A.Expr): A.Compare | null {
  if (e.kind !== 'Compare' || e.ops.length !== 1) return null;
  const inverse: Partial<Record<A.CmpOpKind, A.CmpOpKind>> = { Is: 'IsNot', IsNot: 'Is', In: 'NotIn', NotIn: 'In' };
  const op = inverse[e.ops[0]];
  return op === undefined ? null : { ...e, ops: [op] };
}
