// The builtins module: the functions and types every program sees without
// importing anything. Type constructors live with their types
// (src/runtime/types/); this file wires them into the namespace and defines
// the free functions.

import { PyDict } from '../runtime/dict.js';
import { func, argCount } from '../runtime/define.js';
import { PyType, objectType, typeType, intType, floatType, strType, boolType, PyObject, objectId, valueId, typeOf } from '../runtime/object.js';
import { exceptionTypes, typeError, valueError, pyErr, ImportError, SystemExit } from '../runtime/exceptions.js';
import { PyFunction, PyCell } from '../runtime/function.js';
import { PyTuple, tupleType, listType } from '../runtime/tuple.js';
import { dictType, setType, frozensetType } from '../runtime/dict.js';
import * as ops from '../runtime/ops.js';
import { Frame } from '../vm/frame.js';
import { current, type Process } from '../vm/process.js';
import { printInFrames } from '../vm/special-frames.js';
import { createClass } from '../runtime/types/object-type.js';
import { NotImplemented, Ellipsis } from '../runtime/singletons.js';
import { builtinFunctions } from './builtin-functions.js';
import '../runtime/types/exception-type.js';
import '../runtime/types/load-all.js';
import '../vm/generator-type.js';
import { rangeType } from '../runtime/types/range-type.js';
import { sliceType } from '../runtime/slice.js';
import { bytesType, bytearrayType } from '../runtime/bytes.js';
import { propertyType, staticmethodType, classmethodType } from '../runtime/function.js';
import { superType } from '../runtime/types/super-type.js';

export function makeBuiltins(proc: Process): PyDict {
  const b = new PyDict();
  b.set('__name__', 'builtins');
  b.set('None', null);
  b.set('True', true);
  b.set('False', false);
  b.set('NotImplemented', NotImplemented);
  b.set('Ellipsis', Ellipsis);
  b.set('__debug__', true);
  const types: PyType[] = [
    objectType, typeType, intType, floatType, strType, boolType, tupleType, listType, dictType, setType,
    frozensetType, rangeType, sliceType, bytesType, bytearrayType, propertyType, staticmethodType, classmethodType, superType,
  ];
  for (const t of types) b.set(t.name, t);
  for (const [name, t] of exceptionTypes) b.set(name, t);

  func(b, '__build_class__', (args, kw) => buildClass(current, args, kw));
  func(b, 'print', (args, kw) => {
    let sep = ' ', end = '\n';
    let file: unknown = null;
    if (kw !== null) {
      for (const [k, v] of kw) {
        if (k === 'sep') sep = v === null ? ' ' : checkStr(v, 'sep');
        else if (k === 'end') end = v === null ? '\n' : checkStr(v, 'end');
        else if (k === 'file') file = v;
        else if (k === 'flush') { /* output is flushed at exit and before stderr */ }
        else throw typeError(`'${k}' is an invalid keyword argument for print()`);
      }
    }
    if (file === null) file = replacedStdout();
    const write = (s: string): null => {
      if (file === null) current.writeStdout(s);
      else if (file !== NO_OUTPUT) ops.callMethod(file, 'write', [s]);
      return null;
    };
    const interp = current.interp;
    if (interp.blockable && args.some((a) => a instanceof PyObject && !a.cls.builtin)) {
      // An object of a Python class: its __str__ runs as a frame, so it may block.
      return printInFrames(interp, args, sep, end, write);
    }
    let s = '';
    try {
      for (let i = 0; i < args.length; i++) {
        if (i > 0) s += sep;
        const a = args[i];
        s += typeof a === 'string' ? a : ops.str(a);
      }
    } catch (e) {
      // CPython writes piece by piece: what came before the failing item is out.
      if (s !== '') write(s);
      throw e;
    }
    return write(s + end);
  });
  // __import__(name, globals=None, locals=None, fromlist=(), level=0): what
  // an import statement does. pygil has no packages of its own to import
  // relative to, so a relative import fails as in a script run directly.
  func(b, '__import__', (args, kw) => {
    const names = ['name', 'globals', 'locals', 'fromlist', 'level'];
    const vals: unknown[] = args.slice();
    if (vals.length > 5) throw typeError(`__import__() takes at most 5 arguments (${vals.length} given)`);
    if (kw !== null) {
      for (const [k, v] of kw) {
        const i = names.indexOf(k);
        if (i < 0) throw typeError(`__import__() got an unexpected keyword argument '${k}'`);
        if (i < args.length) throw typeError(`argument for __import__() given by name ('${k}') and position (${i + 1})`);
        vals[i] = v;
      }
    }
    const [name, , , fromlist, level] = vals;
    if (name === undefined) throw typeError("__import__() missing required argument 'name' (pos 1)");
    if (typeof name !== 'string') throw typeError('module name must be a string');
    const lv = level === undefined ? 0 : ops.toIndex(level);
    if (lv < 0) throw valueError('level must be >= 0');
    if (lv > 0) throw pyErr(ImportError, 'attempted relative import with no known parent package');
    if (name === '') throw valueError('Empty module name');
    return current.importModule(name, fromlist !== undefined && fromlist !== null && ops.truthy(fromlist));
  });
  func(b, 'exit', (args) => {
    throw ops.call(SystemExit, args.slice(0, 1));
  });
  b.set('quit', b.get('exit'));
  func(b, 'id', (args) => {
    argCount('id', args, 1);
    const v = args[0];
    if (v instanceof PyObject) return objectId(v);
    return valueId(v);
  });
  builtinFunctions(b, proc);
  return b;
}

