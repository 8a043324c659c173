// collections.namedtuple: builds a real tuple subclass whose fields are data
// descriptors (CPython's _tuplegetter), with _make, _replace, _asdict and
// the `Point(x=1, y=2)` repr. Also used from JS for functools' CacheInfo.

import { bind } from './args.js';
import { PyObject, PyType, typeType, computeMro, objectType } from '../runtime/object.js';
import { PyTuple, PyList, tupleType, EMPTY_TUPLE } from '../runtime/tuple.js';
import { PyDict } from '../runtime/dict.js';
import { PyBuiltin, PyStaticMethod, PyClassMethod, Kwargs } from '../runtime/function.js';
import { method, getter } from '../runtime/define.js';
import { typeError, valueError, indexError, attributeError } from '../runtime/exceptions.js';
import { createClass } from '../runtime/types/object-type.js';
import { isIdentifierString } from '../runtime/format/char-class.js';
import * as ops from '../runtime/ops.js';

const KEYWORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del',
  'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
  'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);

/**
 * The field accessor (CPython's _tuplegetter). Its type is deliberately not
 * "builtin" so the attribute machinery treats it as a data descriptor and
 * `p.x = 1` reaches __set__ ("can't set attribute").
 */
const tuplegetterType = new PyType('_tuplegetter', [objectType], 'other', false, typeType);
tuplegetterType.mro = computeMro(tuplegetterType)!;
tuplegetterType.module = 'collections';
tuplegetterType.cName = '_collections._tuplegetter';
tuplegetterType.hasInstanceDict = false;

class PyTupleGetter extends PyObject {
  constructor(readonly index: number, readonly doc: string) {
    super(tuplegetterType);
  }
}
method(tuplegetterType, '__get__', (a) => {
  const g = a[0] as PyTupleGetter, obj = a[1];
  if (obj === null) return g;
  if (!(obj instanceof PyTuple)) {
    throw typeError(`descriptor for index '${g.index}' for tuple subclasses doesn't apply to '${ops.typeName(obj)}' object`);
  }
  if (g.index >= obj.items.length) throw indexError('tuple index out of range');
  return obj.items[g.index];
});
method(tuplegetterType, '__set__', () => {
  throw attributeError("can't set attribute");
});
method(tuplegetterType, '__delete__', () => {
  throw attributeError("can't delete attribute");
});
method(tuplegetterType, '__repr__', (a) => {
  const g = a[0] as PyTupleGetter;
  return `_tuplegetter(${g.index}, ${ops.repr(g.doc)})`;
});
getter(tuplegetterType, '__doc__', (g) => (g as PyTupleGetter).doc);

/** Field names from a string ('x y' or 'x, y') or an iterable of anything str()-able. */
export function fieldNameList(v: unknown): string[] {
  if (typeof v === 'string') return v.replace(/,/g, ' ').split(/[ \t\n\r\x0b\x0c]+/).filter((s) => s !== '');
  return ops.toArray(v).map((x) => ops.str(x));
}

function validName(name: string): boolean {
  return isIdentifierString(name) && !KEYWORDS.has(name);
}

/**
 * collections.namedtuple as a JS function, also used for functools' CacheInfo.
 * `defaults` apply to the rightmost fields.
 */
