// Special methods of classes written in Python, run as frames of the thread.
//
// `obj.balance` (a property), `obj[k]`, `for x in obj`, `obj(...)`,
// `len(obj)`, `print(obj)` call Python code that may block: a property
// that takes a lock, an iterator whose __next__ waits on a queue. Run from
// JS (a nested run) such code cannot give up the GIL, because the JS stack
// under it cannot be set aside. So the instruction (or the builtin a CALL
// calls directly) pushes the special method's frame instead, and the frame's
// return value becomes the instruction's result, as a call's does. What the
// C code around the call in CPython does with that value (check that
// __len__ gave an int, skip a setter's result, try __radd__ after
// NotImplemented) is the frame's continuation (F_CONT), run when it returns.
//
// Each function here returns the frame to push, or null when the ordinary
// path (a nested run, or no Python code at all) applies. The dispatch loop
// and compiled code (jit/virtual-stack.ts) both push what they return.

import { PyObject, PyType, objectType, UNSET } from '../runtime/object.js';
import { PyFunction, PyBoundMethod, PyProperty, propertyType, type Kwargs } from '../runtime/function.js';
import { PyIter } from '../runtime/iter.js';
import { PyCallableIter } from '../runtime/builtin-iterators.js';
import * as ops from '../runtime/ops.js';
import { typeError } from '../runtime/exceptions.js';
import { NotImplemented } from '../runtime/singletons.js';
import { Op } from '../compiler/opcodes.js';
import { formatValue } from '../runtime/format-value.js';
import { partialParts } from '../modules/functools.js';
import { F_CONT, F_NEXT, type Frame, type FrameCont } from './frame.js';
import { BLOCK, type Interpreter } from './interpreter.js';

/** A continuation's answer when the instruction leaves nothing on the stack (a setter). */
export const NO_RESULT: unique symbol = Symbol('pygil.no-result');
const discard: FrameCont = () => NO_RESULT;

/** A plain Python function (not a generator or coroutine function): its call can be a frame. */
export function framable(f: unknown): f is PyFunction {
  return f instanceof PyFunction && !f.code.isGenerator;
}

/** type(obj)'s special method `name` when it is a plain Python function (only instances of Python classes have one). */
export function pyDunder(obj: unknown, name: string): PyFunction | null {
  if (!(obj instanceof PyObject) || obj.cls.builtin || obj instanceof PyType) return null;
  const f = obj.cls.lookup(name);
  return framable(f) ? f : null;
}

function frameOf(interp: Interpreter, f: PyFunction, args: unknown[], kw: Kwargs, cont: FrameCont | null, flags = 0): Frame {
  const nf = interp.makeFrame(f, args, 0, args.length, kw === null ? null : [...kw.keys()], kw === null ? null : [...kw.values()]);
  if (cont !== null) {
    nf.flags |= F_CONT;
    nf.cont = cont;
  }
  nf.flags |= flags;
  return nf;
}

// ---------------------------------------------------------------- calls

/**
 * Calling `f(*args, **kw)` where f is not a function itself: an instance
 * whose class defines __call__, a functools.partial, a bound method (of a
 * partial). Null when the call is not a Python function's in the end.
 */
export function callFrame(interp: Interpreter, f: unknown, args: unknown[], kw: Kwargs): Frame | null {
  for (let depth = 0; depth < 8; depth++) {
    if (framable(f)) return frameOf(interp, f, args, kw, null);
    if (f instanceof PyBoundMethod) {
      args = [f.self, ...args];
      f = f.func;
      continue;
    }
    const p = partialParts(f);
    if (p !== null) {
      args = p.args.concat(args);
      if (p.keywords.size > 0) {
        const merged: Map<string, unknown> = new Map();
        for (const [k, v] of p.keywords.entries()) merged.set(k as string, v);
        if (kw !== null) for (const [k, v] of kw) merged.set(k, v);
        kw = merged;
      }
      f = p.func;
      continue;
    }
    const c = pyDunder(f, '__call__');
    if (c === null) return null;
    args = [f, ...args];
    f = c;
  }
  return null;
}

