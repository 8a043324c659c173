// Inline caches for attribute access, one per instruction site (as in
// CPython 3.11's specialising interpreter, in a simpler form).
//
// An attribute access first looks the name up on the object's type, to
// find properties and other data descriptors that win over the instance
// dict. That lookup gives the same answer every time at a site while the
// type and every namespace stay unchanged, so a site remembers the type it
// saw and the global type epoch (object.ts), and the VM skips the lookup
// when both still match:
// - LOAD_ATTR / STORE_ATTR: the type has no data descriptor for the name
//   (and, for stores, no __setattr__ of its own), so the instance dict is
//   the whole story; a load that misses the dict takes the slow path.
// - LOAD_METHOD: the name is a plain function on the type: the method is
//   the cached function, unless the instance dict shadows it.
// The slow paths here do the full protocol (ops.ts) and fill the cache.

import { PyObject, PyType, typeEpoch, typeOf } from '../runtime/object.js';
import { PyFunction, PyBuiltin, PyProperty, PyStaticMethod, PyClassMethod } from '../runtime/function.js';
import * as ops from '../runtime/ops.js';
import { PyMember } from '../runtime/member.js';
import type { CodeObject } from '../compiler/code.js';

export class AttrCache {
  constructor(
    public type: PyType,
    public epoch: number,
    /** LOAD_METHOD: the function found on the type; LOAD_ATTR: the type's plain value for the name, if any. */
    public method: unknown,
  ) {}
}

/** True when the instance dict alone decides `obj.name` (no data descriptor on the type). */
function dictDecides(t: PyType, name: string): boolean {
  if (ops.getattributeOverride(t) !== undefined) return false;
  const attr = t.lookup(name);
  return !(attr instanceof PyProperty) && !(attr instanceof PyMember) && !(attr instanceof PyObject && ops.isDataDescriptor(attr));
}

function remember(code: CodeObject, site: number, t: PyType, method: unknown): void {
  const c = code.ics[site];
  if (c !== undefined) {
    c.type = t;
    c.epoch = typeEpoch.n;
    c.method = method;
  } else {
    code.ics[site] = new AttrCache(t, typeEpoch.n, method);
  }
}

/** LOAD_ATTR's slow path. */
export function loadAttrSlow(obj: unknown, name: string, code: CodeObject, site: number): unknown {
  const v = ops.getAttr(obj, name);
  if (obj instanceof PyObject && obj.dict !== null && !(obj instanceof PyType)) {
    const t = obj.cls;
    if (t.getattro === null && dictDecides(t, name)) remember(code, site, t, plainClassValue(t, name));
  }
  return v;
}

/**
 * The type's own value for `name` when reading it through an instance gives
 * that value unchanged (a class-level default such as `_state = None`):
 * LOAD_ATTR keeps it in the cache's `method` slot and answers with it when
 * the instance dict has no such name. Undefined for anything that binds
 * (functions, builtin methods, descriptors) or is absent.
 */
function plainClassValue(t: PyType, name: string): unknown {
  const attr = t.lookup(name);
  if (typeof attr !== 'object' || attr === null) return attr;
  if (attr instanceof PyFunction || attr instanceof PyBuiltin || attr instanceof PyProperty) return undefined;
  if (attr instanceof PyObject && !(attr instanceof PyType) && attr.cls.lookup('__get__') !== undefined) return undefined;
  if (attr instanceof PyStaticMethod || attr instanceof PyClassMethod) return undefined;
  return attr;
}

/** STORE_ATTR's slow path. */
export function storeAttrSlow(obj: unknown, name: string, value: unknown, code: CodeObject, site: number): void {
  ops.setAttr(obj, name, value);
  if (obj instanceof PyObject && obj.dict !== null && !(obj instanceof PyType)) {
    const t = obj.cls;
    // setAttr has just looked up __setattr__: UNSET would mean it did not get that far.
    if (t.setattrOverride === undefined && dictDecides(t, name)) remember(code, site, t, undefined);
  }
}

/**
 * LOAD_METHOD's slow path: pushes [method, self] or [NULL, attribute] at
 * regs[sp - 1], regs[sp] and returns the new stack pointer.
 */
export function loadMethodSlow(regs: unknown[], sp: number, name: string, code: CodeObject, site: number): number {
  const obj = regs[sp - 1];
  const t0 = typeOf(obj);
  const m = t0.lookup(name);
  if ((m instanceof PyFunction || (m instanceof PyBuiltin && m.binds)) && t0.getattro === null && !(obj instanceof PyType) &&
    ops.getattributeOverride(t0) === undefined &&
    !(obj instanceof PyObject && obj.dict !== null && obj.dict.map.has(name))) {
    regs[sp - 1] = m;
    regs[sp++] = obj;
    remember(code, site, t0, m);
  } else {
    regs[sp - 1] = undefined;
    regs[sp++] = ops.getAttr(obj, name);
  }
  return sp;
}
