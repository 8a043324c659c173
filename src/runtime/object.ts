// The root of the object model: how a Python value is represented in JS, and
// the type objects that describe them.
//
// Representation (chosen so the hot paths allocate nothing):
//   int    -> JS number when it is a safe integer, JS bigint otherwise
//   bool   -> JS boolean           str  -> JS string
//   None   -> JS null              float -> PyFloat (boxed, so 1 and 1.0 differ)
//   every other value -> an instance of a PyObject subclass, whose `cls`
//   field is its Python type.
// `undefined` is never a Python value: it means "absent" (unbound local,
// missing attribute, exhausted iterator).

export class PyObject {
  cls: PyType;
  /** Instance attribute dictionary, for objects that have one. */
  dict: PyDictLike | null = null;
  /**
   * Scratch slot of vm/heap-copy.ts: this object's image while a fork or a
   * message copy is in progress, undefined otherwise (a field instead of a
   * Map from object to image: hashing was most of a big copy's cost).
   */
  copyImage: unknown = undefined;
  constructor(cls: PyType) {
    this.cls = cls;
  }
}

/** The part of PyDict that the type machinery needs (PyDict lives in dict.ts). */
export interface PyDictLike extends PyObject {
  map: Map<unknown, unknown>;
}

/** Which JS class holds the instances of a type (CPython's "solid base"). */
export type Layout =
  | 'object' | 'type' | 'exception' | 'list' | 'dict' | 'set' | 'int' | 'float'
  | 'str' | 'tuple' | 'none' | 'bool' | 'other';

let typeIdCounter = 0;

export class PyType extends PyObject {
  name: string;
  qualname: string;
  module: string;
  bases: PyType[];
  mro: PyType[] = [];
  /** The type's own namespace (attribute name -> value). */
  ns: Map<string, unknown> = new Map();
  layout: Layout;
  /** True for types defined in JS; their namespace cannot be changed from Python. */
  builtin: boolean;
  /** Creates an empty instance whose cls is `cls` (a subclass of this type, or this). */
  alloc: ((cls: PyType) => PyObject) | null = null;
  /** Lookup cache over the MRO; cleared on any change to this type or a base. */
  private cache: Map<string, unknown> = new Map();
  subclasses: PyType[] = [];
  readonly typeId = ++typeIdCounter;
  /** Custom attribute lookup for a builtin type (CPython's tp_getattro), or null. */
  getattro: ((obj: unknown, name: string) => unknown) | null = null;
  /** Whether instances get a __dict__. */
  hasInstanceDict: boolean;
  /**
   * The nearest class in the MRO (this one included) whose __slots__ added
   * slots, or null: two bases with unrelated ones cannot be combined.
   */
  slotted: PyType | null = null;
  /**
   * CPython's tp_name when it differs from __name__: types written in C for a
   * module carry the module in it ('collections.deque'), and error messages
   * show that spelling. null for every other type.
   */
  cName: string | null = null;

  /** The name error messages use (CPython's tp_name). */
  get tpName(): string {
    return this.cName ?? this.name;
  }

  constructor(name: string, bases: PyType[], layout: Layout, builtin: boolean, metaclass: PyType) {
    super(metaclass);
    this.name = name;
    this.qualname = name;
    this.module = 'builtins';
    this.bases = bases;
    this.layout = layout;
    this.builtin = builtin;
    this.hasInstanceDict = !builtin;
    for (const b of bases) b.subclasses.push(this);
  }

  /** Looks `name` up along the MRO; undefined when absent. */
  lookup(name: string): unknown {
    const cache = this.cache;
    let v = cache.get(name);
    if (v !== undefined) return v === ABSENT ? undefined : v;
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) {
      v = mro[i].ns.get(name);
      if (v !== undefined) break;
    }
    cache.set(name, v === undefined ? ABSENT : v);
    return v;
  }

  /** Sets an attribute in the type's namespace and invalidates caches below it. */
  setAttr(name: string, value: unknown): void {
    this.ns.set(name, value);
    this.invalidate();
  }

  deleteAttr(name: string): boolean {
    const had = this.ns.delete(name);
    this.invalidate();
    return had;
  }

  /** ops.setAttr's cached __setattr__ override (UNSET: not looked up since the last change). */
  setattrOverride: unknown = UNSET;
  /** The same for a __getattribute__ override (ops.getattributeOverride). */
  getattributeOverride: unknown = UNSET;
  /** The abstract methods left, sorted, or null (ops.ts allocInstance; UNSET: not looked up). */
  abstractNames: unknown = UNSET;
  /** The attribute accessors written in Python the class has (vm/special-frames.ts; UNSET: not looked up). */
  pyAccessors: unknown = UNSET;

  invalidate(): void {
    typeEpoch.n++;
    this.cache.clear();
    this.setattrOverride = UNSET;
    this.getattributeOverride = UNSET;
    this.abstractNames = UNSET;
    this.pyAccessors = UNSET;
    for (const s of this.subclasses) s.invalidate();
  }

  isSubtypeOf(other: PyType): boolean {
    if (this === other) return true;
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) if (mro[i] === other) return true;
    return false;
  }
}

const ABSENT = Symbol('absent');

/**
 * Counts changes to any type's namespace or MRO. The VM's inline caches
 * (src/vm/inline-cache.ts) remember what an attribute lookup on a type
 * found, valid while this number stays the same.
 */
