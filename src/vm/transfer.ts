// Copying objects between processes, with pickle's rules where users meet
// them: a Queue item, a Pipe message, a Pool task or result is copied, never
// shared; classes and functions travel by reference (module + qualified
// name) and must exist under that name in the receiver, so a lambda or a
// nested function fails as CPython's pickle does.
//
// Two phases: `snapshot` copies in the sender (where references are checked
// and replaced by Ref markers), `materialize` copies the snapshot into the
// receiver (where each Ref is looked up). The snapshot belongs to no process.

import { PyObject, PyType, objectType } from '../runtime/object.js';
import { PyFunction, PyModule } from '../runtime/function.js';
import { pyErr, typeError, AttributeError, exceptionTypes, PyBaseException } from '../runtime/exceptions.js';
import { PyTuple, PyList } from '../runtime/tuple.js';
import { objectId } from '../runtime/object.js';
import { PyDict } from '../runtime/dict.js';
import { HeapCopier } from './heap-copy.js';
import type { Process } from './process.js';

/** A class or function named by reference (a PyObject only so the copier's hook sees it). */
class Ref extends PyObject {
  constructor(readonly module: string, readonly qualname: string, readonly what: 'class' | 'function') {
    super(objectType);
  }
}

/** Stands for "the process" (its streams, …) inside a snapshot. */
const PROC = {}, INTERP = {}, SCHED = {};

/** pickle.PicklingError (shown as _pickle.PicklingError, as CPython's C pickler raises it). */
export const PicklingError = new PyType('PicklingError', [exceptionTypes.get('Exception')!], 'exception', true, objectType.cls);
PicklingError.module = '_pickle';
PicklingError.mro = [PicklingError, ...exceptionTypes.get('Exception')!.mro];
PicklingError.alloc = exceptionTypes.get('Exception')!.alloc;

function lookup(p: Process, module: string, qualname: string): unknown {
  // multiprocessing's classes carry CPython's submodule names but live in the package.
  const m = p.modules.get(module) ?? (module.startsWith('multiprocessing.') ? p.modules.get('multiprocessing') : undefined);
  if (m === undefined) return undefined;
  let v: unknown = m;
  for (const part of qualname.split('.')) {
    if (v instanceof PyModule) {
      const d = v.dict as PyDict;
      // Classes a module makes on the fly (multiprocessing.managers' AutoProxy[...])
      // are found by name without showing in its namespace.
      const hidden = d.get('_pygil_hidden');
      v = d.get(part) ?? (hidden instanceof PyDict ? hidden.get(part) : undefined);
    }
    else if (v instanceof PyType) v = v.ns.get(part);
    else return undefined;
    if (v === undefined) return undefined;
  }
  return v;
}

function refFor(o: PyType | PyFunction, from: Process): Ref {
  const isClass = o instanceof PyType;
  const module = isClass ? o.module : typeof o.module === 'string' ? o.module : '__main__';
  const qualname = o.qualname;
  if (qualname.includes('<locals>')) throw pyErr(AttributeError, `Can't pickle local object '${qualname}'`);
  if (lookup(from, module, qualname) !== o) {
    const r = isClass ? `<class '${module}.${qualname}'>` : `<function ${qualname} at 0x${objectId(o).toString(16)}>`;
    throw pyErr(PicklingError, `Can't pickle ${r}: attribute lookup ${qualname} on ${module} failed`);
  }
  return new Ref(module, qualname, isClass ? 'class' : 'function');
}

/**
 * Classes pickle refuses, by module and qualified name (a forked process's
 * copy of a Python class is another object), with the name its "cannot
 * pickle 'X' object" gives. For threading's classes that is the lock
 * CPython's Python versions hold, the first thing its pickler refuses.
 */
const refused = new Map<string, string>();

/** Says that pickle refuses instances of `module`.`qualname` (and of its subclasses), naming `name`. */
export function refusePickling(module: string, qualname: string, name: string): void {
  refused.set(`${module}.${qualname}`, name);
}

refusePickling('builtins', 'generator', 'generator');
refusePickling('builtins', 'coroutine', 'coroutine');
refusePickling('builtins', 'async_generator', 'async_generator');

/** What pickle refuses instances of class `cls` as (its own or inherited), or null; per class, once. */
const refusedAs = new WeakMap<PyType, string | null>();
function refusal(cls: PyType): string | null {
  let r = refusedAs.get(cls);
  if (r === undefined) {
    r = null;
    for (const t of cls.mro) {
      const n = refused.get(`${t.module}.${t.qualname}`);
      if (n !== undefined) {
        r = n;
        break;
      }
    }
    refusedAs.set(cls, r);
  }
  return r;
}

/** Copies `v` out of `from` (raising pickle's errors for what cannot travel). */
export function snapshot(v: unknown, from: Process): unknown {
  if (typeof v !== 'object' || v === null) return v;
  const c = new HeapCopier([[from, PROC], [from.interp, INTERP], [from.sched, SCHED]], null, (o: PyObject) => {
    if (o instanceof PyType) return o.builtin ? o : refFor(o, from);
    if (o instanceof PyFunction) return refFor(o, from);
    if (o instanceof PyModule) throw typeError("cannot pickle 'module' object");
    const r = refusal(o.cls);
    if (r !== null) throw typeError(`cannot pickle '${r}' object`);
    return undefined;
  });
  return c.copy(v);
}

/** Copies a snapshot into `to`, resolving the references there. */
export function materialize(v: unknown, to: Process): unknown {
  if (typeof v !== 'object' || v === null) return v;
  const exceptions: PyBaseException[] = [];
  const c = new HeapCopier([[PROC, to], [INTERP, to.interp], [SCHED, to.sched]], null, (o: PyObject) => {
    if (o instanceof Ref) return resolve(o, to);
    if (o instanceof PyBaseException) exceptions.push(o);
    return undefined;
  });
  const r = c.copy(v);
  if (exceptions.length > 0) forgetSuggestions(r, 4);
  return r;
}

/**
 * An exception that went through pickle has lost its NameError.name and
 * AttributeError.obj, so CPython prints no "Did you mean" for it (a Pool
 * worker's error re-raised in the parent): the copies in `v` (an
 * exception, or one inside the tuples and lists a message is made of)
 * forget theirs.
 */
function forgetSuggestions(v: unknown, depth: number): void {
  if (v instanceof PyBaseException) {
    const e = v as PyBaseException & { nameAttr?: string; attrName?: string; attrObj?: unknown };
    delete e.nameAttr;
    delete e.attrName;
    delete e.attrObj;
  } else if ((v instanceof PyTuple || v instanceof PyList) && depth > 0) {
    for (const item of v.items) forgetSuggestions(item, depth - 1);
  }
}

function resolve(r: Ref, to: Process): unknown {
  const v = lookup(to, r.module, r.qualname);
  if (v === undefined) {
    throw pyErr(AttributeError, `Can't get attribute '${r.qualname}' on <module '${r.module}'>`);
  }
  return v;
}
