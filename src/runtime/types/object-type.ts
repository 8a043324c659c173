// `object` and `type`: the default special methods every object inherits,
// and class creation (what `class` statements and type(name, bases, ns) do).

import { PyObject, PyType, objectType, typeType, computeMro, mroConflict, typeOf, noneType, objectId } from '../object.js';
import { method, constructor, classMethod } from '../define.js';
import { PyDict, invalidateHashCache } from '../dict.js';
import { PyTuple } from '../tuple.js';
import { PyFunction, PyStaticMethod, PyClassMethod, PyCell, PyModule, type Kwargs } from '../function.js';
import { NotImplemented } from '../singletons.js';
import {
  typeError, baseExceptionType, BaseExceptionGroup, StopIteration, SystemExit, ImportError, OSError, SyntaxError, AttributeError, NameError,
  UnicodeDecodeError, UnicodeEncodeError,
} from '../exceptions.js';
import { PyMember, slotNames } from '../member.js';
import {
  defaultRepr, repr, str as pyStr, call, typeName, getAttr, setAttr, delAttr, genericDelAttr, callDescr, truthy, constructInstance, setTypeCall, toArray,
  getAttrMaybe, genericGetAttr, noAttribute, typeSetAttr, typeDelAttr,
} from '../ops.js';
import { PyList } from '../tuple.js';

// ---------------------------------------------------------------- object

method(objectType, '__repr__', (args) => defaultRepr(args[0]));
method(objectType, '__str__', (args) => repr(args[0]));
method(objectType, '__eq__', (args) => (args[0] === args[1] ? true : NotImplemented));
method(objectType, '__ne__', (args) => {
  const self = args[0], other = args[1];
  const r = callDescr(typeOf(self).lookup('__eq__'), self, [other]);
  if (r === NotImplemented) return NotImplemented;
  return !truthy(r);
});
method(objectType, '__hash__', (args) => Math.floor(objectId(args[0] as object) / 16));
// The generic lookup, without the class's own __getattribute__ or __getattr__ (they call this).
method(objectType, '__getattribute__', (args) => {
  const obj = args[0];
  const name = pyStr(args[1]);
  const v = obj instanceof PyType || obj instanceof PyModule ? getAttrMaybe(obj, name) : genericGetAttr(obj, typeOf(obj), name);
  if (v === undefined) throw noAttribute(obj, name);
  return v;
});
method(objectType, '__delattr__', (args) => {
  genericDelAttr(args[0], pyStr(args[1]));
  return null;
});
method(objectType, '__reduce_ex__', () => null);
method(objectType, '__dir__', (args) => new PyList(dirOf(args[0])));
classMethod(objectType, '__init_subclass__', (args, kw) => {
  if (kw !== null && kw.size > 0) throw typeError(`${(args[0] as PyType).name}.__init_subclass__() takes no keyword arguments`);
  return null;
});
// What abc.ABCMeta asks first; NotImplemented lets the usual checks decide.
classMethod(objectType, '__subclasshook__', () => NotImplemented);
for (const name of ['__lt__', '__le__', '__gt__', '__ge__']) method(objectType, name, () => NotImplemented);
method(objectType, '__reduce__', () => null);
method(objectType, '__sizeof__', () => 16);
method(objectType, '__getstate__', (args) => (args[0] instanceof PyObject && args[0].dict !== null ? args[0].dict : null));

/** Attribute names for dir(): instance dict, then the MRO's namespaces, sorted. */
export function dirOf(o: unknown): string[] {
  const names = new Set<string>();
  if (o instanceof PyObject && o.dict !== null) for (const k of (o.dict as PyDict).map.keys()) if (typeof k === 'string') names.add(k);
  const t = o instanceof PyType ? o : typeOf(o);
  for (const b of t.mro) {
    for (const k of b.ns.keys()) names.add(k);
    // User classes carry __dict__ and __weakref__ descriptors in CPython.
    if (!b.builtin) {
      names.add('__dict__');
      names.add('__weakref__');
    }
  }
  names.add('__class__');
  names.add('__doc__');
  return [...names].sort();
}

// ---------------------------------------------------------------- type

method(typeType, '__repr__', (args) => {
  const t = args[0] as PyType;
  if (t.module === 'builtins') return `<class '${t.qualname}'>`;
  return `<class '${t.module}.${t.qualname}'>`;
});
method(typeType, 'mro', (args) => new PyList((args[0] as PyType).mro.slice()));
// The namespace a class body fills: a new dict (a metaclass may give another mapping).
classMethod(typeType, '__prepare__', () => new PyDict());
method(typeType, '__subclasses__', (args) => new PyList((args[0] as PyType).subclasses.slice()));
method(typeType, '__instancecheck__', (args) => typeOf(args[1]).isSubtypeOf(args[0] as PyType));
method(typeType, '__subclasscheck__', (args) => (args[1] as PyType).isSubtypeOf(args[0] as PyType));
setTypeCall(method(typeType, '__call__', (args, kw) => {
  const t = args[0];
  return t instanceof PyType ? constructInstance(t, args.slice(1), kw) : call(t, args.slice(1), kw);
}));
constructor(typeType, (args, kw) => {
  const meta = args[0] as PyType;
  if (args.length === 2 && meta === typeType) return typeOf(args[1]);
  if (args.length !== 4) throw typeError('type() takes 1 or 3 arguments');
  const [name, bases, ns] = args.slice(1);
  if (typeof name !== 'string') throw typeError(`type.__new__() argument 1 must be str, not ${typeName(name)}`);
  if (!(bases instanceof PyTuple)) throw typeError(`type.__new__() argument 2 must be tuple, not ${typeName(bases)}`);
  if (!(ns instanceof PyDict)) throw typeError(`type.__new__() argument 3 must be dict, not ${typeName(ns)}`);
  return createClass(meta, name, bases.items as PyType[], ns, kw);
});
method(typeType, '__init__', () => null);
method(typeType, '__setattr__', (args) => {
  const t = args[0];
  if (t instanceof PyType) typeSetAttr(t, pyStr(args[1]), args[2]);
  else setAttr(t, pyStr(args[1]), args[2]);
  return null;
});
method(typeType, '__delattr__', (args) => {
  const t = args[0];
  if (t instanceof PyType) typeDelAttr(t, pyStr(args[1]));
  else delAttr(t, pyStr(args[1]));
  return null;
});