// ---------------------------------------------------------------- attributes

/**
 * What attribute accessors written in Python a class has along its MRO:
 * the names of properties with a Python getter or setter, and whether it
 * has a __getattr__. Most classes have none, and their attribute accesses
 * skip the lookups below. Cached on the type until its namespace or MRO
 * changes.
 */
interface Accessors {
  getters: Set<string>;
  setters: Set<string>;
  getattr: boolean;
}

function accessors(t: PyType): Accessors {
  if (t.pyAccessors !== UNSET) return t.pyAccessors as Accessors;
  const acc: Accessors = { getters: new Set(), setters: new Set(), getattr: false };
  for (const c of t.mro) {
    for (const [name, v] of c.ns) {
      if (v instanceof PyProperty) {
        if (framable(v.fget)) acc.getters.add(name);
        if (framable(v.fset)) acc.setters.add(name);
      } else if (name === '__getattr__' && v !== undefined) acc.getattr = true;
    }
  }
  t.pyAccessors = acc;
  return acc;
}

/**
 * The Python function reading `obj.name` calls: a property's getter, or
 * __getattr__ for a name nothing else has. Null for everything else
 * (and for classes with their own __getattribute__).
 */
function getAttrFunc(obj: unknown, name: string): PyFunction | null {
  if (!(obj instanceof PyObject) || obj.cls.builtin || obj instanceof PyType) return null;
  const t = obj.cls;
  const acc = accessors(t);
  const getter = acc.getters.has(name);
  if ((!getter && !acc.getattr) || t.getattro !== null || ops.getattributeOverride(t) !== undefined) return null;
  const attr = t.lookup(name);
  if (attr instanceof PyProperty) {
    // With __getattr__, an AttributeError from the getter falls back to it: nested, as before.
    return attr.cls === propertyType && framable(attr.fget) && !acc.getattr ? attr.fget : null;
  }
  if (attr !== undefined || !acc.getattr || (obj.dict !== null && obj.dict.map.has(name))) return null;
  const ga = t.lookup('__getattr__');
  return framable(ga) ? ga : null;
}

/** The frame of `obj.name` (getAttrFunc). */
export function getAttrFrame(interp: Interpreter, obj: unknown, name: string): Frame | null {
  const f = getAttrFunc(obj, name);
  if (f === null) return null;
  const viaGetattr = (obj as PyObject).cls.lookup('__getattr__') === f;
  return frameOf(interp, f, viaGetattr ? [obj, name] : [obj], null, null);
}

/** The Python function `obj.name = v` calls: the class's __setattr__, else a property's setter. */
function setAttrFunc(obj: unknown, name: string): PyFunction | null {
  if (!(obj instanceof PyObject) || obj.cls.builtin || obj instanceof PyType || name === '__class__') return null;
  const sa = ops.setattrOverride(obj.cls);
  if (sa !== undefined) return framable(sa) ? sa : null;
  if (!accessors(obj.cls).setters.has(name)) return null;
  const attr = obj.cls.lookup(name);
  return attr instanceof PyProperty && attr.cls === propertyType && framable(attr.fset) ? attr.fset : null;
}

/** The frame of `obj.name = v` (setAttrFunc); its result is dropped. */
export function setAttrFrame(interp: Interpreter, obj: unknown, name: string, v: unknown): Frame | null {
  const f = setAttrFunc(obj, name);
  if (f === null) return null;
  const args = ops.setattrOverride((obj as PyObject).cls) === f ? [obj, name, v] : [obj, v];
  return frameOf(interp, f, args, null, discard);
}

// ---------------------------------------------------------------- subscripts

/** obj[key] through a Python __getitem__. */
export function getItemFrame(interp: Interpreter, obj: unknown, key: unknown): Frame | null {
  const f = pyDunder(obj, '__getitem__');
  return f === null ? null : frameOf(interp, f, [obj, key], null, null);
}

