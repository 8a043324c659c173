// Which local variables of a function hold a generator nothing else can
// reach. CPython closes a generator when its last reference goes; for a
// generator kept in such a variable that is when the function returns or
// the variable is bound again, and pygil closes it at those two moments
// too (vm/gen-finalize.ts).
//
// A local `v` qualifies when, in the function's own code:
// - it is a plain local: not a parameter, not global or nonlocal, not
//   captured by an inner function;
// - its bindings are all statements `v = f(...)` (a single target), one
//   or more: a generator a later one makes closes the one bound before;
// - every read of it is `next(v)` or `next(v, default)`, `v.send(...)`,
//   `v.throw(...)`, `v.close()`, `v.__next__()`, or the iterable of a
//   `for` loop: none of them can keep a reference to the generator;
// - the function never names `locals`, `vars`, `dir`, `eval`, `exec` or
//   `_getframe` (ways to reach its variables), and `next` is the builtin
//   (bound neither in the function, nor in an enclosing one, nor in the
//   module; vm/gen-finalize.ts checks again at run time, as `builtins.next`
//   or the module's namespace can be changed dynamically).
// Then a generator that the call in `v = f(...)` makes is referenced by `v`
// alone; the interpreter marks such a generator when it is made (a CALL of a
// generator function followed by STORE_FAST into an owned slot).

import type * as A from '../../grammar/ast.js';
import type { Scope } from './symtable.js';

const REVEALING = new Set(['locals', 'vars', 'dir', 'eval', 'exec', '_getframe']);
const GENERATOR_METHODS = new Set(['send', 'throw', 'close', '__next__']);
/** Nodes whose body is another scope: only the parts evaluated in this one are walked. */
const SCOPED = new Set(['FunctionDef', 'ClassDef', 'Lambda', 'ListComp', 'SetComp', 'DictComp', 'GeneratorExp']);

type Node = { kind: string } & Record<string, unknown>;

/** The names of `fn`'s owned generator variables (see above), in no particular order. */
export function ownedGeneratorLocals(fn: A.FunctionDef, scope: Scope, moduleScope: Scope): string[] {
  if (scope.isGenerator || scope.isCoroutine) return [];
  const candidates = new Set<string>();
  for (const name of scope.symbols.keys()) {
    if (scope.kindOf(name) === 'local' && !scope.params.includes(name)) candidates.add(name);
  }
  if (candidates.size === 0) return [];
  // Whether `next` is the builtin: asked once per module, and only if needed.
  let nextKnown: boolean | null = null;
  const nextIsBuiltin = (): boolean => (nextKnown ??= scope.kindOf('next') === 'global_implicit' && !moduleBindsNext(moduleScope));
  const sites = new Map<string, number>();
  const bad = new Set<string>();
  let revealing = false;

  const visitName = (n: A.Name, parent: Node | null, field: string): void => {
    if (REVEALING.has(n.id)) revealing = true;
    if (!candidates.has(n.id)) return;
    if (n.ctx === 'Store') {
      const site = parent !== null && parent.kind === 'Assign' && (parent.targets as A.Expr[]).length === 1 &&
        (parent.value as Node).kind === 'Call';
      if (site) sites.set(n.id, (sites.get(n.id) ?? 0) + 1);
      else bad.add(n.id);
    } else if (n.ctx === 'Load') {
      if (!allowedRead(n, parent, field, nextIsBuiltin)) bad.add(n.id);
    } else {
      bad.add(n.id);
    }
  };

  const visit = (node: Node, parent: Node | null, field: string, grand: Node | null): void => {
    if (node.kind === 'Name') {
      visitName(node as unknown as A.Name, parent, field);
      // An attribute read's call is checked from the Attribute node.
      if (parent !== null && parent.kind === 'Attribute' && candidates.has((node as unknown as A.Name).id)) {
        const attr = parent.attr as string;
        const call = grand !== null && grand.kind === 'Call' && grand.func === parent;
        if (!call || !GENERATOR_METHODS.has(attr)) bad.add((node as unknown as A.Name).id);
      }
      return;
    }
    if (node.kind === 'Attribute' && node.attr === '_getframe') revealing = true;
    // Other ways to bind a name.
    if (node.kind === 'Global' || node.kind === 'Nonlocal') for (const n of node.names as string[]) bad.add(n);
    if (node.kind === 'Import' || node.kind === 'ImportFrom') {
      for (const a of node.names as A.Alias[]) bad.add((a.asname ?? a.name).split('.')[0]);
    }
    if (node.kind === 'Try') for (const h of node.handlers as A.ExceptHandler[]) if (h.name !== null) bad.add(h.name);
    if (SCOPED.has(node.kind)) {
      if (typeof node.name === 'string') bad.add(node.name);
      for (const part of scopedOuterParts(node)) walk(part, node, 'outer');
      return;
    }
    for (const key in node) {
      const value = node[key];
      if (value !== null && typeof value === 'object') walk(value, node, key, parent);
    }
  };

  const walk = (value: unknown, parent: Node, field: string, grand: Node | null = null): void => {
    if (Array.isArray(value)) {
      for (const v of value) walk(v, parent, field, grand);
    } else if (value !== null && typeof value === 'object' && typeof (value as Node).kind === 'string') {
      visit(value as Node, parent, field, grand);
    } else if (value !== null && typeof value === 'object') {
      // Non-node containers (keywords, arguments, handlers, with-items, aliases) hold nodes.
      const record = value as Record<string, unknown>;
      for (const key in record) {
        const v = record[key];
        if (v !== null && typeof v === 'object') walk(v, parent, key, grand);
      }
    }
  };

  // Every statement of the body: a site inside a loop is fine (a new
  // generator bound there closes the previous one, as CPython does).
  for (const s of fn.body) visit(s as unknown as Node, null, 'body', null);
  if (revealing) return [];
  return [...candidates].filter((n) => sites.has(n) && !bad.has(n));
}

