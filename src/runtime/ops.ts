// The generic object protocols: calling, attribute access, truth, repr/str,
// hashing, equality, ordering, arithmetic, subscripting and iteration.
//
// Every protocol first tries the JS fast path for builtin values, then falls
// back to the Python-level special method found on the type (so a subclass
// of a builtin, or a user class, behaves as in CPython). The VM inlines the
// very hottest cases itself and calls these for everything else.

import {
  PyObject, PyType, PyFloat, typeOf, objectType, typeType, floatType, objectId,
  UNSET,
} from './object.js';
import {
  PyBaseException, typeError, attributeError, pyErr, StopIteration, excMatches, ValueError, OverflowError, IndexError, AttributeError,
} from './exceptions.js';
import { PyTuple, PyList, EMPTY_TUPLE } from './tuple.js';
import { PyDict, PySet } from './dict.js';
import {
  PyFunction, PyBuiltin, PyBoundMethod, PyProperty, PyStaticMethod, PyClassMethod, PyModule, Kwargs,
  directCall,
} from './function.js';
import { NotImplemented } from './singletons.js';
import { PyMember } from './member.js';
import { PyIter, ListIter, ArrayIter, StrIter, tupleIteratorType, JsIter, seqIteratorType } from './iter.js';
import * as I from './int-math.js';
import { floatRepr } from './format/float-repr.js';
import { MAX_ITEMS, outOfMemory, enterNested, leaveNested } from './limits.js';
import { PyGetSet } from './member.js';
import { loadLazy, loadAllLazy } from './lazy-attrs.js';
import { strRepr, intToDecimal } from './format/int-text.js';

// ---------------------------------------------------------------- calls

/** Set by the VM: runs a Python function to completion and returns its result. */
export const hooks = {
  callFunction: (_f: PyFunction, _args: unknown[], _kw: Kwargs): unknown => {
    throw new Error('pygil: VM not initialised');
  },
};

/** Calls any Python callable from JS code. */
export function call(f: unknown, args: unknown[], kw: Kwargs = null): unknown {
  if (f instanceof PyFunction) return hooks.callFunction(f, args, kw);
  if (f instanceof PyBuiltin) {
    // Called from JS: it may not block (directCall), and its caller may still.
    const direct = directCall.on;
    directCall.on = false;
    const r = f.self !== undefined ? f.fn([f.self, ...args], kw) : f.fn(args, kw);
    directCall.on = direct;
    return r;
  }
  if (f instanceof PyBoundMethod) return call(f.func, [f.self, ...args], kw);
  if (f instanceof PyType) return callType(f, args, kw);
  const dunder = typeOf(f).lookup('__call__');
  if (dunder !== undefined) return call(dunder, [f, ...args], kw);
  throw typeError(`'${typeName(f)}' object is not callable`);
}

/** type(...)(args): __new__ then __init__, as type.__call__ does. */
/**
 * BaseException's own __new__ and __init__ (installed by
 * types/exception-type.ts): an exception type that uses both (every builtin
 * one but a few, and classes that define neither) is called without calling
 * them; both only set `args`.
 */
export const plainException: { new: unknown; init: unknown } = { new: null, init: null };

export function callType(t: PyType, args: unknown[], kw: Kwargs): unknown {
  // A metaclass that defines __call__ decides what calling its classes does.
  const meta = t.cls;
  if (meta !== typeType) {
    const mc = meta.lookup('__call__');
    if (mc !== typeCall && mc !== undefined) return callDescr(mc, t, args, kw);
  }
  return constructInstance(t, args, kw);
}

/** type.__call__ (set by types/object-type.ts): compared by identity in callType. */
export let typeCall: unknown = null;
export function setTypeCall(f: unknown): void {
  typeCall = f;
}

/** type.__call__(t, *args, **kw): __new__, then __init__ when __new__ gave an instance of t. */
export function constructInstance(t: PyType, args: unknown[], kw: Kwargs): unknown {
  if (t === typeType && args.length === 1 && (kw === null || kw.size === 0)) return typeOf(args[0]);
  const newFn = t.lookup('__new__');
  if (newFn === plainException.new && (kw === null || kw.size === 0) && t.lookup('__init__') === plainException.init) {
    const e = allocInstance(t) as PyObject & { args: PyTuple };
    e.args = args.length === 0 ? EMPTY_TUPLE : new PyTuple(args.slice());
    return e;
  }
  let obj: unknown;
  if (newFn === objectNew) {
    obj = allocInstance(t);
    checkNoArgs(t, args, kw);
  } else {
    const f = newFn instanceof PyStaticMethod ? newFn.func : newFn;
    obj = call(f, [t, ...args], kw);
  }
  if (obj instanceof PyObject && obj.cls.isSubtypeOf(t) && !(t === typeType)) {
    const init = t.lookup('__init__');
    if (init !== objectInit && init !== undefined) {
      const r = call(init, [obj, ...args], kw);
      if (r !== null) throw typeError(`__init__() should return None, not '${typeName(r)}'`);
    }
  }
  return obj;
}

function checkNoArgs(t: PyType, args: unknown[], kw: Kwargs): void {
  if ((args.length > 0 || (kw !== null && kw.size > 0)) && t.lookup('__init__') === objectInit) {
    throw typeError(`${t.tpName}() takes no arguments`);
  }
}

/**
 * The sorted names of the abstract methods a class has left (the
 * __abstractmethods__ that abc.ABCMeta computes), or null: object.__new__
 * refuses to instantiate such a class. Cached on the type.
 */
function abstractMethods(t: PyType): string[] | null {
  let names = t.abstractNames;
  if (names === UNSET) {
    const v = t.lookup('__abstractmethods__');
    const list = v instanceof PySet ? toArray(v).map((n) => str(n)).sort() : [];
    names = list.length > 0 ? list : null;
    t.abstractNames = names;
  }
  return names as string[] | null;
}

/** Creates a bare instance of `t` using its solid base's layout. */
export function allocInstance(t: PyType): PyObject {
  const abstract = abstractMethods(t);
  if (abstract !== null) {
    throw typeError(`Can't instantiate abstract class ${t.name} with abstract method${abstract.length > 1 ? 's' : ''} ${abstract.join(', ')}`);
  }
  let o: PyObject;
  for (const b of t.mro) {
    if (b.alloc !== null) {
      o = b.alloc(t);
      if (t.hasInstanceDict && o.dict === null) o.dict = new PyDict();
      return o;
    }
  }
  o = new PyObject(t);
  if (t.hasInstanceDict) o.dict = new PyDict();
  return o;
}

