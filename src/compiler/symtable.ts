// Scope analysis: decides for every name in every scope whether it is a fast
// local, a cell (captured by an inner function), a free variable (captured
// from an outer function), an explicit or implicit global, or a class-body
// name. Runs once over the AST before code generation, like CPython's
// symtable.c; the compiler then only asks "how do I load/store this name here".

import type * as A from '../../grammar/ast.js';
import { mangle } from './mangle.js';

export type ScopeKind = 'module' | 'function' | 'class' | 'lambda' | 'comprehension';
export type NameKind = 'local' | 'cell' | 'free' | 'global_explicit' | 'global_implicit' | 'name';

const DEF_LOCAL = 1, DEF_PARAM = 2, DEF_GLOBAL = 4, DEF_NONLOCAL = 8, USE = 16, DEF_FREE_CLASS = 32;

export class SyntaxErrorAt extends Error {
  constructor(public msg: string, public node: A.Span) {
    super(msg);
  }
}

export class Scope {
  symbols = new Map<string, number>();
  children: Scope[] = [];
  resolved = new Map<string, NameKind>();
  params: string[] = [];
  isGenerator = false;
  isCoroutine = false;
  /** Whether a method here uses super() or __class__, so the class needs a __class__ cell. */
  needsClassCell = false;
  cellvars: string[] = [];
  freevars: string[] = [];
  /** Where each nonlocal name was declared (for the error when nothing binds it). */
  nonlocalAt = new Map<string, A.Span>();
  /** For comprehensions: names bound by := that belong to the enclosing scope. */
  walrusTargets = new Set<string>();
  /** The class whose name private names are mangled with here (mangle.ts), or null. */
  readonly privateName: string | null;
  constructor(public kind: ScopeKind, public name: string, public parent: Scope | null, public node: unknown) {
    this.privateName = kind === 'class' ? name : parent?.privateName ?? null;
  }

  /** Records a use or binding of `name` (as written: it is mangled here, as everywhere in a scope). */
  add(name: string, flag: number): void {
    name = mangle(this.privateName, name);
    this.symbols.set(name, (this.symbols.get(name) ?? 0) | flag);
  }

  /** Whether this scope binds `name` (assigns, imports, defines or takes it as a parameter). */
  binds(name: string): boolean {
    return ((this.symbols.get(mangle(this.privateName, name)) ?? 0) & (DEF_LOCAL | DEF_PARAM)) !== 0;
  }

  kindOf(name: string): NameKind {
    name = mangle(this.privateName, name);
    const k = this.resolved.get(name);
    if (k !== undefined) return k;
    return this.kind === 'module' || this.kind === 'class' ? 'name' : 'global_implicit';
  }

  get isFunctionLike(): boolean {
    return this.kind === 'function' || this.kind === 'lambda' || this.kind === 'comprehension';
  }
}

/** Builds the scope tree; the compiler looks scopes up by AST node. */
export class SymbolTable {
  scopes = new Map<unknown, Scope>();
  top: Scope;
  private cur: Scope;

  constructor(mod: A.Module) {
    this.top = new Scope('module', '<module>', null, mod);
    this.scopes.set(mod, this.top);
    this.cur = this.top;
    this.stmts(mod.body);
    analyze(this.top, new Set());
  }

  private push(kind: ScopeKind, name: string, node: unknown): Scope {
    const s = new Scope(kind, name, this.cur, node);
    this.cur.children.push(s);
    this.scopes.set(node, s);
    this.cur = s;
    return s;
  }

  private pop(): void {
    this.cur = this.cur.parent!;
  }

  private stmts(body: A.Stmt[]): void {
    for (const s of body) this.stmt(s);
  }