/**
 * The exception classes whose instances carry fields of their own in
 * CPython (the others share BaseException's layout): two bases conflict
 * only when their nearest such classes are unrelated, so class E(ValueError,
 * TypeError) is allowed and class E(OSError, StopIteration) is not.
 */
const SOLID_EXCEPTIONS = new Set<PyType>([baseExceptionType, BaseExceptionGroup, StopIteration, SystemExit, ImportError, OSError, SyntaxError,
  AttributeError, NameError, UnicodeDecodeError, UnicodeEncodeError]);

/** What `class Name(bases): body` creates once the body has filled `ns`. */
export function createClass(meta: PyType, name: string, bases: PyType[], ns: PyDict, kw: Kwargs = null): PyType {
  for (const b of bases) {
    if (!(b instanceof PyType)) throw typeError('bases must be types');
    if (b === noneType || b.name === 'bool' || b.name === 'function' || b.name === 'generator') {
      throw typeError(`type '${b.name}' is not an acceptable base type`);
    }
  }
  const realBases = bases.length > 0 ? bases : [objectType];
  let layoutBase: PyType = objectType;
  for (const b of realBases) {
    for (const m of b.mro) {
      if (m.layout !== 'object' && (m.layout !== 'exception' || SOLID_EXCEPTIONS.has(m))) {
        if (layoutBase !== objectType && !m.isSubtypeOf(layoutBase) && !layoutBase.isSubtypeOf(m)) {
          throw typeError('multiple bases have instance lay-out conflict');
        }
        if (layoutBase === objectType || m.isSubtypeOf(layoutBase)) layoutBase = m;
        break;
      }
    }
  }
  let slotted: PyType | null = null;
  for (const b of realBases) {
    const s = b.slotted;
    if (s === null || (slotted !== null && slotted.isSubtypeOf(s))) continue;
    if (slotted !== null && !s.isSubtypeOf(slotted)) throw typeError('multiple bases have instance lay-out conflict');
    slotted = s;
  }
  const slotsDecl = ns.get('__slots__');
  const slots = slotsDecl === undefined ? null
    : slotNames(slotsDecl, toArray, name, layoutBase, (n) => ns.get(n) !== undefined);
  const t = new PyType(name, realBases, layoutBase.layout, false, meta);
  const mro = computeMro(t);
  if (mro === null) {
    // Undo the registration in the bases' subclass lists.
    for (const b of realBases) b.subclasses.splice(b.subclasses.indexOf(t), 1);
    throw typeError(`Cannot create a consistent method resolution\norder (MRO) for bases ${mroConflict(t).map((b) => b.name).join(', ')}`);
  }
  t.mro = mro;
  // Instances get a __dict__ unless every class along the way declared __slots__ without one.
  t.hasInstanceDict = slots === null || slots.wantsDict || realBases.some((b) => b.hasInstanceDict);
  t.slotted = slots !== null && slots.names.length > 0 ? t : slotted;
  let cell: PyCell | null = null;
  for (const [k, v] of ns.entries()) {
    if (k === '__classcell__') {
      cell = v as PyCell;
      continue;
    }
    let val = v;
    if ((k === '__new__') && val instanceof PyFunction) val = new PyStaticMethod(val);
    if ((k === '__init_subclass__' || k === '__class_getitem__') && val instanceof PyFunction) val = new PyClassMethod(val);
    t.ns.set(k as string, val);
  }
  if (slots !== null) for (const n of slots.names) t.ns.set(n, new PyMember(n, t));
  const mod = ns.get('__module__');
  if (typeof mod === 'string') t.module = mod;
  const qn = ns.get('__qualname__');
  if (typeof qn === 'string') t.qualname = qn;
  t.ns.delete('__qualname__');
  if (cell !== null) cell.v = t;
  // A class that defines __eq__ without __hash__ is unhashable, as in Python 3.
  if (t.ns.has('__eq__') && !t.ns.has('__hash__')) t.ns.set('__hash__', null);
  invalidateHashCache(t);
  // Descriptors learn the name they were given (__set_name__), in definition order.
  for (const [k, v] of t.ns) {
    if (!(v instanceof PyObject) || v instanceof PyType || v.cls.builtin) continue;
    const setName = v.cls.lookup('__set_name__');
    if (setName !== undefined) callDescr(setName, v, [t, k]);
  }
  // __init_subclass__ of the parent, with the class statement's keywords.
  const parent = t.mro[1];
  if (parent !== undefined) {
    const isc = parent.lookup('__init_subclass__');
    const kwargs = kw !== null && kw.size > 0 ? kw : null;
    if (isc instanceof PyClassMethod) call(isc.func, [t], kwargs);
  }
  return t;
}