// object.__new__ / object.__init__ are compared by identity in callType, so
// they are created here and installed on `object` by the builtins module.
export const objectNew: PyStaticMethod = new PyStaticMethod(new PyBuiltin('__new__', (args, kw) => {
  const t = args[0];
  if (!(t instanceof PyType)) throw typeError('object.__new__(X): X is not a type object');
  // A class built on a builtin type with a __new__ of its own (int, list, an
  // exception) needs that one: object's would leave its value unmade. As
  // CPython names it: the first class up the base chain whose __new__ is
  // not Python code.
  let base: PyType | undefined = t;
  while (base !== undefined && isPythonNew(base.lookup('__new__'))) base = base.bases[0];
  if (base !== undefined && base.lookup('__new__') !== objectNew) {
    throw typeError(`object.__new__(${t.tpName}) is not safe, use ${base.tpName}.__new__()`);
  }
  if (args.length > 1 || (kw !== null && kw.size > 0)) {
    // CPython's object_new: extra arguments are an error when __new__ is
    // overridden (they were meant for it), or when __init__ is not.
    if (t.lookup('__new__') !== objectNew && onlyPythonBases(t)) {
      throw typeError('object.__new__() takes exactly one argument (the type to instantiate)');
    }
    if (t.lookup('__init__') === objectInit) throw typeError(`${t.tpName}() takes no arguments`);
  }
  return allocInstance(t);
}));
/**
 * A class whose bases are all Python classes (and object): there object's
 * rules on extra arguments are CPython's. A builtin base may take its
 * arguments in an __init__ that pygil's version does not have (classmethod,
 * property ...), so object's are not checked under one.
 */
function onlyPythonBases(t: PyType): boolean {
  for (const c of t.mro) if (c.builtin && c !== objectType) return false;
  return true;
}

function isPythonNew(f: unknown): boolean {
  return (f instanceof PyStaticMethod ? f.func : f) instanceof PyFunction;
}

export const objectInit = new PyBuiltin('__init__', (args, kw) => {
  const self = args[0];
  if (args.length > 1 || (kw !== null && kw.size > 0)) {
    // CPython's object_init: the mirror image of object_new's rule.
    const t = typeOf(self);
    if (onlyPythonBases(t)) {
      if (t.lookup('__init__') !== objectInit) throw typeError('object.__init__() takes exactly one argument (the instance to initialize)');
      if (t.lookup('__new__') === objectNew) throw typeError(`${t.tpName}.__init__() takes exactly one argument (the instance to initialize)`);
    }
  }
  return null;
}, true);
objectType.ns.set('__new__', objectNew);
objectInit.owner = objectType;
objectType.ns.set('__init__', objectInit);

/** Calls method `name` found on the type of `obj` (special-method lookup). */
export function callMethod(obj: unknown, name: string, args: unknown[]): unknown {
  const f = typeOf(obj).lookup(name);
  if (f === undefined) throw attributeError(`'${typeName(obj)}' object has no attribute '${name}'`);
  return callDescr(f, obj, args);
}

/** Calls a value found on a type as a method of `obj`, honouring descriptors. */
export function callDescr(f: unknown, obj: unknown, args: unknown[], kw: Kwargs = null): unknown {
  if (f instanceof PyFunction) return hooks.callFunction(f, [obj, ...args], kw);
  if (f instanceof PyBuiltin) {
    const direct = directCall.on;
    directCall.on = false;
    const r = f.binds ? f.fn([obj, ...args], kw) : f.fn(args, kw);
    directCall.on = direct;
    return r;
  }
  if (f instanceof PyStaticMethod) return call(f.func, args, kw);
  if (f instanceof PyClassMethod) return call(f.func, [typeOf(obj), ...args], kw);
  return call(bindDescr(f, obj, typeOf(obj)), args, kw);
}

export function typeName(v: unknown): string {
  return typeOf(v).tpName;
}

// ---------------------------------------------------------------- attributes

/** Binds a class attribute found for instance `obj` (functions become methods). */
export function bindDescr(attr: unknown, obj: unknown, t: PyType): unknown {
  if (attr instanceof PyFunction) return new PyBoundMethod(attr, obj);
  if (attr instanceof PyBuiltin) {
    if (!attr.binds) return attr;
    const bound = new PyBuiltin(attr.name, attr.fn, true, obj);
    bound.owner = attr.owner; // error messages name it "str.zfill()", as CPython's
    bound.resumes = attr.resumes;
    return bound;
  }
  if (attr instanceof PyProperty) {
    if (attr.fget === null) throw attributeError(`property of '${t.tpName}' object has no getter`);
    return call(attr.fget, [obj]);
  }
  if (attr instanceof PyStaticMethod) return attr.func;
  if (attr instanceof PyClassMethod) return classMethodGet(attr, t);
  if (attr instanceof PyObject && !(attr instanceof PyType)) {
    const get = attr.cls.lookup('__get__');
    if (get !== undefined) return callDescr(get, attr, [obj, t]);
  }
  return attr;
}

/**
 * classmethod.__get__: the function bound to the class; a wrapped
 * descriptor (classmethod(property(...)), chaining as Python 3.11 does) is
 * asked for its value on the class instead.
 */
export function classMethodGet(cm: PyClassMethod, t: PyType): unknown {
  const f = cm.func;
  if (f instanceof PyBuiltin) {
    // A builtin class method (dict.fromkeys): a builtin bound to the class, as CPython shows it.
    const bound = new PyBuiltin(f.name, f.fn, true, t);
    bound.owner = f.owner;
    return bound;
  }
  if (f instanceof PyFunction || f instanceof PyType || !(f instanceof PyObject)) return new PyBoundMethod(f, t);
  if (f instanceof PyProperty || f.cls.lookup('__get__') !== undefined) return bindDescr(f, t, typeOf(t));
  return new PyBoundMethod(f, t);
}

/**
 * getattr(obj, name) without the AttributeError: undefined when absent
 * (also when a class's own __getattribute__ raises AttributeError).
 */