/** obj[key] = v through a Python __setitem__. */
export function setItemFrame(interp: Interpreter, obj: unknown, key: unknown, v: unknown): Frame | null {
  const f = pyDunder(obj, '__setitem__');
  return f === null ? null : frameOf(interp, f, [obj, key, v], null, discard);
}

/** del obj[key] through a Python __delitem__. */
export function delItemFrame(interp: Interpreter, obj: unknown, key: unknown): Frame | null {
  const f = pyDunder(obj, '__delitem__');
  return f === null ? null : frameOf(interp, f, [obj, key], null, discard);
}

// ---------------------------------------------------------------- iteration

/** iter(obj) through a Python __iter__ (not a generator function's: that runs no code). */
export function iterFrame(interp: Interpreter, obj: unknown): Frame | null {
  const f = pyDunder(obj, '__iter__');
  return f === null ? null : frameOf(interp, f, [obj], null, ops.checkIterResult);
}

/**
 * FOR_ITER's next item from `it` as a frame: its __next__, or the function
 * of a map or filter over it (F_NEXT: a StopIteration ends the loop).
 * Undefined when a map or filter is exhausted (the loop ends); null when
 * the item comes without Python code of its own.
 */
export function nextFrame(interp: Interpreter, it: unknown): Frame | null | undefined {
  if (it instanceof PyCallableIter) return sentinelFrame(interp, it);
  if (it instanceof PyIter) {
    if (!it.pyCall) return null;
    const step = it.frameStep();
    if (step === undefined) return undefined;
    const [f, args, keep] = step;
    return frameOf(interp, f as PyFunction, args, null, keep === undefined ? null : filterCont(interp, it, keep), F_NEXT);
  }
  const f = pyDunder(it, '__next__');
  return f === null ? null : frameOf(interp, f, [it], null, null, F_NEXT);
}

/** next(it) (without a default) through a Python __next__. */
export function nextCallFrame(interp: Interpreter, it: unknown): Frame | null {
  const f = pyDunder(it, '__next__');
  return f === null ? null : frameOf(interp, f, [it], null, null);
}

/** iter(f, sentinel)'s next call of f; the sentinel ends the loop. */
function sentinelFrame(interp: Interpreter, it: PyCallableIter): Frame | null | undefined {
  if (it.callable === null) return undefined;
  const nf = callFrame(interp, it.callable, [], null);
  if (nf === null) return null;
  nf.flags |= F_CONT | F_NEXT;
  nf.cont = (v) => {
    if (!ops.eqObjects(it.sentinel, v)) return v;
    it.stopped();
    endLoop(interp.thread.frame!);
    return NO_RESULT;
  };
  return nf;
}

/** FOR_ITER's loop in `caller` (its ip past the instruction) ends: the iterator goes, the jump is taken. */
function endLoop(caller: Frame): void {
  caller.sp--;
  caller.ip = caller.code.code[caller.ip - 1] >> 8;
}

/** filter's predicate returned: its item is the loop's next one, or the next candidate is tried. */
function filterCont(interp: Interpreter, it: PyIter, item: unknown): FrameCont {
  return (v) => {
    if (ops.truthy(v)) return item;
    const nf = nextFrame(interp, it);
    if (nf === undefined || nf === null) {
      endLoop(interp.thread.frame!);
      return NO_RESULT;
    }
    interp.pushFrame = nf;
    return BLOCK;
  };
}

// ---------------------------------------------------------------- conversions

/** str(obj) through a Python __str__ (or object's, which calls a Python __repr__). */
export function strFrame(interp: Interpreter, obj: unknown): Frame | null {
  if (!(obj instanceof PyObject) || obj.cls.builtin || obj instanceof PyType) return null;
  const s = obj.cls.lookup('__str__');
  if (framable(s)) return frameOf(interp, s, [obj], null, strResult('__str__'));
  if (s === objectType.ns.get('__str__')) return reprFrame(interp, obj);
  return null;
}

/** repr(obj) through a Python __repr__. */
export function reprFrame(interp: Interpreter, obj: unknown): Frame | null {
  const f = pyDunder(obj, '__repr__');
  return f === null ? null : frameOf(interp, f, [obj], null, strResult('__repr__'));
}