  private stmt(s: A.Stmt): void {
    switch (s.kind) {
      case 'FunctionDef': {
        for (const d of s.decorator_list) this.expr(d);
        this.argDefaults(s.args);
        if (s.returns) this.expr(s.returns);
        this.cur.add(s.name, DEF_LOCAL);
        const sc = this.push('function', s.name, s);
        sc.isCoroutine = s.is_async;
        this.params(s.args);
        this.stmts(s.body);
        this.pop();
        break;
      }
      case 'ClassDef': {
        for (const d of s.decorator_list) this.expr(d);
        for (const b of s.bases) this.expr(b);
        for (const kw of s.keywords) this.expr(kw.value);
        this.cur.add(s.name, DEF_LOCAL);
        this.push('class', s.name, s);
        this.stmts(s.body);
        this.pop();
        break;
      }
      case 'Return':
        if (s.value) this.expr(s.value);
        break;
      case 'Delete':
        for (const t of s.targets) this.expr(t);
        break;
      case 'Assign':
        for (const t of s.targets) this.expr(t);
        this.expr(s.value);
        break;
      case 'AugAssign':
        this.expr(s.target);
        if (s.target.kind === 'Name') this.cur.add(s.target.id, USE);
        this.expr(s.value);
        break;
      case 'AnnAssign':
        this.expr(s.target);
        this.expr(s.annotation);
        if (s.value) this.expr(s.value);
        break;
      case 'For':
        this.expr(s.target);
        this.expr(s.iter);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case 'While':
        this.expr(s.test);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case 'If':
        this.expr(s.test);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case 'With':
        for (const it of s.items) {
          this.expr(it.context_expr);
          if (it.optional_vars) this.expr(it.optional_vars);
        }
        this.stmts(s.body);
        break;
      case 'Raise':
        if (s.exc) this.expr(s.exc);
        if (s.cause) this.expr(s.cause);
        break;
      case 'Try':
        this.stmts(s.body);
        for (const h of s.handlers) {
          if (h.type) this.expr(h.type);
          if (h.name) this.cur.add(h.name, DEF_LOCAL);
          this.stmts(h.body);
        }
        this.stmts(s.orelse);
        this.stmts(s.finalbody);
        break;
      case 'Assert':
        this.expr(s.test);
        if (s.msg) this.expr(s.msg);
        break;
      case 'Import':
        for (const a of s.names) this.cur.add(a.asname ?? a.name.split('.')[0], DEF_LOCAL);
        break;
      case 'ImportFrom':
        for (const a of s.names) if (a.name !== '*') this.cur.add(a.asname ?? a.name, DEF_LOCAL);
        break;
      case 'Global':
        for (const n of s.names) this.declare(n, DEF_GLOBAL, s);
        break;
      case 'Nonlocal':
        if (this.cur.kind === 'module') throw new SyntaxErrorAt('nonlocal declaration not allowed at module level', s);
        for (const n of s.names) {
          this.declare(n, DEF_NONLOCAL, s);
          this.cur.nonlocalAt.set(mangle(this.cur.privateName, n), s);
        }
        break;
      case 'Expr':
        this.expr(s.value);
        break;
      case 'Pass': case 'Break': case 'Continue':
        break;
    }
  }

  private declare(name: string, flag: number, node: A.Span): void {
    const prev = this.cur.symbols.get(mangle(this.cur.privateName, name)) ?? 0;
    const what = flag === DEF_GLOBAL ? 'global' : 'nonlocal';
    if (prev & DEF_PARAM) throw new SyntaxErrorAt(`name '${name}' is parameter and ${what}`, node);
    if (prev & USE) throw new SyntaxErrorAt(`name '${name}' is used prior to ${what} declaration`, node);
    if (prev & DEF_LOCAL) throw new SyntaxErrorAt(`name '${name}' is assigned to before ${what} declaration`, node);
    if (flag === DEF_GLOBAL && prev & DEF_NONLOCAL) throw new SyntaxErrorAt(`name '${name}' is nonlocal and global`, node);
    if (flag === DEF_NONLOCAL && prev & DEF_GLOBAL) throw new SyntaxErrorAt(`name '${name}' is nonlocal and global`, node);
    this.cur.add(name, flag);
  }

  private argDefaults(a: A.Arguments): void {
    for (const d of a.defaults) this.expr(d);
    for (const d of a.kw_defaults) if (d) this.expr(d);
    for (const p of [...a.posonlyargs, ...a.args, ...a.kwonlyargs]) if (p.annotation) this.expr(p.annotation);
    if (a.vararg?.annotation) this.expr(a.vararg.annotation);
    if (a.kwarg?.annotation) this.expr(a.kwarg.annotation);
  }

  private params(a: A.Arguments): void {
    const params = [...a.posonlyargs, ...a.args, ...a.kwonlyargs];
    if (a.vararg) params.push(a.vararg);
    if (a.kwarg) params.push(a.kwarg);
    const names = params.map((p) => mangle(this.cur.privateName, p.arg));
    const seen = new Set<string>();
    for (let i = 0; i < names.length; i++) {
      const n = names[i];
      // Reported at the second one, as CPython does.
      if (seen.has(n)) throw new SyntaxErrorAt(`duplicate argument '${n}' in function definition`, params[i]);
      seen.add(n);
      this.cur.add(n, DEF_PARAM | DEF_LOCAL);
    }
    this.cur.params = names;
  }