export function getAttrMaybe(obj: unknown, name: string): unknown {
  if (obj instanceof PyType) return typeGetAttr(obj, name);
  if (obj instanceof PyModule) {
    const d = obj.dict as PyDict;
    const v = d.map.get(name);
    if (v !== undefined) return v;
    if (name === '__dict__') {
      loadAllLazy(d);
      return d;
    }
    return loadLazy(d, name) ? d.map.get(name) : undefined;
  }
  const t = typeOf(obj);
  if (t.getattro !== null) return t.getattro(obj, name);
  const ga = getattributeOverride(t);
  if (ga === undefined) return genericGetAttr(obj, t, name);
  try {
    return callDescr(ga, obj, [name]);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubtypeOf(AttributeError)) return undefined;
    throw e;
  }
}

/** object.__getattribute__: the type's data descriptors, then the instance dict, then the type's attributes. */
export function genericGetAttr(obj: unknown, t: PyType, name: string): unknown {
  const attr = t.lookup(name);
  if (attr instanceof PyProperty) return bindDescr(attr, obj, t);
  if (attr instanceof PyMember) return attr.get(obj);
  if (attr !== undefined && attr instanceof PyObject && isDataDescriptor(attr)) return bindDescr(attr, obj, t);
  if (obj instanceof PyObject && obj.dict !== null) {
    const v = (obj.dict as PyDict).map.get(name);
    if (v !== undefined) return v;
  }
  if (attr !== undefined) return bindDescr(attr, obj, t);
  const special = specialAttr(obj, t, name);
  if (special !== undefined) return special;
  return undefined;
}

export function isDataDescriptor(attr: PyObject): boolean {
  if (attr instanceof PyFunction || attr instanceof PyBuiltin || attr instanceof PyType) return false;
  const t = attr.cls;
  if (t.builtin) return false;
  return t.lookup('__set__') !== undefined || t.lookup('__delete__') !== undefined;
}

/** Attributes every object has that are not stored in a namespace. */
function specialAttr(obj: unknown, t: PyType, name: string): unknown {
  switch (name) {
    case '__class__':
      return t;
    case '__dict__':
      if (obj instanceof PyObject && obj.dict !== null) return obj.dict;
      break;
  }
  const hooked = attrHooks.get(t.layout)?.(obj, name);
  if (hooked !== undefined) return hooked;
  if (name === '__doc__') return null;
  return undefined;
}

/** Per-layout providers of computed attributes (exception args, function __name__ ...). */
export const attrHooks = new Map<string, (obj: unknown, name: string) => unknown>();

/**
 * The __getattribute__ a class defines for its instances (its own or a
 * base's), or undefined for object's: cached per type like __setattr__.
 */
export function getattributeOverride(t: PyType): unknown {
  let ga = t.getattributeOverride;
  if (ga === UNSET) {
    ga = t.lookup('__getattribute__');
    if (ga === objectType.ns.get('__getattribute__')) ga = undefined;
    t.getattributeOverride = ga;
  }
  return ga;
}

export function getAttr(obj: unknown, name: string): unknown {
  const t = obj instanceof PyType ? null : typeOf(obj);
  const ga = t === null ? undefined : t.lookup('__getattr__');
  // A class's own __getattribute__ answers, or raises its own AttributeError.
  const own = t !== null && t.getattro === null && !(obj instanceof PyModule) ? getattributeOverride(t) : undefined;
  if (ga === undefined) {
    if (own !== undefined) return callDescr(own, obj, [name]);
    const v = getAttrMaybe(obj, name);
    if (v !== undefined) return v;
    throw noAttribute(obj, name);
  }
  // With __getattr__, any AttributeError of the normal lookup (a property's
  // getter raising one included) falls back to it, as in CPython.
  try {
    const v = own !== undefined ? callDescr(own, obj, [name]) : getAttrMaybe(obj, name);
    if (v !== undefined) return v;
  } catch (e) {
    if (!(e instanceof PyBaseException && e.cls.isSubtypeOf(AttributeError))) throw e;
  }
  return callDescr(ga, obj, [name]);
}

export function noAttribute(obj: unknown, name: string): PyBaseException {
  let e: PyBaseException;
  if (obj instanceof PyModule) e = attributeError(`module '${obj.name}' has no attribute '${name}'`);
  else if (obj instanceof PyType) e = attributeError(`type object '${obj.tpName}' has no attribute '${name}'`);
  else e = attributeError(`'${typeName(obj)}' object has no attribute '${name}'`);
  (e as PyBaseException & { attrName?: string; attrObj?: unknown }).attrName = name;
  (e as PyBaseException & { attrName?: string; attrObj?: unknown }).attrObj = obj;
  return e;
}

function typeGetAttr(t: PyType, name: string): unknown {
  // type's own data descriptors win over the class's attributes.
  switch (name) {
    case '__name__': return t.name;
    case '__qualname__': return t.qualname;
    case '__mro__': return new PyTuple(t.mro.slice());
    case '__bases__': return new PyTuple(t.bases.slice());
    case '__base__': return t.bases.length > 0 ? t.bases[0] : null;
    case '__class__': return t.cls;
  }
  const attr = t.lookup(name);
  if (attr !== undefined) {
    if (attr instanceof PyClassMethod) return classMethodGet(attr, t);
    if (attr instanceof PyStaticMethod) return attr.func;
    if (attr instanceof PyObject && !(attr instanceof PyType) && !(attr instanceof PyFunction) && !(attr instanceof PyBuiltin) && !(attr instanceof PyProperty)) {
      const get = attr.cls.builtin ? undefined : attr.cls.lookup('__get__');
      if (get !== undefined) return callDescr(get, attr, [null, t]);
    }
    return attr;
  }
  switch (name) {
    case '__name__': return t.name;
    case '__qualname__': return t.qualname;
    case '__module__': return t.module;
    case '__mro__': return new PyTuple(t.mro.slice());
    case '__bases__': return new PyTuple(t.bases.slice());
    case '__base__': return t.bases.length > 0 ? t.bases[0] : null;
    case '__class__': return t.cls;
    case '__dict__': return classDictView(t);
    case '__doc__': return null;
  }
  const meta = t.cls;
  if (meta !== typeType) {
    const m = meta.lookup(name);
    if (m !== undefined) return bindDescr(m, t, meta);
  }
  const typeAttr = typeType.lookup(name);
  if (typeAttr !== undefined) return bindDescr(typeAttr, t, typeType);
  return undefined;
}