const strResult = (name: string): FrameCont => (v) => {
  if (typeof v !== 'string') throw typeError(`${name} returned non-string (type ${ops.typeName(v)})`);
  return v;
};

/** len(obj) through a Python __len__. */
export function lenFrame(interp: Interpreter, obj: unknown): Frame | null {
  const f = pyDunder(obj, '__len__');
  return f === null ? null : frameOf(interp, f, [obj], null, ops.lenResult);
}

/**
 * FORMAT_VALUE (an f-string's `{obj}`, `{obj!r}`, `{obj:spec}`) through a
 * Python __format__, __str__ or __repr__.
 */
export function formatFrame(interp: Interpreter, obj: unknown, conversion: number, spec: string): Frame | null {
  if (!(obj instanceof PyObject) || obj.cls.builtin || obj instanceof PyType) return null;
  let nf: Frame | null;
  if (conversion === 1) nf = strFrame(interp, obj);
  else if (conversion === 2) nf = reprFrame(interp, obj);
  else if (conversion !== 0) return null;
  else {
    const f = obj.cls.lookup('__format__');
    if (framable(f)) {
      return frameOf(interp, f, [obj, spec], null, (v) => {
        if (typeof v !== 'string') throw typeError(`__format__ must return a str, not ${ops.typeName(v)}`);
        return v;
      });
    }
    // object.__format__ with an empty spec is str(obj).
    if (f !== objectType.ns.get('__format__') || spec !== '') return null;
    return strFrame(interp, obj);
  }
  if (nf === null || spec === '') return nf;
  const checked = nf.cont!;
  nf.cont = (v) => formatValue(checked(v), 0, spec);
  return nf;
}

/**
 * print(*items): as CPython writes, piece by piece (an item, the separator,
 * the next item … the end), each item's Python __str__ in a frame, so what
 * it prints or waits for comes between the pieces written before and after
 * it. Returns BLOCK when a frame is requested (the rest follows from its
 * continuation), else None.
 */
export function printInFrames(interp: Interpreter, items: unknown[], sep: string, end: string, write: (s: string) => void, from = 0): unknown {
  for (let i = from; i < items.length; i++) {
    if (i > 0) write(sep);
    const x = items[i];
    const nf = typeof x === 'string' ? null : strFrame(interp, x);
    if (nf === null) {
      write(typeof x === 'string' ? x : ops.str(x));
      continue;
    }
    const checked = nf.cont!;
    nf.cont = (v) => {
      write(checked(v) as string);
      return printInFrames(interp, items, sep, end, write, i + 1);
    };
    interp.pushFrame = nf;
    return BLOCK;
  }
  write(end);
  return null;
}

// ---------------------------------------------------------------- operators

/** An object of a class defined in Python (whose special methods may be Python functions). */
export function pyInstance(v: unknown): boolean {
  return v instanceof PyObject && !v.cls.builtin && !(v instanceof PyType);
}

/**
 * Runs the [method, self, other] calls from `i` on as an operator does:
 * each Python one as a frame (this returns BLOCK), the others at once;
 * the first answer other than NotImplemented is the result, else `none()`.
 */
function callsInFrames(interp: Interpreter, calls: unknown[], i: number, none: () => unknown, after: FrameCont | null): unknown {
  for (; i < calls.length; i += 3) {
    const f = calls[i];
    if (framable(f)) {
      const next = i + 3;
      interp.pushFrame = frameOf(interp, f, [calls[i + 1], calls[i + 2]], null, (v) => {
        if (v === NotImplemented) return callsInFrames(interp, calls, next, none, after);
        return after === null ? v : after(v);
      });
      return BLOCK;
    }
    const r = ops.callDescr(f, calls[i + 1], [calls[i + 2]]);
    if (r !== NotImplemented) return after === null ? r : after(r);
  }
  const r = none();
  return after === null ? r : after(r);
}