export function makeNamedTuple(typename: string, fieldsIn: string[], opts: {
  rename?: boolean; defaults?: unknown[] | null; module?: string | null;
} = {}): PyType {
  const fields = fieldsIn.slice();
  if (opts.rename) {
    const seen = new Set<string>();
    fields.forEach((name, i) => {
      if (!validName(name) || name.startsWith('_') || seen.has(name)) fields[i] = `_${i}`;
      seen.add(name);
    });
  }
  for (const name of [typename, ...fields]) {
    if (!isIdentifierString(name)) throw valueError(`Type names and field names must be valid identifiers: ${ops.repr(name)}`);
    if (KEYWORDS.has(name)) throw valueError(`Type names and field names cannot be a keyword: ${ops.repr(name)}`);
  }
  const seen = new Set<string>();
  for (const name of fields) {
    if (name.startsWith('_') && !opts.rename) throw valueError(`Field names cannot start with an underscore: ${ops.repr(name)}`);
    if (seen.has(name)) throw valueError(`Encountered duplicate field name: ${ops.repr(name)}`);
    seen.add(name);
  }
  const defaults = opts.defaults ?? [];
  if (defaults.length > fields.length) throw typeError('Got more default values than field names');
  const nf = fields.length;
  const firstDefault = nf - defaults.length;
  const fieldDefaults = new PyDict();
  fields.slice(firstDefault).forEach((f, i) => fieldDefaults.set(f, defaults[i]));

  const ns = new PyDict();
  ns.set('__module__', opts.module ?? '__main__');
  ns.set('__qualname__', typename);
  ns.set('__doc__', `${typename}(${fields.join(', ')})`);
  ns.set('__slots__', EMPTY_TUPLE);
  ns.set('_fields', new PyTuple(fields.slice()));
  ns.set('_field_defaults', fieldDefaults);
  ns.set('__match_args__', new PyTuple(fields.slice()));

  const newSig = { name: `${typename}.__new__`, params: ['_cls', ...fields], required: 1 + firstDefault };
  const newFn = new PyBuiltin('__new__', (a, kw) => {
    const vals = bind(newSig, a, kw).values;
    for (let i = firstDefault; i < nf; i++) if (vals[i + 1] === undefined) vals[i + 1] = defaults[i - firstDefault];
    return new PyTuple(vals.slice(1), vals[0] as PyType);
  });
  ns.set('__new__', new PyStaticMethod(newFn));

  const make = (cls: PyType, iterable: unknown): PyTuple => {
    const items = ops.toArray(iterable);
    if (items.length !== nf) throw typeError(`Expected ${nf} arguments, got ${items.length}`);
    return new PyTuple(items, cls);
  };
  ns.set('_make', new PyClassMethod(new PyBuiltin('_make', (a, kw) => {
    const [cls, iterable] = bind({ name: `${typename}._make`, params: ['cls', 'iterable'], required: 2 }, a, kw).values;
    return make(cls as PyType, iterable);
  })));
  const meth = (name: string, fn: (self: PyTuple, a: unknown[], kw: Kwargs) => unknown) => {
    ns.set(name, new PyBuiltin(name, (a, kw) => {
      if (!(a[0] instanceof PyTuple)) throw typeError(`${name}() needs a tuple`);
      return fn(a[0], a, kw);
    }, true));
  };
  meth('_replace', (self, a, kw) => {
    if (a.length > 1) throw typeError(`${typename}._replace() takes 1 positional argument but ${a.length} were given`);
    const left = new Map(kw ?? []);
    const items = self.items.map((v, i) => {
      if (left.has(fields[i])) {
        const nv = left.get(fields[i]);
        left.delete(fields[i]);
        return nv;
      }
      return v;
    });
    const r = ops.call(ops.getAttr(self, '_make'), [new PyList(items)]);
    if (left.size > 0) throw valueError(`Got unexpected field names: ${ops.repr(new PyList([...left.keys()]))}`);
    return r;
  });
  meth('__repr__', (self) => ops.reprGuard(self, '...', () =>
    `${self.cls.name}(${fields.map((f, i) => `${f}=${ops.repr(self.items[i])}`).join(', ')})`));
  meth('_asdict', (self) => {
    const d = new PyDict();
    fields.forEach((f, i) => d.set(f, self.items[i]));
    return d;
  });
  meth('__getnewargs__', (self) => new PyTuple(self.items.slice()));
  fields.forEach((f, i) => ns.set(f, new PyTupleGetter(i, `Alias for field number ${i}`)));

  const t = createClass(typeType, typename, [tupleType], ns);
  t.hasInstanceDict = false; // __slots__ = ()
  for (const v of t.ns.values()) if (v instanceof PyBuiltin) v.owner = t;
  return t;
}
