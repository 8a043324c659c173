// super(): zero-argument form finds the class through the __class__ cell of
// the calling frame and the instance in its first argument, as CPython does.

import { PyObject, PyType, makeBuiltinType, typeOf } from '../object.js';
import { constructor, method } from '../define.js';
import { PyCell, PyClassMethod, PyStaticMethod, PyBoundMethod } from '../function.js';
import { typeError, runtimeError } from '../exceptions.js';
import { bindDescr, noAttribute } from '../ops.js';
import { current } from '../../vm/process.js';

export const superType = makeBuiltinType('super', null, 'other');

export class PySuper extends PyObject {
  constructor(readonly start: PyType, readonly obj: unknown, readonly objType: PyType) {
    super(superType);
  }
}

constructor(superType, (args) => {
  let start: unknown, obj: unknown;
  if (args.length === 1) {
    const frame = current.thread.frame;
    if (frame === null || frame.func === null) throw runtimeError('super(): no arguments');
    const code = frame.code;
    // CPython's order: a function without arguments first, then the cell.
    if (code.argcount === 0 && (code.flags & 0x04) === 0) throw runtimeError('super(): no arguments');
    const ci = code.freevars.indexOf('__class__');
    if (ci < 0) throw runtimeError('super(): __class__ cell not found');
    const cell = frame.regs[code.varnames.length + code.cellvars.length + ci] as PyCell;
    start = cell.v;
    if (start === undefined) throw runtimeError('super(): empty __class__ cell');
    obj = frame.regs[0];
    const selfCell = code.cell2arg ? Array.from(code.cell2arg).indexOf(0) : -1;
    if (selfCell >= 0) obj = (frame.regs[code.varnames.length + selfCell] as PyCell).v;
    if (obj === undefined) throw runtimeError('super(): arg[0] deleted');
  } else if (args.length === 3) {
    start = args[1];
    obj = args[2];
  } else {
    throw typeError('super() argument 1 must be a type');
  }
  if (!(start instanceof PyType)) throw typeError(`super() argument 1 must be a type, not ${typeOf(start).name}`);
  let objType: PyType;
  if (obj instanceof PyType && obj.isSubtypeOf(start)) objType = obj;
  else if (typeOf(obj).isSubtypeOf(start)) objType = typeOf(obj);
  else throw typeError('super(type, obj): obj must be an instance or subtype of type');
  return new PySuper(start, obj, objType);
});

/** Attribute lookup on a super object: the MRO of obj's type after `start`. */
export function superGetAttr(s: PySuper, name: string): unknown {
  const mro = s.objType.mro;
  let i = mro.indexOf(s.start) + 1;
  for (; i < mro.length; i++) {
    const v = mro[i].ns.get(name);
    if (v !== undefined) {
      if (s.obj === s.objType) {
        // super() inside a classmethod: classmethods bind to the class, functions stay plain.
        if (v instanceof PyClassMethod) return new PyBoundMethod(v.func, s.objType);
        if (v instanceof PyStaticMethod) return v.func;
        return v;
      }
      return bindDescr(v, s.obj, s.objType);
    }
  }
  if (name === '__class__') return superType;
  throw noAttribute(s, name);
}

superType.getattro = (obj, name) => superGetAttr(obj as PySuper, name);
method(superType, '__repr__', (args) => {
  const s = args[0] as PySuper;
  return `<super: <class '${s.start.name}'>, <${s.objType.name} object>>`;
});