/** A metaclass's own __setattr__ / __delattr__ (defined in Python), if any: it handles its classes' attributes. */
function metaHook(t: PyType, name: string): unknown {
  const meta = t.cls;
  if (meta === typeType) return undefined;
  const h = meta.lookup(name);
  return h instanceof PyFunction ? h : undefined;
}

/** type.__setattr__: a class attribute set in the class's namespace. */
export function typeSetAttr(t: PyType, name: string, value: unknown): void {
  if (t.builtin) throw typeError(`cannot set '${name}' attribute of immutable type '${t.tpName}'`);
  if (name === '__name__') { t.name = str(value); return; }
  if (name === '__qualname__') {
    if (typeof value !== 'string') throw typeError(`can only assign string to ${t.name}.__qualname__, not '${typeName(value)}'`);
    t.qualname = value;
    return;
  }
  // The class's repr and its exceptions' lines read the module from here too.
  if (name === '__module__' && typeof value === 'string') t.module = value;
  t.setAttr(name, value);
}

/** type.__delattr__. */
export function typeDelAttr(t: PyType, name: string): void {
  if (t.builtin || !t.deleteAttr(name)) throw attributeError(`type object '${t.tpName}' has no attribute '${name}'`);
}

/** The class's own __setattr__, or undefined when it has object's. */
export function setattrOverride(t: PyType): unknown {
  let sa = t.setattrOverride;
  if (sa === UNSET) {
    sa = t.lookup('__setattr__');
    if (sa === objectSetattr) sa = undefined;
    t.setattrOverride = sa;
  }
  return sa;
}

export function setAttr(obj: unknown, name: string, value: unknown): void {
  if (obj instanceof PyType) {
    const hook = metaHook(obj, '__setattr__');
    if (hook !== undefined) callDescr(hook, obj, [name, value]);
    else typeSetAttr(obj, name, value);
    return;
  }
  const t = typeOf(obj);
  if (name === '__class__' && obj instanceof PyObject) {
    setClass(obj, value);
    return;
  }
  const sa = setattrOverride(t);
  // A class's own __setattr__ comes first, even before a property: it
  // reaches descriptors through object.__setattr__, as in CPython.
  if (sa !== undefined) {
    callDescr(sa, obj, [name, value]);
    return;
  }
  genericSetAttr(obj, name, value);
}

/** `obj.__class__ = cls`, with CPython's checks (same layout, classes of Python code only). */
function setClass(obj: PyObject, cls: unknown): void {
  if (!(cls instanceof PyType)) throw typeError(`__class__ must be set to a class, not '${typeName(cls)}' object`);
  if (cls.builtin || obj.cls.builtin) throw typeError('__class__ assignment only supported for mutable types or ModuleType subclasses');
  if (cls.layout !== obj.cls.layout) throw typeError(`__class__ assignment: '${cls.name}' object layout differs from '${obj.cls.name}'`);
  obj.cls = cls;
}

/** The error for assigning or deleting through a property that cannot. */
function readOnly(p: PyProperty, name: string, t: PyType, what: 'setter' | 'deleter'): PyBaseException {
  // A builtin type's attribute is a C getset or member, not a property: CPython words those differently.
  if (p.member) return attributeError('readonly attribute');
  if (p.fget instanceof PyBuiltin) return attributeError(`attribute '${name}' of '${t.tpName}' objects is not writable`);
  return attributeError(`property '${propName(p)}' of '${t.tpName}' object has no ${what}`);
}

function propName(p: PyProperty): string {
  const f = p.fget ?? p.fset;
  return f instanceof PyFunction ? f.name : '?';
}

/** object.__setattr__: the type's data descriptors (properties, slots), else the instance dict. */
export function genericSetAttr(obj: unknown, name: string, value: unknown): void {
  const t = typeOf(obj);
  const attr = t.lookup(name);
  if (attr instanceof PyProperty) {
    if (attr.fset === null) throw readOnly(attr, name, t, 'setter');
    call(attr.fset, [obj, value]);
    return;
  }
  if (attr instanceof PyMember) {
    attr.set(obj, value);
    return;
  }
  if (attr instanceof PyObject && isDataDescriptor(attr)) {
    callDescr(attr.cls.lookup('__set__'), attr, [obj, value]);
    return;
  }
  if (obj instanceof PyObject && obj.dict !== null) {
    (obj.dict as PyDict).set(name, value);
    return;
  }
  if (attr !== undefined && !(obj instanceof PyObject && obj.cls.slotted !== null)) {
    throw attributeError(`'${t.tpName}' object attribute '${name}' is read-only`);
  }
  throw attributeError(`'${t.tpName}' object has no attribute '${name}'`);
}

export const objectSetattr = new PyBuiltin('__setattr__', (args) => {
  genericSetAttr(args[0], str(args[1]), args[2]);
  return null;
}, true);
objectType.ns.set('__setattr__', objectSetattr);

export function delAttr(obj: unknown, name: string): void {
  if (obj instanceof PyType) {
    const hook = metaHook(obj, '__delattr__');
    if (hook !== undefined) callDescr(hook, obj, [name]);
    else typeDelAttr(obj, name);
    return;
  }
  // A class's own __delattr__ comes first; object.__delattr__ (genericDelAttr) is what it may call.
  const da = typeOf(obj).lookup('__delattr__');
  if (da !== undefined && da !== objectType.ns.get('__delattr__')) {
    callDescr(da, obj, [name]);
    return;
  }
  genericDelAttr(obj, name);
}

/** object.__delattr__: descriptors (property deleters, slots), then the instance dict. */
export function genericDelAttr(obj: unknown, name: string): void {
  if (obj instanceof PyType) {
    typeDelAttr(obj, name);
    return;
  }
  const t = typeOf(obj);
  const attr = t.lookup(name);
  if (attr instanceof PyProperty) {
    if (attr.fdel === null) throw readOnly(attr, name, t, 'deleter');
    call(attr.fdel, [obj]);
    return;
  }
  if (attr instanceof PyMember) {
    attr.delete(obj);
    return;
  }
  if (attr instanceof PyObject && isDataDescriptor(attr)) {
    const del = attr.cls.lookup('__delete__');
    if (del !== undefined) {
      callDescr(del, attr, [obj]);
      return;
    }
  }
  if (obj instanceof PyObject && obj.dict !== null && (obj.dict as PyDict).delete(name)) return;
  throw attributeError(`'${t.tpName}' object has no attribute '${name}'`);
}

