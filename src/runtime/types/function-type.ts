// Attributes and reprs of functions, methods, builtins, modules, cells,
// property, staticmethod and classmethod.

import { PyType, objectId, typeOf, valueId } from '../object.js';
import { method, constructor, getter } from '../define.js';
import {
  functionType, builtinFunctionType, methodDescriptorType, methodType, moduleType, propertyType, staticmethodType,
  classmethodType, PyFunction, PyBuiltin, PyBoundMethod, PyModule, PyProperty, PyStaticMethod, PyClassMethod, cellType, PyCell,
} from '../function.js';
import { repr, call, attrHooks, bindDescr, getAttrMaybe, truthy, classMethodGet } from '../ops.js';
import { typeError, attributeError, valueError } from '../exceptions.js';
import { PyDict } from '../dict.js';
import { PyTuple } from '../tuple.js';
import { isSlotWrapper } from './native-args.js';
import { codeType, CodeObject } from '../../compiler/code.js';

const hex = (o: object) => '0x' + objectId(o).toString(16);

method(functionType, '__repr__', (args) => {
  const f = args[0] as PyFunction;
  return `<function ${f.qualname} at ${hex(f)}>`;
});
method(functionType, '__get__', (args) => (args[1] === null ? args[0] : new PyBoundMethod(args[0], args[1])));
method(functionType, '__call__', (args, kw) => call(args[0], args.slice(1), kw));
// The other callables' __call__ (what collections.abc.Callable looks for); a staticmethod calls its function.
for (const t of [builtinFunctionType, methodDescriptorType, methodType]) method(t, '__call__', (args, kw) => call(args[0], args.slice(1), kw));
method(staticmethodType, '__call__', (args, kw) => call((args[0] as PyStaticMethod).func, args.slice(1), kw));
attrHooks.set('other', (obj, name) => {
  if (obj instanceof PyFunction) {
    switch (name) {
      case '__name__': return obj.name;
      case '__qualname__': return obj.qualname;
      case '__module__': return obj.module;
      case '__doc__': return obj.doc;
      case '__defaults__': return obj.defaults === null ? null : new PyTuple(obj.defaults);
      case '__code__': return obj.code;
      case '__closure__': return obj.closure === null ? null : new PyTuple(obj.closure);
      case '__kwdefaults__': {
        if (obj.kwdefaults === null) return null;
        const d = new PyDict();
        for (const [k, v] of obj.kwdefaults) d.set(k, v);
        return d;
      }
      case '__globals__': return obj.globals;
      case '__annotations__': return functionAnnotations(obj);
      case '__dict__': {
        if (obj.dict === null) obj.dict = new PyDict();
        return obj.dict;
      }
      case '__wrapped__': return undefined;
    }
    return undefined;
  }
  if (obj instanceof PyBuiltin) {
    if (name === '__name__' || name === '__qualname__') return obj.name;
    if (name === '__self__') return obj.self === undefined ? null : obj.self;
    if (name === '__doc__') return null;
    if (name === '__module__') return obj.moduleName;
    return undefined;
  }
  if (obj instanceof PyBoundMethod) {
    if (name === '__self__') return obj.self;
    if (name === '__func__') return obj.func;
    // Everything else is the function's, its own attributes too (abc marks abstract ones with __isabstractmethod__).
    return getAttrMaybe(obj.func, name);
  }
  if (obj instanceof PyModule) return undefined;
  if (obj instanceof PyStaticMethod || obj instanceof PyClassMethod) {
    if (name === '__func__' || name === '__wrapped__') return obj.func;
    return undefined;
  }
  if (obj instanceof PyProperty) {
    if (name === 'fget') return obj.fget;
    if (name === 'fset') return obj.fset;
    if (name === 'fdel') return obj.fdel;
    if (name === '__doc__') return obj.doc;
    return undefined;
  }
  return undefined;
});

/** A function's __annotations__ dict, made once from MAKE_FUNCTION's (name, value …) tuple, or an empty one. */
function functionAnnotations(f: PyFunction): unknown {
  const a = f.annotations;
  if (a !== null && !(a instanceof PyTuple)) return a;
  const d = new PyDict();
  if (a instanceof PyTuple) for (let i = 0; i + 1 < a.items.length; i += 2) d.set(a.items[i], a.items[i + 1]);
  f.annotations = d;
  return d;
}