export const typeEpoch = { n: 0 };
/** Marks a per-type cached value that must be computed again. */
export const UNSET = Symbol('unset');

/** C3 linearisation; returns null when no consistent order exists. */
export function computeMro(t: PyType): PyType[] | null {
  const r = c3Merge(t);
  return Array.isArray(r) ? r : null;
}

/** The classes blocking the C3 merge (for CPython's error message), in list order. */
export function mroConflict(t: PyType): PyType[] {
  const r = c3Merge(t);
  return Array.isArray(r) ? [] : r.blocked;
}

function c3Merge(t: PyType): PyType[] | { blocked: PyType[] } {
  const seqs: PyType[][] = t.bases.map((b) => b.mro.slice());
  seqs.push(t.bases.slice());
  const out: PyType[] = [t];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return out;
    let candidate: PyType | null = null;
    for (const s of nonEmpty) {
      const head = s[0];
      if (!nonEmpty.some((o) => o.indexOf(head) > 0)) {
        candidate = head;
        break;
      }
    }
    if (candidate === null) {
      const blocked: PyType[] = [];
      for (const seq of nonEmpty) if (!blocked.includes(seq[0])) blocked.push(seq[0]);
      return { blocked };
    }
    out.push(candidate);
    for (const s of nonEmpty) if (s[0] === candidate) s.shift();
  }
}

// The two types that everything else hangs from. `type` is its own metaclass.
// Their metaclass is patched in once both exist.
export const objectType: PyType = new PyType('object', [], 'object', true, undefined as unknown as PyType);
export const typeType: PyType = new PyType('type', [objectType], 'type', true, undefined as unknown as PyType);
objectType.cls = typeType;
typeType.cls = typeType;
objectType.mro = [objectType];
typeType.mro = [typeType, objectType];

/** Every builtin type, so a new run can forget the classes earlier runs derived from them. */
const builtinTypes: PyType[] = [];

/** Makes a builtin type with a single base (the common case). */
export function makeBuiltinType(name: string, base: PyType | null, layout: Layout): PyType {
  const t = new PyType(name, base ? [base] : [objectType], layout, true, typeType);
  t.mro = computeMro(t)!;
  builtinTypes.push(t);
  return t;
}

/** Records a builtin type made without makeBuiltinType (e.g. the exception hierarchy). */
export function registerBuiltinType(t: PyType): void {
  builtinTypes.push(t);
}

/** Drops user-defined subclasses left on builtin types by earlier runs in this host process. */
export function forgetUserSubclasses(): void {
  for (const t of [objectType, typeType, ...builtinTypes]) {
    if (t.subclasses.some((s) => !s.builtin)) t.subclasses = t.subclasses.filter((s) => s.builtin);
  }
}

export const noneType = makeBuiltinType('NoneType', null, 'none');
export const intType = makeBuiltinType('int', null, 'int');
export const boolType = makeBuiltinType('bool', intType, 'bool');
export const floatType = makeBuiltinType('float', null, 'float');
export const strType = makeBuiltinType('str', null, 'str');

/** A Python float: boxed so that `1.0` and `1` stay distinguishable. */
export class PyFloat extends PyObject {
  v: number;
  constructor(v: number) {
    super(floatType);
    this.v = v;
  }
}

/** The Python type of any value. */
export function typeOf(v: unknown): PyType {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return intType;
    case 'string':
      return strType;
    case 'boolean':
      return boolType;
    case 'object':
      return v === null ? noneType : (v as PyObject).cls;
  }
  throw new Error(`pygil: not a Python value: ${String(v)}`);
}

export function isInt(v: unknown): v is number | bigint | boolean {
  const t = typeof v;
  return t === 'number' || t === 'bigint' || t === 'boolean' ||
    (t === 'object' && v !== null && (v as PyObject).cls.layout === 'int');
}

// Deterministic ids: every object gets the next number the first time id() or a
// default repr asks, so addresses printed by a program are the same every run.
let nextId = 0x7f0000001000;
export const ids = new WeakMap<object, number>();
/** True once any object has been given an id (fork skips the table otherwise). */
export function anyObjectIds(): boolean {
  return nextId !== 0x7f0000001000;
}
export function objectId(o: object): number {
  // A value that is not a JS object (an int, a str, None: `object.__repr__(5)`) has a value id.
  if (o === null || (typeof o !== 'object' && typeof o !== 'function')) return valueId(o);
  let id = ids.get(o);
  if (id === undefined) {
    id = nextId;
    nextId += 0x40;
    ids.set(o, id);
  }
  return id;
}
export function resetObjectIds(): void {
  nextId = 0x7f0000001000;
  valueIds.clear();
  nextValueId = 0x7e0000000000;
}

// Values that are not objects in pygil (ints, strs, None, bools) still need
// stable ids; equal values share one, as interned values do in CPython.
const valueIds = new Map<unknown, number>();
let nextValueId = 0x7e0000000000;
export function valueId(v: unknown): number {
  const key = typeof v === 'string' ? 's' + v : typeof v + String(v);
  let id = valueIds.get(key);
  if (id === undefined) {
    id = nextValueId;
    nextValueId += 0x20;
    valueIds.set(key, id);
  }
  return id;
}
