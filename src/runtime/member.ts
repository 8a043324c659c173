// __slots__: the member descriptors a class with __slots__ gets, one per
// slot name (CPython's member_descriptor), and the checks class creation
// makes on a __slots__ declaration.
//
// A slot's value lives in the instance's `slotValues` map, created on the
// first store, not in its __dict__ (a class whose every base has __slots__
// gives its instances no __dict__ at all). A member is a data descriptor:
// it wins over an instance dict; an unset slot raises AttributeError (CPython
// 3.11 words it in full when read, as just the name when deleted).

import { PyObject, PyType, makeBuiltinType, typeOf } from './object.js';
import { method } from './define.js';
import { typeError, valueError, attributeError } from './exceptions.js';
import { mangle } from '../compiler/mangle.js';

export const memberType = makeBuiltinType('member_descriptor', null, 'other');

/** Objects of classes with __slots__ keep slot values here. */
interface WithSlots {
  slotValues?: Map<string, unknown>;
}

export class PyMember extends PyObject {
  constructor(
    /** The slot's name (a private name mangled, as CPython stores it). */
    readonly name: string,
    /** The class whose __slots__ declared it. */
    readonly owner: PyType,
  ) {
    super(memberType);
  }

  private check(obj: unknown): WithSlots {
    if (!typeOf(obj).isSubtypeOf(this.owner)) {
      throw typeError(`descriptor '${this.name}' for '${this.owner.name}' objects doesn't apply to a '${typeOf(obj).name}' object`);
    }
    return obj as WithSlots;
  }

  get(obj: unknown): unknown {
    const v = this.check(obj).slotValues?.get(this.name);
    if (v === undefined) throw attributeError(`'${typeOf(obj).name}' object has no attribute '${this.name}'`);
    return v;
  }

  set(obj: unknown, value: unknown): void {
    const o = this.check(obj);
    (o.slotValues ??= new Map()).set(this.name, value);
  }

  delete(obj: unknown): void {
    if (this.check(obj).slotValues?.delete(this.name) !== true) throw attributeError(this.name);
  }
}

method(memberType, '__repr__', (a) => {
  const m = a[0] as PyMember;
  return `<member '${m.name}' of '${m.owner.name}' objects>`;
});
method(memberType, '__get__', (a) => (a[1] === null ? a[0] : (a[0] as PyMember).get(a[1])));
method(memberType, '__set__', (a) => {
  (a[0] as PyMember).set(a[1], a[2]);
  return null;
});
method(memberType, '__delete__', (a) => {
  (a[0] as PyMember).delete(a[1]);
  return null;
});

/** Layouts of variable size: CPython allows them only an empty __slots__. */
const VARIABLE_SIZE = new Set(['int', 'str', 'tuple']);

/**
 * The slot names a class statement declares (`decl`, the body's __slots__:
 * one string or an iterable of them, made a JS array by `items`), in their
 * stored form (private names mangled for class `className`), checked as
 * CPython checks them. `layoutBase` is the builtin class whose instances
 * the new class's instances are; `defined` tells the body's names.
 */
export function slotNames(decl: unknown, items: (v: unknown) => unknown[], className: string, layoutBase: PyType,
  defined: (name: string) => boolean): { names: string[]; wantsDict: boolean } {
  const raw = typeof decl === 'string' ? [decl] : items(decl);
  const names: string[] = [];
  let wantsDict = false;
  for (const s of raw) {
    if (typeof s !== 'string') throw typeError(`__slots__ items must be strings, not '${typeOf(s).name}'`);
    if (!/^[\p{L}_][\p{L}\p{N}_]*$/u.test(s)) throw typeError('__slots__ must be identifiers');
    if (s === '__dict__') {
      if (wantsDict) throw typeError('__dict__ slot disallowed: we already got one');
      wantsDict = true;
      continue;
    }
    if (s === '__weakref__') continue;
    const stored = mangle(className, s);
    if (defined(stored)) throw valueError(`'${stored}' in __slots__ conflicts with class variable`);
    if (!names.includes(stored)) names.push(stored);
  }
  if (names.length > 0 && VARIABLE_SIZE.has(layoutBase.layout)) {
    throw typeError(`nonempty __slots__ not supported for subtype of '${layoutBase.name}'`);
  }
  return { names, wantsDict };
}

export const getsetType = makeBuiltinType('getset_descriptor', null, 'other');

/**
 * The `__dict__` and `__weakref__` entries CPython puts in the namespace of
 * a class that gives its instances a dict (and weak references): shown by
 * `C.__dict__` and `vars(C)`, where reading one through an instance gets
 * that instance's attribute.
 */
export class PyGetSet extends PyObject {
  constructor(readonly name: string, readonly owner: PyType) {
    super(getsetType);
  }
}

method(getsetType, '__repr__', (a) => {
  const g = a[0] as PyGetSet;
  return `<attribute '${g.name}' of '${g.owner.name}' objects>`;
});