/** print() with sys.stdout set to None: nothing is written, as in CPython. */
const NO_OUTPUT = Symbol('no output');

/**
 * The object a program put in sys.stdout in place of the process's own
 * stream (redirect_stdout, a StringIO), NO_OUTPUT for None, or null when
 * print() writes to the process's output as usual.
 */
function replacedStdout(): unknown {
  const sys = current.modules.get('sys');
  if (sys === undefined) return null;
  const ns = sys.dict as PyDict;
  const out = ns.get('stdout');
  if (out === undefined || out === ns.get('__stdout__')) return null;
  return out === null ? NO_OUTPUT : out;
}

function checkStr(v: unknown, what: string): string {
  if (typeof v !== 'string') throw typeError(`${what} must be None or a string, not ${ops.typeName(v)}`);
  return v;
}

/**
 * A class statement's bases with each non-class that has __mro_entries__
 * (a `list[int]`) replaced by the classes it names; the same array when
 * there is nothing to replace.
 */
function resolveBases(bases: unknown[]): unknown[] {
  let out: unknown[] | null = null;
  for (let i = 0; i < bases.length; i++) {
    const b = bases[i];
    const me = b instanceof PyType ? undefined : ops.getAttrMaybe(b, '__mro_entries__');
    if (me === undefined) {
      out?.push(b);
      continue;
    }
    out ??= bases.slice(0, i);
    const entries = ops.call(me, [new PyTuple(bases)]);
    if (!(entries instanceof PyTuple)) throw typeError('__mro_entries__ must return a tuple');
    out.push(...entries.items);
  }
  return out ?? bases;
}

/**
 * The namespace the class body runs in: a new dict, or what the metaclass's
 * own __prepare__ returns (a dict subclass whose __setitem__ sees each name
 * the body binds).
 */
function prepareNamespace(meta: unknown, name: string, bases: unknown[], extra: Map<string, unknown>): PyDict {
  const metaType = meta instanceof PyType ? meta : typeOf(meta);
  const prepare = metaType.lookup('__prepare__');
  if (prepare === undefined || prepare === typeType.ns.get('__prepare__')) return new PyDict();
  const ns = ops.call(ops.getAttr(meta, '__prepare__'), [name, new PyTuple(bases)], extra.size > 0 ? extra : null);
  if (ns instanceof PyDict) return ns;
  if (typeOf(ns).lookup('__getitem__') === undefined) {
    const who = meta instanceof PyType ? meta.name : '<metaclass>';
    throw typeError(`${who}.__prepare__() must return a mapping, not ${ops.typeName(ns)}`);
  }
  throw typeError(`pygil: a class namespace from __prepare__ must be a dict or a dict subclass, not ${ops.typeName(ns)}`);
}

/** __build_class__(func, name, *bases, metaclass=..., **kw). */
function buildClass(proc: Process, args: unknown[], kw: Map<string, unknown> | null): unknown {
  if (args.length < 2) throw typeError('__build_class__: not enough arguments');
  const fn = args[0] as PyFunction;
  const name = args[1] as string;
  const origBases = args.slice(2);
  const bases = resolveBases(origBases);
  for (const base of bases) {
    if (!(base instanceof PyType)) {
      if (base instanceof PyFunction) throw typeError(`function() argument 'code' must be code, not str`);
      throw typeError(`bases must be types`);
    }
  }
  let meta: unknown = kw?.get('metaclass');
  if (meta === undefined) {
    meta = typeType;
    for (const base of bases) {
      const bm = (base as PyType).cls;
      if (bm.isSubtypeOf(meta as PyType)) meta = bm;
    }
  }
  const extra = new Map(kw ?? []);
  extra.delete('metaclass');
  const ns = prepareNamespace(meta, name, bases, extra);
  if (bases !== origBases) ns.set('__orig_bases__', new PyTuple(origBases));
  const frame = new Frame(fn.code, fn.globals, ns, fn);
  if (fn.code.freevars.length > 0 || fn.code.cellvars.length > 0) {
    const nv = fn.code.varnames.length;
    for (let i = 0; i < fn.code.cellvars.length; i++) frame.regs[nv + i] = new PyCell(undefined);
    const base = nv + fn.code.cellvars.length;
    for (let i = 0; i < fn.code.freevars.length; i++) frame.regs[base + i] = fn.closure![i];
  }
  proc.interp.runNested(frame);
  if (meta === typeType) return createClass(typeType, name, bases as PyType[], ns, extra.size > 0 ? extra : null);
  return ops.call(meta, [name, new PyTuple(bases), ns], extra.size > 0 ? extra : null);
}