// ---------------------------------------------------------------- truth, repr, str

export function truthy(v: unknown): boolean {
  switch (typeof v) {
    case 'boolean': return v;
    case 'number': return v !== 0;
    case 'string': return v.length > 0;
    case 'bigint': return true;
    case 'object': {
      if (v === null) return false;
      if (v instanceof PyFloat) return v.v !== 0;
      const o = v as PyObject;
      if (o.cls.builtin) {
        if (o instanceof PyList || o instanceof PyTuple) return o.items.length > 0;
        if (o instanceof PyDict || o instanceof PySet) return o.map.size > 0;
      }
      const b = o.cls.lookup('__bool__');
      if (b !== undefined) {
        const r = callDescr(b, o, []);
        if (typeof r !== 'boolean') throw typeError(`__bool__ should return bool, returned ${typeName(r)}`);
        return r;
      }
      const l = o.cls.lookup('__len__');
      if (l !== undefined) return lenResult(callDescr(l, o, [])) > 0;
      return true;
    }
  }
  return true;
}

/** Guards against runaway recursion in repr of self-containing containers. */
const reprActive = new Set<object>();

export function repr(v: unknown): string {
  switch (typeof v) {
    case 'number': return String(v);
    case 'bigint': return intToDecimal(v);
    case 'string': return strRepr(v);
    case 'boolean': return v ? 'True' : 'False';
  }
  if (v === null) return 'None';
  if (v instanceof PyFloat && v.cls === floatType) return floatRepr(v.v);
  const f = (v as PyObject).cls.lookup('__repr__');
  const r = callDescr(f, v, []);
  if (typeof r !== 'string') throw typeError(`__repr__ returned non-string (type ${typeName(r)})`);
  return r;
}

/** Runs `body` unless `o` is already being repr'd (then returns `recursive`). */
export function reprGuard(o: object, recursive: string, body: () => string): string {
  if (reprActive.has(o)) return recursive;
  enterNested(' while getting the repr of an object');
  reprActive.add(o);
  try {
    return body();
  } finally {
    reprActive.delete(o);
    leaveNested();
  }
}

export function str(v: unknown): string {
  switch (typeof v) {
    case 'string': return v;
    case 'number': return String(v);
    case 'bigint': return intToDecimal(v);
    case 'boolean': return v ? 'True' : 'False';
  }
  if (v === null) return 'None';
  if (v instanceof PyFloat && v.cls === floatType) return floatRepr(v.v);
  const f = (v as PyObject).cls.lookup('__str__');
  const r = callDescr(f, v, []);
  if (typeof r !== 'string') throw typeError(`__str__ returned non-string (type ${typeName(r)})`);
  return r;
}

/** The default `<__main__.Foo object at 0x...>` form. */
export function defaultRepr(o: unknown): string {
  const t = typeOf(o);
  const mod = t.module === 'builtins' ? '' : t.module + '.';
  return `<${mod}${t.qualname} object at 0x${objectId(o as object).toString(16)}>`;
}

export function reprObject(v: unknown): string {
  return repr(v);
}

// ---------------------------------------------------------------- hashing and equality

export function hashObject(v: unknown): number | bigint {
  switch (typeof v) {
    case 'number': return hashInt(v);
    case 'bigint': return hashInt(v);
    case 'boolean': return v ? 1 : 0;
    case 'string': return hashString(v);
  }
  if (v === null) return 0xfcb2eb0 >> 4;
  if (v instanceof PyFloat) return hashFloat(v.v);
  const f = (v as PyObject).cls.lookup('__hash__');
  if (f === null || f === undefined) throw typeError(`unhashable type: '${typeName(v)}'`);
  const r = callDescr(f, v, []);
  if (typeof r !== 'number' && typeof r !== 'bigint' && typeof r !== 'boolean') {
    throw typeError('__hash__ method should return an integer');
  }
  // CPython reduces a __hash__ result only when it does not fit in 64 bits.
  const h = typeof r === 'boolean' ? (r ? 1 : 0) : r;
  if (typeof h === 'number') return h === -1 ? -2 : h;
  if (h >= -(1n << 63n) && h < (1n << 63n)) return h === -1n ? -2 : h;
  return hashInt(h);
}

const HASH_MODULUS = (1n << 61n) - 1n;

/** CPython's int hash: reduction modulo 2**61 - 1, with -1 mapped to -2. */
export function hashInt(v: number | bigint): number | bigint {
  if (typeof v === 'number' && Math.abs(v) < 2 ** 52) return v === -1 ? -2 : v;
  const b = BigInt(v);
  const neg = b < 0n;
  let r = (neg ? -b : b) % HASH_MODULUS;
  if (neg) r = -r;
  if (r === -1n) r = -2n;
  return I.norm(r);
}

export function hashFloat(x: number): number | bigint {
  if (Number.isInteger(x)) return hashInt(Number.isSafeInteger(x) ? x : BigInt(x));
  if (x !== x) return 0;
  if (x === Infinity) return 314159;
  if (x === -Infinity) return -314159;
  // Exact rational reduction modulo 2**61-1, as CPython does for non-integers.
  const neg = x < 0;
  let m = Math.abs(x);
  let e = 0;
  while (!Number.isInteger(m)) { m *= 2; e++; }
  let num = BigInt(m) % HASH_MODULUS;
  // multiply by inverse of 2**e mod P: 2**61 ≡ 1, so 2**-e ≡ 2**(61 - e%61)
  const sh = BigInt((61 - (e % 61)) % 61);
  num = ((num << sh) | 0n) % HASH_MODULUS;
  let r = neg ? -num : num;
  if (r === -1n) r = -2n;
  return I.norm(r);
}

/** A deterministic string hash (CPython randomises its own per run). */
export function hashString(s: string): number {
  if (s.length === 0) return 0; // as CPython's, whose empty str and bytes hash to 0
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h = h | 0;
  return h === -1 ? -2 : h;
}