// Functions can carry arbitrary attributes (func.calls = 0, functools.wraps).
const functionSetattr = (args: unknown[]) => {
  const f = args[0] as PyFunction;
  const name = args[1] as string;
  if (name === '__name__') f.name = args[2] as string;
  else if (name === '__qualname__') f.qualname = args[2] as string;
  else if (name === '__doc__') f.doc = args[2];
  else if (name === '__module__') f.module = args[2];
  else if (name === '__defaults__') f.defaults = args[2] === null ? null : (args[2] as PyTuple).items;
  else if (name === '__annotations__') {
    if (args[2] !== null && !(args[2] instanceof PyDict)) throw typeError('__annotations__ must be set to a dict object');
    f.annotations = args[2];
  }
  else {
    if (f.dict === null) f.dict = new PyDict();
    (f.dict as PyDict).set(name, args[2]);
  }
  return null;
};
method(functionType, '__setattr__', functionSetattr);
functionType.hasInstanceDict = false;

method(builtinFunctionType, '__repr__', (args) => {
  const b = args[0] as PyBuiltin;
  if (b.self !== undefined) {
    // self may be an unboxed value (a str, an int): its id() is not an object's.
    const id = typeof b.self === 'object' && b.self !== null ? objectId(b.self) : valueId(b.self);
    return `<built-in method ${b.name} of ${typeOf(b.self).name} object at 0x${id.toString(16)}>`;
  }
  return `<built-in function ${b.name}>`;
});
method(methodDescriptorType, '__repr__', (args) => {
  const b = args[0] as PyBuiltin;
  const owner = b.owner?.name ?? '?';
  return `<${isSlotWrapper(owner, b.name) ? 'slot wrapper' : 'method'} '${b.name}' of '${owner}' objects>`;
});
method(methodDescriptorType, '__get__', (args) => (args[1] === null ? args[0] : bindDescr(args[0], args[1], typeOf(args[1]))));
/** What a bound method's repr calls its function: its __qualname__, else its __name__, else '?'. */
function nameOf(f: unknown): string {
  for (const attr of ['__qualname__', '__name__']) {
    const v = getAttrMaybe(f, attr);
    if (typeof v === 'string') return v;
  }
  return '?';
}
method(methodType, '__repr__', (args) => {
  const m = args[0] as PyBoundMethod;
  const fname = m.func instanceof PyFunction ? m.func.qualname : m.func instanceof PyBuiltin ? m.func.name : nameOf(m.func);
  return `<bound method ${fname} of ${repr(m.self)}>`;
});
method(methodType, '__eq__', (args) => {
  const a = args[0] as PyBoundMethod, b = args[1];
  return b instanceof PyBoundMethod && a.func === b.func && a.self === b.self;
});
method(moduleType, '__repr__', (args) => {
  const m = args[0] as PyModule;
  return `<module '${m.name}' (built-in)>`;
});
method(moduleType, '__setattr__', (args) => {
  ((args[0] as PyModule).dict as PyDict).set(args[1], args[2]);
  return null;
});
method(cellType, '__repr__', (args) => `<cell at ${hex(args[0] as object)}>`);
getter(cellType, 'cell_contents', (c) => {
  const v = (c as PyCell).v;
  if (v === undefined) throw valueError('Cell is empty');
  return v;
});

// ---------------------------------------------------------------- property & friends

/**
 * A property made from these parts: with no doc of its own it takes its
 * getter's docstring, as CPython's does (and a getter() copy then takes the
 * new getter's).
 */
function makeProperty(fget: unknown, fset: unknown, fdel: unknown, doc: unknown, cls: PyType, docFromGetter = false): PyProperty {
  if ((doc === null || docFromGetter) && fget !== null && fget !== undefined) {
    const d = getAttrMaybe(fget, '__doc__');
    if (d !== undefined && d !== null) {
      const p = new PyProperty(fget, fset, fdel, d, cls);
      p.docFromGetter = true;
      return p;
    }
    doc = null;
  }
  return new PyProperty(fget, fset, fdel, doc, cls);
}

constructor(propertyType, (args, kw) => {
  const a = args.slice(1);
  const get = (i: number, k: string) => (kw?.has(k) ? kw.get(k) : i < a.length ? a[i] : null);
  return makeProperty(get(0, 'fget'), get(1, 'fset'), get(2, 'fdel'), get(3, 'doc'), args[0] as PyType);
});
method(propertyType, 'getter', (args) => {
  const p = args[0] as PyProperty;
  return makeProperty(args[1], p.fset, p.fdel, p.doc, p.cls, p.docFromGetter);
});
method(propertyType, 'setter', (args) => {
  const p = args[0] as PyProperty;
  return keepDocOrigin(p, new PyProperty(p.fget, args[1], p.fdel, p.doc, p.cls));
});
method(propertyType, 'deleter', (args) => {
  const p = args[0] as PyProperty;
  return keepDocOrigin(p, new PyProperty(p.fget, p.fset, args[1], p.doc, p.cls));
});

