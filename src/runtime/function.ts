// Callables and descriptors: Python functions, builtin functions, bound
// methods, cells, property/staticmethod/classmethod, and modules.

import { PyObject, PyType, makeBuiltinType } from './object.js';
import type { CodeObject } from '../compiler/code.js';
import type { PyDict } from './dict.js';

export const functionType = makeBuiltinType('function', null, 'other');
export const builtinFunctionType = makeBuiltinType('builtin_function_or_method', null, 'other');
export const methodDescriptorType = makeBuiltinType('method_descriptor', null, 'other');
export const methodType = makeBuiltinType('method', null, 'other');
export const cellType = makeBuiltinType('cell', null, 'other');
export const propertyType = makeBuiltinType('property', null, 'other');
export const staticmethodType = makeBuiltinType('staticmethod', null, 'other');
export const classmethodType = makeBuiltinType('classmethod', null, 'other');
export const moduleType = makeBuiltinType('module', null, 'other');

export type Kwargs = Map<string, unknown> | null;
export type BuiltinFn = (args: unknown[], kw: Kwargs) => unknown;

/** A function written in Python: code plus the environment it closes over. */
export class PyFunction extends PyObject {
  code: CodeObject;
  globals: PyDict;
  name: string;
  qualname: string;
  /** Positional defaults (for the last parameters), or null. */
  defaults: unknown[] | null = null;
  kwdefaults: Map<string, unknown> | null = null;
  closure: PyCell[] | null = null;
  /**
   * __annotations__: null (none yet), MAKE_FUNCTION's flat tuple of names
   * and values (made a dict on first read), or the dict or value set since.
   */
  annotations: unknown = null;
  module: unknown = null;
  doc: unknown = null;
  /** True when a call can copy positional args straight into locals. */
  simple: boolean;
  /**
   * The number of positional arguments a call may copy straight into a
   * pooled frame (simple, and a plain frame: no cells, not a generator),
   * else -1: one test for the hot path of a call from compiled code (vm/jit/runtime.ts jitCall).
   */
  fastArgc = -1;
  constructor(code: CodeObject, globals: PyDict) {
    super(functionType);
    this.code = code;
    this.globals = globals;
    this.name = code.name;
    this.qualname = code.qualname;
    this.simple = false;
    this.dict = null;
  }
}

/**
 * Whether the builtin running was called directly by a CALL instruction of
 * the thread's top-level run (Interpreter.blockable): only then may it
 * answer BLOCK (park the thread, or have the loop push a frame whose result
 * becomes the call's). A builtin that JS code calls (another builtin,
 * through ops.call or callDescr) sees false, whatever its caller saw.
 */
export const directCall = { on: false };

/**
 * A function implemented in JS. `binds` marks a method of a builtin type
 * (CPython's method_descriptor): looked up on an instance it binds `self`.
 */
export class PyBuiltin extends PyObject {
  name: string;
  fn: BuiltinFn;
  binds: boolean;
  /** For bound builtins (`[].append`): the receiver, passed as args[0]. */
  self: unknown;
  /** The type a method belongs to (for reprs like <method 'append' of 'list' objects>). */
  owner: PyType | null = null;
  /** Module name for plain builtin functions (for reprs and pickling-by-reference). */
  moduleName: string | null = null;
  /**
   * Optional entry points for calls with exactly one, two or three positional
   * arguments (self included for methods) and no keywords: the VM calls them
   * without building an argument array. They must behave exactly like `fn`.
   */
  fast1: ((a: unknown) => unknown) | null = null;
  fast2: ((a: unknown, b: unknown) => unknown) | null = null;
  fast3: ((a: unknown, b: unknown, c: unknown) => unknown) | null = null;
  /**
   * Marks the builtins that resume a generator (RESUMES_SEND, RESUMES_NEXT,
   * RESUMES_DUNDER_NEXT): the CALL instruction links the generator's frame
   * itself for them, without building an argument array.
   */
  resumes = 0;
  constructor(name: string, fn: BuiltinFn, binds = false, self: unknown = undefined) {
    super(binds && self === undefined ? methodDescriptorType : builtinFunctionType);
    this.name = name;
    this.fn = fn;
    this.binds = binds;
    this.self = self;
  }
}

/** PyBuiltin.resumes: generator.send / coroutine.send, the builtin next(), generator.__next__. */
export const RESUMES_SEND = 1, RESUMES_NEXT = 2, RESUMES_DUNDER_NEXT = 3;

/** `obj.method` for a Python function found on the type. */
export class PyBoundMethod extends PyObject {
  func: unknown;
  self: unknown;
  constructor(func: unknown, self: unknown) {
    super(methodType);
    this.func = func;
    this.self = self;
  }
}

export class PyCell extends PyObject {
  v: unknown;
  constructor(v: unknown) {
    super(cellType);
    this.v = v;
  }
}

export class PyProperty extends PyObject {
  fget: unknown;
  fset: unknown;
  fdel: unknown;
  doc: unknown;
  /** A builtin type's struct member (CPython's PyMemberDef): read-only ones refuse with "readonly attribute". */
  member = false;
  /** `doc` is the getter's docstring (none was given). */
  docFromGetter = false;
  constructor(fget: unknown, fset: unknown, fdel: unknown, doc: unknown, cls: PyType = propertyType) {
    super(cls);
    this.fget = fget;
    this.fset = fset;
    this.fdel = fdel;
    this.doc = doc;
  }
}

export class PyStaticMethod extends PyObject {
  func: unknown;
  constructor(func: unknown) {
    super(staticmethodType);
    this.func = func;
  }
}

export class PyClassMethod extends PyObject {
  func: unknown;
  constructor(func: unknown) {
    super(classmethodType);
    this.func = func;
  }
}

export class PyModule extends PyObject {
  name: string;
  constructor(name: string, dict: PyDict) {
    super(moduleType);
    this.name = name;
    this.dict = dict;
  }
}