  private comprehension(node: A.Expr, gens: A.Comprehension[], elts: A.Expr[]): void {
    // The first iterable is evaluated in the enclosing scope.
    this.expr(gens[0].iter);
    const sc = this.push('comprehension', comprehensionName(node), node);
    sc.add('.0', DEF_PARAM | DEF_LOCAL);
    sc.params = ['.0'];
    if (node.kind === 'GeneratorExp') sc.isGenerator = true;
    // `async for` (or an await, see expr) makes the comprehension's function a coroutine.
    if (gens.some((g) => g.is_async)) sc.isCoroutine = true;
    gens.forEach((g, i) => {
      this.expr(g.target);
      if (i > 0) this.expr(g.iter);
      for (const c of g.ifs) this.expr(c);
    });
    for (const e of elts) this.expr(e);
    this.pop();
    // A list/set/dict comprehension that awaits is awaited where it is built.
    if (sc.isCoroutine && node.kind !== 'GeneratorExp' && this.cur.kind === 'comprehension') this.cur.isCoroutine = true;
  }

  private expr(e: A.Expr): void {
    switch (e.kind) {
      case 'Name':
        if (e.ctx === 'Load') {
          this.cur.add(e.id, USE);
          if ((e.id === 'super' || e.id === '__class__') && this.cur.isFunctionLike) this.markClassCell();
        } else {
          this.cur.add(e.id, DEF_LOCAL);
        }
        break;
      case 'BoolOp': for (const v of e.values) this.expr(v); break;
      case 'NamedExpr': {
        this.expr(e.value);
        // In a comprehension, := binds in the nearest enclosing non-comprehension scope.
        let sc = this.cur;
        while (sc.kind === 'comprehension') {
          if (((sc.symbols.get(e.target.id) ?? 0) & DEF_LOCAL) !== 0 && !sc.walrusTargets.has(e.target.id)) {
            throw new SyntaxErrorAt(`assignment expression cannot rebind comprehension iteration variable '${e.target.id}'`, e.target);
          }
          sc.walrusTargets.add(e.target.id);
          sc = sc.parent!;
        }
        if (sc !== this.cur) {
          if (sc.kind === 'class') throw new SyntaxErrorAt('assignment expression within a comprehension cannot be used in a class body', e);
          sc.add(e.target.id, DEF_LOCAL);
          this.cur.add(e.target.id, USE);
        } else {
          this.cur.add(e.target.id, DEF_LOCAL);
        }
        break;
      }
      case 'BinOp': this.expr(e.left); this.expr(e.right); break;
      case 'UnaryOp': this.expr(e.operand); break;
      case 'Lambda': {
        this.argDefaults(e.args);
        this.push('lambda', '<lambda>', e);
        this.params(e.args);
        this.expr(e.body);
        this.pop();
        break;
      }
      case 'IfExp': this.expr(e.test); this.expr(e.body); this.expr(e.orelse); break;
      case 'Dict':
        for (const k of e.keys) if (k) this.expr(k);
        for (const v of e.values) this.expr(v);
        break;
      case 'Set': for (const x of e.elts) this.expr(x); break;
      case 'ListComp': case 'SetComp': case 'GeneratorExp':
        this.comprehension(e, e.generators, [e.elt]);
        break;
      case 'DictComp':
        this.comprehension(e, e.generators, [e.key, e.value]);
        break;
      case 'Await':
        if (this.cur.kind === 'comprehension') this.cur.isCoroutine = true;
        this.expr(e.value);
        break;
      case 'Yield':
        if (e.value) this.expr(e.value);
        this.markGenerator(e);
        break;
      case 'YieldFrom':
        this.expr(e.value);
        if (this.cur.isCoroutine && this.cur.kind === 'function') throw new SyntaxErrorAt("'yield from' inside async function", e);
        this.markGenerator(e);
        break;
      case 'Compare': this.expr(e.left); for (const c of e.comparators) this.expr(c); break;
      case 'Call':
        this.expr(e.func);
        for (const a of e.args) this.expr(a);
        for (const k of e.keywords) this.expr(k.value);
        break;
      case 'FormattedValue':
        this.expr(e.value);
        if (e.format_spec) this.expr(e.format_spec);
        break;
      case 'JoinedStr': for (const v of e.values) this.expr(v); break;
      case 'Constant': break;
      case 'Attribute': this.expr(e.value); break;
      case 'Subscript': this.expr(e.value); this.expr(e.slice); break;
      case 'Starred': this.expr(e.value); break;
      case 'List': case 'Tuple': for (const x of e.elts) this.expr(x); break;
      case 'Slice':
        if (e.lower) this.expr(e.lower);
        if (e.upper) this.expr(e.upper);
        if (e.step) this.expr(e.step);
        break;
    }
  }