/** The first of `calls` as a frame when it is a Python function (the rest follow from its continuation). */
function firstInFrame(interp: Interpreter, calls: unknown[], none: () => unknown, after: FrameCont | null = null): Frame | null {
  if (calls.length === 0 || !framable(calls[0])) return null;
  callsInFrames(interp, calls, 0, none, after);
  const nf = interp.pushFrame;
  interp.pushFrame = null;
  return nf;
}

/** BINARY_OP `a <op> b` whose first method to try is a Python function. */
export function binaryFrame(interp: Interpreter, a: unknown, b: unknown, op: number): Frame | null {
  if (!pyInstance(a) && !pyInstance(b)) return null;
  return firstInFrame(interp, ops.binaryCalls(a, b, op), () => {
    throw ops.binaryOpError(a, b, op);
  });
}

/** COMPARE_OP `a <op> b` whose first method to try is a Python function. */
export function compareFrame(interp: Interpreter, a: unknown, b: unknown, op: number): Frame | null {
  if (!pyInstance(a) && !pyInstance(b)) return null;
  return firstInFrame(interp, ops.compareCalls(a, b, op), () => ops.compareFallback(a, b, op));
}

/** `item in obj` (`not in` when `negate`) through a Python __contains__. */
export function containsFrame(interp: Interpreter, obj: unknown, item: unknown, negate: boolean): Frame | null {
  const f = pyDunder(obj, '__contains__');
  return f === null ? null : frameOf(interp, f, [obj, item], null, (v) => ops.truthy(v) !== negate);
}

/** -obj, +obj, ~obj through a Python __neg__, __pos__, __invert__. */
export function unaryFrame(interp: Interpreter, obj: unknown, name: string): Frame | null {
  const f = pyDunder(obj, name);
  return f === null ? null : frameOf(interp, f, [obj], null, null);
}

/** The Python method deciding `obj`'s truth (__bool__, else __len__) and what makes its result a boolean; null for none. */
function truthMethod(obj: unknown): [PyFunction, (v: unknown) => boolean] | null {
  if (!pyInstance(obj)) return null;
  const t = (obj as PyObject).cls;
  const b = t.lookup('__bool__');
  if (b !== undefined) {
    if (!framable(b)) return null;
    return [b, (v) => {
      if (typeof v !== 'boolean') throw typeError(`__bool__ should return bool, returned ${ops.typeName(v)}`);
      return v;
    }];
  }
  const l = t.lookup('__len__');
  return framable(l) ? [l, (v) => ops.lenResult(v) > 0] : null;
}

/**
 * The truth of `obj` through a Python __bool__ (or __len__ without one),
 * for the instruction just executed in the caller (ip past it): a
 * conditional jump jumps or not, UNARY_NOT pushes the negation.
 */
export function truthFrame(interp: Interpreter, obj: unknown): Frame | null {
  const m = truthMethod(obj);
  if (m === null) return null;
  const [f, check] = m;
  return frameOf(interp, f, [obj], null, (v) => applyTruth(interp.thread.frame!, check(v)));
}

/** bool(obj) through a Python __bool__ or __len__. */
export function boolFrame(interp: Interpreter, obj: unknown): Frame | null {
  const m = truthMethod(obj);
  return m === null ? null : frameOf(interp, m[0], [obj], null, m[1]);
}

/** What the caller's truth-testing instruction does with `b`. */
function applyTruth(caller: Frame, b: boolean): unknown {
  const word = caller.code.code[caller.ip - 1];
  const target = word >> 8;
  switch (word & 0xff) {
    case Op.UNARY_NOT:
      return !b;
    case Op.POP_JUMP_IF_FALSE:
      if (!b) caller.ip = target;
      return NO_RESULT;
    case Op.POP_JUMP_IF_TRUE:
      if (b) caller.ip = target;
      return NO_RESULT;
    case Op.JUMP_IF_FALSE_OR_POP:
      // The value stays when the jump is taken.
      if (!b) caller.ip = target;
      else caller.sp--;
      return NO_RESULT;
    default: // JUMP_IF_TRUE_OR_POP
      if (b) caller.ip = target;
      else caller.sp--;
      return NO_RESULT;
  }
}