/** Python `a == b` as a JS boolean. */
export function eqObjects(a: unknown, b: unknown): boolean {
  if (a === b) return a instanceof PyFloat ? a.v === a.v : true;
  const ta = typeof a, tb = typeof b;
  if (ta === 'string' || tb === 'string') return false;
  if ((ta === 'number' || ta === 'bigint' || ta === 'boolean') && (tb === 'number' || tb === 'bigint' || tb === 'boolean')) {
    return numValue(a) == numValue(b);
  }
  return truthy(richCompare(a, b, CMP_EQ));
}

function numValue(v: unknown): number | bigint {
  return typeof v === 'boolean' ? (v ? 1 : 0) : (v as number | bigint);
}

export const CMP_LT = 0, CMP_LE = 1, CMP_EQ = 2, CMP_NE = 3, CMP_GT = 4, CMP_GE = 5;
export const CMP_SYMBOLS = ['<', '<=', '==', '!=', '>', '>='];
const CMP_DUNDERS = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];
const CMP_SWAPPED = [CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE];

/** Rich comparison with Python's reflected-operand protocol; returns a Python value. */
/**
 * The special-method calls `a <op> b` (a rich comparison) tries, in
 * CPython's order, as [method, self, other] triples: the first whose
 * result is not NotImplemented answers, else compareFallback does.
 */
export function compareCalls(a: unknown, b: unknown, op: number): unknown[] {
  const ta = typeOf(a), tb = typeOf(b);
  const calls: unknown[] = [];
  let checkedReflected = false;
  if (ta !== tb && tb.isSubtypeOf(ta) && !tb.builtin) {
    const rf = tb.lookup(CMP_DUNDERS[CMP_SWAPPED[op]]);
    if (rf !== undefined) {
      checkedReflected = true;
      calls.push(rf, b, a);
    }
  }
  const f = ta.lookup(CMP_DUNDERS[op]);
  if (f !== undefined) calls.push(f, a, b);
  if (!checkedReflected) {
    const rf = tb.lookup(CMP_DUNDERS[CMP_SWAPPED[op]]);
    if (rf !== undefined) calls.push(rf, b, a);
  }
  return calls;
}

/** A comparison every method declined: == and != compare identity, the others raise. */
export function compareFallback(a: unknown, b: unknown, op: number): boolean {
  if (op === CMP_EQ) return a === b;
  if (op === CMP_NE) return a !== b;
  throw typeError(`'${CMP_SYMBOLS[op]}' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`);
}

/** The first answer other than NotImplemented of [method, self, other] `calls`, else NotImplemented. */
function firstAnswer(calls: unknown[]): unknown {
  for (let i = 0; i < calls.length; i += 3) {
    const r = callDescr(calls[i], calls[i + 1], [calls[i + 2]]);
    if (r !== NotImplemented) return r;
  }
  return NotImplemented;
}

export function richCompare(a: unknown, b: unknown, op: number): unknown {
  const r = firstAnswer(compareCalls(a, b, op));
  return r !== NotImplemented ? r : compareFallback(a, b, op);
}

/** `a < b` etc. as a JS boolean, with fast paths for numbers and strings. */
export function compareBool(a: unknown, b: unknown, op: number): boolean {
  if (typeof a === 'number' && typeof b === 'number') return cmpPrim(a, b, op);
  if (typeof a === 'string' && typeof b === 'string') return cmpPrim(a, b, op);
  return truthy(richCompare(a, b, op));
}

function cmpPrim<T extends number | string>(a: T, b: T, op: number): boolean {
  switch (op) {
    case CMP_LT: return a < b;
    case CMP_LE: return a <= b;
    case CMP_EQ: return a === b;
    case CMP_NE: return a !== b;
    case CMP_GT: return a > b;
    default: return a >= b;
  }
}

/** Python's `x < y` for sorting (raises TypeError for unorderable values). */
export function lessThan(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  if (typeof a === 'string' && typeof b === 'string') return a < b;
  return truthy(richCompare(a, b, CMP_LT));
}

// ---------------------------------------------------------------- arithmetic

// Binary operator codes, numbered as CPython 3.11's BINARY_OP arguments
// (0..12 plain, +13 for the in-place forms).
export const NB_ADD = 0, NB_AND = 1, NB_FLOOR_DIVIDE = 2, NB_LSHIFT = 3, NB_MATMUL = 4, NB_MULTIPLY = 5,
  NB_REMAINDER = 6, NB_OR = 7, NB_POWER = 8, NB_RSHIFT = 9, NB_SUBTRACT = 10, NB_TRUE_DIVIDE = 11, NB_XOR = 12;
export const NB_INPLACE = 13;
export const NB_SYMBOLS = ['+', '&', '//', '<<', '@', '*', '%', '|', '**', '>>', '-', '/', '^'];
export const NB_NAMES = ['add', 'and', 'floordiv', 'lshift', 'matmul', 'mul', 'mod', 'or', 'pow', 'rshift', 'sub', 'truediv', 'xor'];
const NB_DUNDER = NB_NAMES.map((n) => `__${n}__`);
const NB_RDUNDER = NB_NAMES.map((n) => `__r${n}__`);
const NB_IDUNDER = NB_NAMES.map((n) => `__i${n}__`);

/** Binary (op < 13) or in-place (op >= 13) arithmetic. */
/**
 * The special-method calls `a <op> b` (BINARY_OP's argument: in place from
 * NB_INPLACE) tries, in CPython's order, as [method, self, other] triples:
 * the first whose result is not NotImplemented answers, else
 * binaryOpError's TypeError is raised.
 */
export function binaryCalls(a: unknown, b: unknown, op: number): unknown[] {
  const calls: unknown[] = [];
  if (op >= NB_INPLACE) {
    op -= NB_INPLACE;
    if (typeof a === 'object' && a !== null && !(a instanceof PyFloat)) {
      const f = (a as PyObject).cls.lookup(NB_IDUNDER[op]);
      if (f !== undefined) calls.push(f, a, b);
    }
  }
  const ta = typeOf(a), tb = typeOf(b);
  let triedReflected = false;
  if (ta !== tb && tb.isSubtypeOf(ta) && !tb.builtin) {
    const rf = tb.lookup(NB_RDUNDER[op]);
    if (rf !== undefined && rf !== ta.lookup(NB_RDUNDER[op])) {
      triedReflected = true;
      calls.push(rf, b, a);
    }
  }
  const f = ta.lookup(NB_DUNDER[op]);
  if (f !== undefined) calls.push(f, a, b);
  if (ta !== tb && !triedReflected) {
    const rf = tb.lookup(NB_RDUNDER[op]);
    if (rf !== undefined) calls.push(rf, b, a);
  }
  return calls;
}

