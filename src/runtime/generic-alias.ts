// types.GenericAlias: what subscripting a builtin container class gives
// (`list[int]`, `dict[str, list[int]]`), as used in annotations. It
// remembers the class and the arguments, prints as written, calls the
// class, and answers other attribute reads from the class; isinstance()
// refuses it, and a class statement uses its class as the base.

import { PyObject, PyType, makeBuiltinType, typeType, noneType } from './object.js';
import { PyTuple, EMPTY_TUPLE } from './tuple.js';
import { method, classMethod, constructor } from './define.js';
import { typeError } from './exceptions.js';
import { Ellipsis, NotImplemented } from './singletons.js';
import { repr, call, getAttrMaybe, eqObjects, hashObject, bindDescr } from './ops.js';

export const genericAliasType = makeBuiltinType('GenericAlias', null, 'other');
genericAliasType.module = 'types';

export class PyGenericAlias extends PyObject {
  /** The arguments: a subscript's tuple as is, anything else as a 1-tuple. */
  readonly args: PyTuple;
  constructor(readonly origin: unknown, key: unknown) {
    super(genericAliasType);
    this.args = key instanceof PyTuple ? key : new PyTuple([key]);
  }
}

/** Names an alias answers itself; every other attribute is the class's (CPython's list). */
const OWN = new Set(['__class__', '__origin__', '__args__', '__parameters__', '__mro_entries__', '__reduce__',
  '__reduce_ex__', '__copy__', '__deepcopy__', '__unpacked__', '__typing_unpacked_tuple_args__']);

genericAliasType.getattro = (obj, name) => {
  const ga = obj as PyGenericAlias;
  if (!OWN.has(name)) return getAttrMaybe(ga.origin, name);
  switch (name) {
    case '__class__': return genericAliasType;
    case '__origin__': return ga.origin;
    case '__args__': return ga.args;
    case '__parameters__': return EMPTY_TUPLE;
    case '__unpacked__': return false;
  }
  const m = genericAliasType.lookup(name);
  return m === undefined ? undefined : bindDescr(m, ga, genericAliasType);
};

/** How an alias prints a class or argument: `int`, `collections.deque`, `...`, nested aliases as themselves. */
function itemRepr(v: unknown): string {
  if (v === Ellipsis) return '...';
  if (v instanceof PyGenericAlias) return aliasRepr(v);
  if (v instanceof PyType) return v.module === 'builtins' ? v.qualname : `${v.module}.${v.qualname}`;
  return repr(v);
}

function aliasRepr(ga: PyGenericAlias): string {
  const items = ga.args.items;
  const inner = items.length === 0 ? '()' : items.map(itemRepr).join(', ');
  return `${itemRepr(ga.origin)}[${inner}]`;
}

method(genericAliasType, '__repr__', (a) => aliasRepr(a[0] as PyGenericAlias));
method(genericAliasType, '__call__', (a, kw) => call((a[0] as PyGenericAlias).origin, a.slice(1), kw));
// types.GenericAlias(origin, args), as collections.abc's __class_getitem__ calls it.
constructor(genericAliasType, (args, kw) => {
  if (kw !== null && kw.size > 0) throw typeError('GenericAlias() takes no keyword arguments');
  if (args.length !== 3) throw typeError(`GenericAlias expected 2 arguments, got ${args.length - 1}`);
  return new PyGenericAlias(args[1], args[2]);
});
method(genericAliasType, '__eq__', (a) => {
  const [x, y] = a as [PyGenericAlias, unknown];
  if (!(y instanceof PyGenericAlias)) return NotImplemented;
  return eqObjects(x.origin, y.origin) && eqObjects(x.args, y.args);
});
method(genericAliasType, '__hash__', (a) => {
  const ga = a[0] as PyGenericAlias;
  return hashObject(new PyTuple([ga.origin, ga.args]));
});
method(genericAliasType, '__mro_entries__', (a) => new PyTuple([(a[0] as PyGenericAlias).origin]));
method(genericAliasType, '__instancecheck__', () => {
  throw typeError('isinstance() argument 2 cannot be a parameterized generic');
});
method(genericAliasType, '__subclasscheck__', () => {
  throw typeError('issubclass() argument 2 cannot be a parameterized generic');
});

/** Gives builtin class `t` a __class_getitem__ that makes aliases, as CPython's containers have. */
export function subscriptable(t: PyType): void {
  classMethod(t, '__class_getitem__', (a) => new PyGenericAlias(a[0], a[1]));
}

// ---------------------------------------------------------------- X | Y

/** types.UnionType: what `int | None` makes (isinstance() accepts it, see builtin-functions.ts). */
export const unionType = makeBuiltinType('UnionType', null, 'other');
unionType.module = 'types';

export class PyUnion extends PyObject {
  constructor(readonly args: PyTuple) {
    super(unionType);
  }
}

/** The members a `|` operand brings: a union's own, a class or alias itself, None as NoneType; null if it cannot take part. */
function unionMembers(v: unknown): unknown[] | null {
  if (v === null) return [noneType];
  if (v instanceof PyUnion) return v.args.items;
  if (v instanceof PyType || v instanceof PyGenericAlias) return [v];
  return null;
}

/** `a | b` for classes, aliases and unions: one member, or a flat union without repeats. */
function makeUnion(a: unknown, b: unknown): unknown {
  const x = unionMembers(a);
  const y = unionMembers(b);
  if (x === null || y === null) return NotImplemented;
  const members: unknown[] = [];
  for (const m of [...x, ...y]) if (!members.some((n) => eqObjects(n, m))) members.push(m);
  return members.length === 1 ? members[0] : new PyUnion(new PyTuple(members));
}

for (const t of [typeType, genericAliasType, unionType]) {
  method(t, '__or__', (a) => makeUnion(a[0], a[1]));
  method(t, '__ror__', (a) => makeUnion(a[1], a[0]));
}
method(unionType, '__repr__', (a) => (a[0] as PyUnion).args.items.map((m) => (m === noneType ? 'None' : itemRepr(m))).join(' | '));
method(unionType, '__eq__', (a) => {
  const [x, y] = a as [PyUnion, unknown];
  if (!(y instanceof PyUnion)) return NotImplemented;
  const same = (p: unknown[], q: unknown[]) => p.every((m) => q.some((n) => eqObjects(m, n)));
  return same(x.args.items, y.args.items) && same(y.args.items, x.args.items);
});
method(unionType, '__hash__', (a) => hashObject(new PyTuple([unionType, (a[0] as PyUnion).args.items.length])));
unionType.getattro = (obj, name) => {
  if (name === '__args__') return (obj as PyUnion).args;
  if (name === '__parameters__') return EMPTY_TUPLE;
  if (name === '__class__') return unionType;
  const m = unionType.lookup(name);
  return m === undefined ? undefined : bindDescr(m, obj, unionType);
};