const nextBound = new WeakMap<Scope, boolean>();

/** Whether the module binds `next`, at module level or through a `global` declaration anywhere. */
function moduleBindsNext(moduleScope: Scope): boolean {
  let known = nextBound.get(moduleScope);
  if (known === undefined) nextBound.set(moduleScope, (known = bindsGlobal(moduleScope, 'next')));
  return known;
}

function bindsGlobal(scope: Scope, name: string): boolean {
  if (scope.kind === 'module' ? scope.binds(name) : scope.kindOf(name) === 'global_explicit' && scope.binds(name)) return true;
  return scope.children.some((c) => bindsGlobal(c, name));
}

/** Whether a read of a candidate name `n` (whose parent node is `parent`) is one that keeps no reference. */
function allowedRead(n: A.Name, parent: Node | null, field: string, nextIsBuiltin: () => boolean): boolean {
  if (parent === null) return false;
  if (parent.kind === 'Call' && field === 'args') {
    const call = parent as unknown as A.Call;
    return call.func.kind === 'Name' && call.func.id === 'next' && call.args[0] === n && call.args.length <= 2 &&
      call.keywords.length === 0 && call.args.every((a) => a.kind !== 'Starred') && nextIsBuiltin();
  }
  if (parent.kind === 'Attribute') return true; // checked with the call around it (visit)
  if (parent.kind === 'For' && field === 'iter') return !(parent as unknown as A.For).is_async;
  return false;
}

/** The parts of a scoped node that are evaluated in the enclosing scope. */
function scopedOuterParts(node: Node): unknown[] {
  switch (node.kind) {
    case 'FunctionDef': {
      const args = node.args as A.Arguments;
      return [node.decorator_list, args.defaults, args.kw_defaults, node.returns];
    }
    case 'Lambda': {
      const args = node.args as A.Arguments;
      return [args.defaults, args.kw_defaults];
    }
    case 'ClassDef':
      return [node.decorator_list, node.bases, node.keywords];
    default: {
      // A comprehension: its first iterable.
      const gens = node.generators as A.Comprehension[];
      return gens.length > 0 ? [gens[0].iter] : [];
    }
  }
}