export function binaryOp(a: unknown, b: unknown, op: number): unknown {
  const r = firstAnswer(binaryCalls(a, b, op));
  if (r !== NotImplemented) return r;
  throw binaryOpError(a, b, op);
}

/** The TypeError of `a <op> b` when no method answered. */
export function binaryOpError(a: unknown, b: unknown, op: number): PyBaseException {
  const inplace = op >= NB_INPLACE;
  return binopTypeError(a, b, inplace ? op - NB_INPLACE : op, inplace);
}

function binopTypeError(a: unknown, b: unknown, op: number, inplace = false): PyBaseException {
  const ta = typeOf(a), tb = typeOf(b);
  if (op === NB_ADD && (ta.layout === 'str' || ta.layout === 'list' || ta.layout === 'tuple') && ta.name !== 'int') {
    return typeError(`can only concatenate ${ta.tpName} (not "${tb.tpName}") to ${ta.tpName}`);
  }
  if (op === NB_MULTIPLY && (ta.layout === 'str' || ta.layout === 'list' || ta.layout === 'tuple' || tb.layout === 'str' || tb.layout === 'list' || tb.layout === 'tuple')) {
    const other = ta.layout === 'str' || ta.layout === 'list' || ta.layout === 'tuple' ? tb : ta;
    return typeError(`can't multiply sequence by non-int of type '${other.tpName}'`);
  }
  const sym = inplace ? `${NB_SYMBOLS[op]}=` : op === NB_POWER ? '** or pow()' : NB_SYMBOLS[op];
  return typeError(`unsupported operand type(s) for ${sym}: '${ta.tpName}' and '${tb.tpName}'`);
}

export function unaryNegative(v: unknown): unknown {
  if (typeof v === 'number') return v === 0 ? 0 : -v;
  if (typeof v === 'boolean') return v ? -1 : 0;
  if (typeof v === 'bigint') return I.norm(-v);
  if (v instanceof PyFloat) return new PyFloat(-v.v);
  return unaryDunder(v, '__neg__', '-');
}
export function unaryPositive(v: unknown): unknown {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof PyFloat) return v;
  return unaryDunder(v, '__pos__', '+');
}
export function unaryInvert(v: unknown): unknown {
  if (typeof v === 'number' || typeof v === 'bigint') return I.intInvert(v);
  if (typeof v === 'boolean') return v ? -2 : -1;
  return unaryDunder(v, '__invert__', '~');
}
function unaryDunder(v: unknown, name: string, sym: string): unknown {
  const f = typeOf(v).lookup(name);
  if (f === undefined) throw typeError(`bad operand type for unary ${sym}: '${typeName(v)}'`);
  return callDescr(f, v, []);
}

// ---------------------------------------------------------------- numbers

/** operator.index(): the int value of an object usable as an index. */
export function toIndex(v: unknown): number | bigint {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const f = typeOf(v).lookup('__index__');
  if (f !== undefined) {
    const r = callDescr(f, v, []);
    if (typeof r === 'number' || typeof r === 'bigint') return r;
    if (typeof r === 'boolean') return r ? 1 : 0;
    throw typeError(`__index__ returned non-int (type ${typeName(r)})`);
  }
  throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
}

/** An index into a sequence, as a JS number (big values are clamped by callers). */
export function toIndexNumber(v: unknown, what = 'indices'): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return Number(v);
  const t = typeOf(v);
  if (t.lookup('__index__') === undefined) {
    throw typeError(`${what} must be integers or slices, not ${t.tpName}`);
  }
  return Number(toIndex(v));
}

export function isIntLike(v: unknown): boolean {
  const t = typeof v;
  return t === 'number' || t === 'bigint' || t === 'boolean';
}

/** float(x) for int/bool/float values; undefined when `v` is not a real number. */
export function toFloatMaybe(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (v instanceof PyFloat) return v.v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return I.intToFloat(v);
  return undefined;
}

// ---------------------------------------------------------------- containers

export function lenResult(r: unknown): number {
  if (typeof r === 'number') {
    if (r < 0) throw pyErr(ValueError, '__len__() should return >= 0');
    return r;
  }
  if (typeof r === 'boolean') return r ? 1 : 0;
  // CPython takes the result as a Py_ssize_t: an int (or __index__) that fits.
  if (typeof r === 'bigint' || (r instanceof PyObject && r.cls.lookup('__index__') !== undefined)) {
    const i = toIndex(r);
    if (typeof i === 'number') return lenResult(i);
    if (i < 0n) throw pyErr(ValueError, '__len__() should return >= 0');
    if (i >= 2n ** 63n) throw pyErr(OverflowError, "cannot fit 'int' into an index-sized integer");
    return Number(i);
  }
  throw typeError(`'${typeName(r)}' object cannot be interpreted as an integer`);
}

export function len(v: unknown): number {
  if (typeof v === 'string') return v.length;
  if (v instanceof PyList || v instanceof PyTuple) return v.items.length;
  if (v instanceof PyDict || v instanceof PySet) return v.map.size;
  const f = typeOf(v).lookup('__len__');
  if (f === undefined) throw typeError(`object of type '${typeName(v)}' has no len()`);
  return lenResult(callDescr(f, v, []));
}

export function getItem(obj: unknown, key: unknown): unknown {
  const t = typeOf(obj);
  const f = t.lookup('__getitem__');
  if (f !== undefined) return callDescr(f, obj, [key]);
  if (obj instanceof PyType) {
    const cg = obj.lookup('__class_getitem__');
    if (cg !== undefined) return call(bindDescr(cg, null, obj), [key]);
    throw typeError(`type '${obj.name}' is not subscriptable`);
  }
  throw typeError(`'${t.tpName}' object is not subscriptable`);
}

export function setItem(obj: unknown, key: unknown, value: unknown): void {
  const f = typeOf(obj).lookup('__setitem__');
  if (f === undefined) throw typeError(`'${typeName(obj)}' object does not support item assignment`);
  callDescr(f, obj, [key, value]);
}

