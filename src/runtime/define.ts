// Helpers for defining builtin functions, methods and attributes from JS.

import { PyType, typeOf } from './object.js';
import { PyBuiltin, PyStaticMethod, PyClassMethod, PyProperty, BuiltinFn } from './function.js';
import type { PyDict } from './dict.js';
import { typeError } from './exceptions.js';

/** Defines a method on a builtin type (receives self as args[0]). */
export function method(t: PyType, name: string, fn: BuiltinFn): PyBuiltin {
  const b = new PyBuiltin(name, fn, true);
  b.owner = t;
  t.ns.set(name, b);
  return b;
}

/** Defines `__new__` for a builtin type (receives the class as args[0]). */
export function constructor(t: PyType, fn: BuiltinFn): void {
  const b = new PyBuiltin('__new__', (args, kw) => {
    if (args[0] !== t) checkNewTarget(t, args);
    return fn(args, kw);
  });
  b.owner = t;
  t.ns.set('__new__', new PyStaticMethod(b));
}

/**
 * The class argument of T.__new__(cls, ...) when it is not T itself (a
 * subclass, or a direct call with anything at all): CPython's
 * tp_new_wrapper checks it before the type's own code runs.
 */
function checkNewTarget(t: PyType, args: unknown[]): void {
  if (args.length === 0) throw typeError(`${t.name}.__new__(): not enough arguments`);
  const cls = args[0];
  if (!(cls instanceof PyType)) {
    throw typeError(`${t.name}.__new__(X): X is not a type object (${typeOf(cls).name})`);
  }
  if (!cls.isSubtypeOf(t)) {
    throw typeError(`${t.name}.__new__(${cls.name}): ${cls.name} is not a subtype of ${t.name}`);
  }
}

export function classMethod(t: PyType, name: string, fn: BuiltinFn): void {
  const b = new PyBuiltin(name, fn);
  b.owner = t;
  t.ns.set(name, new PyClassMethod(b));
}

export function staticMethod(t: PyType, name: string, fn: BuiltinFn): void {
  const b = new PyBuiltin(name, fn);
  b.owner = t;
  t.ns.set(name, new PyStaticMethod(b));
}

/** A read-only computed attribute. */
export function getter(t: PyType, name: string, get: (self: unknown) => unknown): void {
  t.ns.set(name, new PyProperty(new PyBuiltin(name, (args) => get(args[0])), null, null, null));
}

/** Defines a read-only struct member (CPython's PyMemberDef): as `getter`, with its own error on assignment. */
export function member(t: PyType, name: string, get: (self: unknown) => unknown): void {
  const p = new PyProperty(new PyBuiltin(name, (args) => get(args[0])), null, null, null);
  p.member = true;
  t.ns.set(name, p);
}

/** Defines a plain function in a module namespace. */
export function func(ns: PyDict, name: string, fn: BuiltinFn, moduleName = 'builtins'): PyBuiltin {
  const b = new PyBuiltin(name, fn);
  b.moduleName = moduleName;
  ns.set(name, b);
  return b;
}

/** Checks a builtin's positional argument count, CPython style. */
export function argCount(name: string, args: unknown[], min: number, max = min): void {
  const n = args.length;
  if (n >= min && n <= max) return;
  if (min === max) {
    if (min === 0) throw typeError(`${name}() takes no arguments (${n} given)`);
    if (min === 1) throw typeError(`${name}() takes exactly one argument (${n} given)`);
    throw typeError(`${name} expected ${min} arguments, got ${n}`);
  }
  if (n < min) throw typeError(`${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  throw typeError(`${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${n}`);
}

/** Rejects keyword arguments for builtins that take none. */
export function noKw(name: string, kw: Map<string, unknown> | null): void {
  if (kw !== null && kw.size > 0) throw typeError(`${name}() takes no keyword arguments`);
}