function keepDocOrigin(from: PyProperty, to: PyProperty): PyProperty {
  to.docFromGetter = from.docFromGetter;
  return to;
}
method(propertyType, '__get__', (args) => {
  const p = args[0] as PyProperty;
  if (args[1] === null) return p;
  if (p.fget === null) throw attributeError('unreadable attribute');
  return call(p.fget, [args[1]]);
});
/** A staticmethod or classmethod made by `cls`: a subclass's (abc.abstractclassmethod) keeps its class and gets a __dict__. */
function ofClass<T extends PyStaticMethod | PyClassMethod>(o: T, cls: PyType): T {
  if (cls !== o.cls) {
    o.cls = cls;
    if (cls.hasInstanceDict) o.dict = new PyDict();
  }
  return o;
}
constructor(staticmethodType, (args) => {
  if (args.length !== 2) throw typeError(`staticmethod expected 1 argument, got ${args.length - 1}`);
  return ofClass(new PyStaticMethod(args[1]), args[0] as PyType);
});
constructor(classmethodType, (args) => {
  if (args.length !== 2) throw typeError(`classmethod expected 1 argument, got ${args.length - 1}`);
  return ofClass(new PyClassMethod(args[1]), args[0] as PyType);
});
getter(staticmethodType, '__func__', (s) => (s as PyStaticMethod).func);
// abc.abstractmethod under @property, @staticmethod or @classmethod still marks the method abstract.
const isAbstract = (f: unknown): boolean => f !== null && f !== undefined && truthy(getAttrMaybe(f, '__isabstractmethod__') ?? false);
getter(propertyType, '__isabstractmethod__', (p) => {
  const q = p as PyProperty;
  return isAbstract(q.fget) || isAbstract(q.fset) || isAbstract(q.fdel);
});
getter(staticmethodType, '__isabstractmethod__', (s) => isAbstract((s as PyStaticMethod).func));
getter(classmethodType, '__isabstractmethod__', (s) => isAbstract((s as PyClassMethod).func));
getter(classmethodType, '__func__', (s) => (s as PyClassMethod).func);
// __get__(obj, type=None), for Python code that binds them itself (functools.singledispatchmethod, partialmethod).
function descrGetArgs(args: unknown[]): [unknown, PyType | null] {
  if (args.length < 2 || args.length > 3) throw typeError(`expected 1 or 2 arguments, got ${args.length - 1}`);
  const obj = args[1];
  const type = args.length > 2 ? (args[2] as PyType | null) : null;
  if (obj === null && type === null) throw typeError('__get__(None, None) is invalid');
  return [obj, type];
}
method(staticmethodType, '__get__', (args) => {
  descrGetArgs(args);
  return (args[0] as PyStaticMethod).func;
});
method(classmethodType, '__get__', (args) => {
  const [obj, type] = descrGetArgs(args);
  return classMethodGet(args[0] as PyClassMethod, type ?? typeOf(obj));
});

method(codeType, '__repr__', (args) => {
  const c = args[0] as CodeObject;
  return `<code object ${c.name} at ${hex(c)}, file "${c.filename}", line ${c.firstLineNo}>`;
});
// The code attributes programs read (names and counts; not the bytecode, which is pygil's own).
getter(codeType, 'co_name', (c) => (c as CodeObject).name);
getter(codeType, 'co_qualname', (c) => (c as CodeObject).qualname);
getter(codeType, 'co_filename', (c) => (c as CodeObject).filename);
getter(codeType, 'co_firstlineno', (c) => (c as CodeObject).firstLineNo);
getter(codeType, 'co_argcount', (c) => (c as CodeObject).argcount);
getter(codeType, 'co_posonlyargcount', (c) => (c as CodeObject).posonlyargcount);
getter(codeType, 'co_kwonlyargcount', (c) => (c as CodeObject).kwonlyargcount);
getter(codeType, 'co_flags', (c) => (c as CodeObject).flags);
getter(codeType, 'co_varnames', (c) => new PyTuple((c as CodeObject).varnames.slice()));
getter(codeType, 'co_nlocals', (c) => (c as CodeObject).varnames.length);
getter(codeType, 'co_cellvars', (c) => new PyTuple((c as CodeObject).cellvars.slice()));
getter(codeType, 'co_freevars', (c) => new PyTuple((c as CodeObject).freevars.slice()));
attrHooks.set('code', () => undefined);