  private markGenerator(e: A.Span): void {
    const sc = this.cur;
    if (sc.kind === 'module' || sc.kind === 'class') throw new SyntaxErrorAt("'yield' outside function", e);
    if (sc.kind === 'comprehension' && !(sc.node as A.Expr & { kind: string }).kind.startsWith('Generator')) {
      throw new SyntaxErrorAt("'yield' inside list comprehension", e);
    }
    sc.isGenerator = true;
  }

  private markClassCell(): void {
    // The function reads the class through a free variable named __class__.
    this.cur.add('__class__', USE);
    for (let s: Scope | null = this.cur; s !== null; s = s.parent) {
      if (s.kind === 'class') {
        s.needsClassCell = true;
        return;
      }
    }
  }
}

function comprehensionName(e: A.Expr): string {
  switch (e.kind) {
    case 'ListComp': return '<listcomp>';
    case 'SetComp': return '<setcomp>';
    case 'DictComp': return '<dictcomp>';
    default: return '<genexpr>';
  }
}

/**
 * Resolves names top-down. `bound` holds the names bound in enclosing function
 * scopes (class scopes do not enclose functions in Python).
 */
function analyze(s: Scope, bound: Set<string>): Set<string> {
  const localBound = new Set<string>();
  for (const [name, flags] of s.symbols) {
    if (flags & DEF_GLOBAL) s.resolved.set(name, 'global_explicit');
    else if (flags & DEF_NONLOCAL) {
      if (!bound.has(name)) {
        throw new SyntaxErrorAt(`no binding for nonlocal '${name}' found`, s.nonlocalAt.get(name) ?? (s.node as A.Span));
      }
      s.resolved.set(name, 'free');
    } else if (flags & (DEF_LOCAL | DEF_PARAM)) {
      if (s.kind === 'module' || s.kind === 'class') s.resolved.set(name, 'name');
      else if (s.walrusTargets.has(name)) s.resolved.set(name, bound.has(name) ? 'free' : 'global_implicit');
      else {
        s.resolved.set(name, 'local');
        localBound.add(name);
      }
    } else if (flags & USE) {
      if (bound.has(name)) s.resolved.set(name, 'free');
      else s.resolved.set(name, s.kind === 'module' || s.kind === 'class' ? 'name' : 'global_implicit');
    }
  }
  if (s.kind === 'class' && s.needsClassCell) {
    s.resolved.set('__class__', 'cell');
    s.cellvars.push('__class__');
  }
  // Names visible to children: enclosing function bindings plus ours.
  let childBound: Set<string>;
  if (s.kind === 'class') {
    childBound = new Set(bound);
    if (s.needsClassCell) childBound.add('__class__');
  } else if (s.kind === 'module') childBound = new Set();
  else {
    childBound = new Set(bound);
    for (const n of localBound) childBound.add(n);
  }
  const childFree = new Set<string>();
  for (const c of s.children) {
    for (const n of analyze(c, childBound)) childFree.add(n);
  }
  // A child's free variable is our cell if we bind it, else it passes through us.
  const myFree = new Set<string>();
  for (const n of childFree) {
    const k = s.resolved.get(n);
    if (k === 'local') {
      s.resolved.set(n, 'cell');
      if (!s.cellvars.includes(n)) s.cellvars.push(n);
    } else if (k === 'cell') {
      // already a cell
    } else if (s.kind === 'class') {
      if (n === '__class__' && s.needsClassCell) continue;
      if (k === 'name' || k === undefined) {
        // A class body that both binds a name and passes it through keeps its own
        // binding for itself (LOAD_CLASSDEREF falls back to the cell).
        if (!s.freevars.includes(n)) s.freevars.push(n);
        myFree.add(n);
        if (k === undefined) s.resolved.set(n, 'free');
        else s.symbols.set(n, (s.symbols.get(n) ?? 0) | DEF_FREE_CLASS);
      } else if (k === 'free') {
        myFree.add(n);
      }
    } else if (k === 'free' || k === undefined || k === 'global_implicit') {
      if (bound.has(n)) {
        s.resolved.set(n, 'free');
        myFree.add(n);
      }
    }
  }
  for (const [n, k] of s.resolved) {
    if (k === 'free') {
      myFree.add(n);
      if (!s.freevars.includes(n)) s.freevars.push(n);
    }
  }
  return myFree;
}

export function classBindsAndPassesThrough(s: Scope, name: string): boolean {
  return ((s.symbols.get(name) ?? 0) & DEF_FREE_CLASS) !== 0;
}
