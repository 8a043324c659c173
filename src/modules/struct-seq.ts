// Named read-only tuples made from JS: sys.version_info, sys.float_info,
// sys.flags, time.struct_time (CPython's "struct sequences").
//
// They are real tuple subclasses (a PyTuple whose cls is the new type), so
// indexing, slicing, unpacking and comparison with plain tuples come from
// tuple itself; the type adds one read-only attribute per field and the
// `module.name(field=value, ...)` repr.

import { PyType, makeBuiltinType } from '../runtime/object.js';
import { PyTuple, tupleType } from '../runtime/tuple.js';
import { method, constructor, member } from '../runtime/define.js';
import { repr, reprGuard, toArray } from '../runtime/ops.js';
import { typeError } from '../runtime/exceptions.js';

export interface StructSeqType extends PyType {
  /** Builds an instance from JS values (one per visible field, then the hidden ones). */
  make(values: unknown[]): PyTuple;
}

/**
 * A struct-sequence type named `module.name` with `fields` visible as tuple
 * items; `hidden` fields are attributes only (struct_time's tm_zone).
 */
export function makeStructSeq(module: string, name: string, fields: string[], hidden: string[] = []): StructSeqType {
  const t = makeBuiltinType(name, tupleType, 'tuple') as StructSeqType;
  t.module = module;
  const all = fields.concat(hidden);
  // Hidden values are kept beside the tuple items, keyed by instance.
  const extra = new WeakMap<PyTuple, unknown[]>();
  fields.forEach((f, i) => {
    member(t, f, (v) => (v as PyTuple).items[i]);
  });
  hidden.forEach((f, i) => {
    member(t, f, (v) => extra.get(v as PyTuple)?.[i] ?? null);
  });
  t.ns.set('n_sequence_fields', fields.length);
  t.ns.set('n_fields', all.length);
  t.ns.set('n_unnamed_fields', 0);
  t.make = (values) => {
    const tup = new PyTuple(values.slice(0, fields.length), t);
    if (hidden.length > 0) extra.set(tup, values.slice(fields.length));
    return tup;
  };
  method(t, '__repr__', (a) => {
    const tup = a[0] as PyTuple;
    return reprGuard(tup, '(...)', () => {
      const parts = fields.map((f, i) => `${f}=${repr(tup.items[i])}`);
      return `${module}.${name}(${parts.join(', ')})`;
    });
  });
  method(t, '__reduce__', (a) => new PyTuple([t, new PyTuple([new PyTuple((a[0] as PyTuple).items.slice())])]));
  constructor(t, (a) => {
    const cls = a[0] as PyType;
    if (a.length !== 2) throw typeError(`${module}.${name}() takes exactly 1 positional argument (${a.length - 1} given)`);
    const items = toArray(a[1]);
    const min = fields.length, max = all.length;
    if (items.length < min) {
      throw typeError(`${module}.${name}() takes an at least ${min}-sequence (${items.length}-sequence given)`);
    }
    if (items.length > max) {
      throw typeError(`${module}.${name}() takes an at most ${max}-sequence (${items.length}-sequence given)`);
    }
    const tup = new PyTuple(items.slice(0, min), cls);
    if (hidden.length > 0) {
      const ex = items.slice(min);
      while (ex.length < hidden.length) ex.push(null);
      extra.set(tup, ex);
    }
    return tup;
  });
  return t;
}