export function delItem(obj: unknown, key: unknown): void {
  const f = typeOf(obj).lookup('__delitem__');
  if (f === undefined) {
    // CPython words it two ways: "doesn't" when an index is deleted from a type
    // with sequence methods (__getitem__, __contains__; every class defined in
    // Python), else "does not".
    const t = typeOf(obj);
    const index = typeof key === 'number' || typeof key === 'bigint' || typeof key === 'boolean' ||
      (key instanceof PyObject && !(key instanceof PyFloat) && typeOf(key).lookup('__index__') !== undefined);
    const seq = index && (!t.builtin || t.lookup('__getitem__') !== undefined || t.lookup('__contains__') !== undefined);
    throw typeError(`'${t.tpName}' object ${seq ? "doesn't" : 'does not'} support item deletion`);
  }
  callDescr(f, obj, [key]);
}

export function contains(container: unknown, item: unknown): boolean {
  if (typeof container === 'string') {
    if (typeof item === 'string') return container.includes(item);
    // A str subclass instance keeps its text in .v (types/str-type.ts).
    if (item instanceof PyObject && item.cls.layout === 'str') return container.includes((item as PyObject & { v: string }).v);
    throw typeError(`'in <string>' requires string as left operand, not ${typeName(item)}`);
  }
  if (container instanceof PyDict && container.cls.builtin) return container.has(item);
  if (container instanceof PySet && container.cls.builtin) return container.has(item);
  if ((container instanceof PyList || container instanceof PyTuple) && container.cls.builtin) {
    const items = container.items;
    for (let i = 0; i < items.length; i++) if (items[i] === item || eqObjects(items[i], item)) return true;
    return false;
  }
  const t = typeOf(container);
  const f = t.lookup('__contains__');
  if (f !== undefined) return truthy(callDescr(f, container, [item]));
  if (t.lookup('__iter__') === undefined && t.lookup('__getitem__') === undefined) {
    throw typeError(`argument of type '${t.tpName}' is not iterable`);
  }
  const it = getIter(container);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) if (x === item || eqObjects(x, item)) return true;
  return false;
}

// ---------------------------------------------------------------- iteration

/** What __iter__ returned, which must be an iterator. */
export function checkIterResult(it: unknown): unknown {
  if (!(it instanceof PyIter) && typeOf(it).lookup('__next__') === undefined) {
    throw typeError(`iter() returned non-iterator of type '${typeName(it)}'`);
  }
  return it;
}

export function getIter(v: unknown): unknown {
  if (v instanceof PyIter) return v;
  if (typeof v === 'string') return new StrIter(v);
  if (v instanceof PyList && v.cls.builtin) return new ListIter(v);
  if (v instanceof PyTuple && v.cls.builtin) return new ArrayIter(v.items, tupleIteratorType);
  const t = typeOf(v);
  const f = t.lookup('__iter__');
  if (f !== undefined && f !== null) {
    return checkIterResult(callDescr(f, v, []));
  }
  const gi = t.lookup('__getitem__');
  if (gi !== undefined && f !== null) return new JsIter(seqIterate(v, gi), seqIteratorType);
  throw typeError(`'${t.tpName}' object is not iterable`);
}

function* seqIterate(v: unknown, gi: unknown): Generator<unknown> {
  for (let i = 0; ; i++) {
    let x: unknown;
    try {
      x = callDescr(gi, v, [i]);
    } catch (e) {
      if (e instanceof PyBaseException && (excMatches(e, IndexError) || excMatches(e, StopIteration))) return;
      throw e;
    }
    yield x;
  }
}

/** Next value of a Python iterator, or undefined when it is exhausted. */
/**
 * Items that builtins (sum, list, sorted, any, str.join…) may still take
 * from iterators in this run: `--max-steps` bounds them too, so that
 * `sum(range(10**12))` stops like a Python loop would. runSource sets it.
 */
export const hostSteps = { left: Infinity, stop: (): void => {} };

/** One more step of a builtin's own loop, against `--max-steps` (see hostSteps). */
export function hostStep(): void {
  if (--hostSteps.left < 0) hostSteps.stop();
}

export function iterNext(it: unknown): unknown {
  hostStep();
  if (it instanceof PyIter) return it.next();
  const f = typeOf(it).lookup('__next__');
  if (f === undefined) throw typeError(`'${typeName(it)}' object is not an iterator`);
  try {
    return callDescr(f, it, []);
  } catch (e) {
    if (e instanceof PyBaseException && excMatches(e, StopIteration)) return undefined;
    throw e;
  }
}

/** Drains any iterable into a JS array. */
export function toArray(v: unknown): unknown[] {
  if ((v instanceof PyList || v instanceof PyTuple) && v.cls.builtin) return v.items.slice();
  if (typeof v === 'string') return Array.from(v);
  const it = getIter(v);
  const out: unknown[] = [];
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) {
    if (out.length >= MAX_ITEMS) throw outOfMemory();
    out.push(x);
  }
  return out;
}

/** Like toArray, but returns the list's own items when that is safe to read. */
export function asArray(v: unknown): unknown[] {
  if ((v instanceof PyList || v instanceof PyTuple) && v.cls.builtin) return v.items;
  return toArray(v);
}

/**
 * What `C.__dict__` shows: the class's namespace, and for a Python class
 * what CPython's type() adds to it (a `__dict__` and a `__weakref__`
 * descriptor when the class is the first to give its instances those, and
 * `__doc__` None when the body has no docstring).
 */
function classDictView(t: PyType): PyDict {
  const d = new PyDict();
  for (const [k, v] of t.ns) d.set(k, v);
  if (t.builtin) return d;
  if (!t.ns.has('__slots__')) {
    const bases = t.mro.slice(1);
    if (!bases.some((b) => b.hasInstanceDict)) d.set('__dict__', new PyGetSet('__dict__', t));
    // Python classes without __slots__ give weak references; builtin bases here do not.
    if (!bases.some((b) => !b.builtin && !b.ns.has('__slots__'))) d.set('__weakref__', new PyGetSet('__weakref__', t));
  }
  if (!t.ns.has('__doc__')) d.set('__doc__', null);
  return d;
}

export function isInstance(v: unknown, t: PyType): boolean {
  return typeOf(v).isSubtypeOf(t);
}

