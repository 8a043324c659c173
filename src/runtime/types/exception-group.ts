// BaseExceptionGroup and ExceptionGroup (PEP 654): construction with
// CPython's checks and its choice of class, `message` and `exceptions`,
// and the methods that take a group apart: split, subgroup, derive. The
// VM's `except*` (CHECK_EG_MATCH, PREP_RERAISE_STAR) uses egMatch and
// prepReraiseStar below.

import { PyType, typeOf } from '../object.js';
import { method, constructor, member } from '../define.js';
import {
  PyBaseException, PyExceptionGroup, BaseExceptionGroup, ExceptionGroup, Exception, baseExceptionType,
  typeError, valueError,
} from '../exceptions.js';
import { PyTuple, PyList, tuple } from '../tuple.js';
import { PyDict } from '../dict.js';
import { allocInstance, call, callMethod, getAttrMaybe, toArray, truthy } from '../ops.js';
import { subscriptable } from '../generic-alias.js';

/** The exceptions argument as a tuple: any sequence (not a mapping or a set), as PySequence_Check accepts. */
function exceptionsArg(v: unknown): PyTuple {
  if (v instanceof PyTuple) return v;
  if (v instanceof PyList) return tuple(v.items.slice());
  const t = typeOf(v);
  if (v instanceof PyDict || t.lookup('__getitem__') === undefined) {
    throw typeError('second argument (exceptions) must be a sequence');
  }
  return tuple(toArray(v));
}

constructor(BaseExceptionGroup, (args, kw) => {
  let cls = args[0] as PyType;
  if (kw !== null && kw.size > 0) throw typeError(`${cls.name}() takes no keyword arguments`);
  const n = args.length - 1;
  if (n !== 2) throw typeError(`BaseExceptionGroup.__new__() takes exactly 2 arguments (${n} given)`);
  const message = args[1];
  if (typeof message !== 'string') {
    throw typeError(`BaseExceptionGroup.__new__() argument 1 must be str, not ${typeOf(message).name}`);
  }
  const excs = exceptionsArg(args[2]);
  if (excs.items.length === 0) throw valueError('second argument (exceptions) must be a non-empty sequence');
  let nestsBase = false;
  excs.items.forEach((e, i) => {
    if (!(e instanceof PyBaseException)) throw valueError(`Item ${i} of second argument (exceptions) is not an exception`);
    if (!e.cls.isSubtypeOf(Exception)) nestsBase = true;
  });
  // The class: a BaseExceptionGroup of Exceptions only is an ExceptionGroup;
  // an ExceptionGroup (or an Exception subclass of a group) holds no BaseExceptions.
  if (cls === BaseExceptionGroup) {
    if (!nestsBase) cls = ExceptionGroup;
  } else if (cls === ExceptionGroup) {
    if (nestsBase) throw typeError('Cannot nest BaseExceptions in an ExceptionGroup');
  } else if (nestsBase && cls.isSubtypeOf(Exception)) {
    throw typeError(`Cannot nest BaseExceptions in '${cls.name}'`);
  }
  const g = allocInstance(cls) as PyExceptionGroup;
  g.message = message;
  g.exceptions = excs;
  g.args = tuple([message, args[2]]);
  return g;
});
method(BaseExceptionGroup, '__init__', (args, kw) => {
  const g = args[0] as PyBaseException;
  if (kw !== null && kw.size > 0) throw typeError(`${g.cls.name}() takes no keyword arguments`);
  g.args = tuple(args.slice(1));
  return null;
});
method(BaseExceptionGroup, '__str__', (args) => {
  const g = args[0] as PyExceptionGroup;
  const n = g.exceptions.items.length;
  return `${g.message} (${n} sub-exception${n === 1 ? '' : 's'})`;
});
member(BaseExceptionGroup, 'message', (g) => (g as PyExceptionGroup).message);
member(BaseExceptionGroup, 'exceptions', (g) => (g as PyExceptionGroup).exceptions);
subscriptable(BaseExceptionGroup);
subscriptable(ExceptionGroup);

method(BaseExceptionGroup, 'derive', (args) => makeGroup((args[0] as PyExceptionGroup).message, args[1]));
method(BaseExceptionGroup, 'split', (args) => {
  const [match, rest] = split(args[0] as PyExceptionGroup, matcher(args[1]), true);
  return tuple([match, rest]);
});
method(BaseExceptionGroup, 'subgroup', (args) => split(args[0] as PyExceptionGroup, matcher(args[1]), false)[0]);

/** BaseExceptionGroup(message, excs): an ExceptionGroup when every one is an Exception. */
export function makeGroup(message: string, excs: unknown): PyExceptionGroup {
  return call(BaseExceptionGroup, [message, excs]) as PyExceptionGroup;
}

/** What split() and subgroup() test each exception with. */
type Matcher = (e: PyBaseException) => boolean;

function matcher(cond: unknown): Matcher {
  if (cond instanceof PyType && cond.isSubtypeOf(baseExceptionType)) return (e) => e.cls.isSubtypeOf(cond);
  if (cond instanceof PyTuple && cond.cls === typeOf(cond) && cond.items.every((t) => t instanceof PyType && t.isSubtypeOf(baseExceptionType))) {
    const types = cond.items as PyType[];
    return (e) => types.some((t) => e.cls.isSubtypeOf(t));
  }
  if (!(cond instanceof PyType) && typeOf(cond).lookup('__call__') !== undefined) return (e) => truthy(call(cond, [e]));
  throw typeError('expected a function, exception type or tuple of exception types');
}

/**
 * The parts of `e` that match and (when `withRest`) the parts that do not,
 * each null when empty: a group that matches as a whole is the match; else
 * its members are split in turn and the matching ones regrouped through
 * derive(), with the original's traceback, cause, context and notes.
 */
function split(e: PyBaseException, match: Matcher, withRest: boolean): [PyBaseException | null, PyBaseException | null] {
  if (match(e)) return [e, null];
  if (!(e instanceof PyExceptionGroup)) return [null, withRest ? e : null];
  const matched: PyBaseException[] = [];
  const rest: PyBaseException[] = [];
  for (const sub of e.exceptions.items as PyBaseException[]) {
    const [m, r] = split(sub, match, withRest);
    if (m !== null) matched.push(m);
    if (r !== null) rest.push(r);
  }
  return [subset(e, matched), withRest ? subset(e, rest) : null];
}

/** `orig.derive(excs)` with orig's metadata, or null for no exceptions. */
function subset(orig: PyExceptionGroup, excs: PyBaseException[]): PyExceptionGroup | null {
  if (excs.length === 0) return null;
  const g = callMethod(orig, 'derive', [new PyList(excs)]);
  if (!(g instanceof PyExceptionGroup)) throw typeError('derive must return an instance of BaseExceptionGroup');
  g.tb = orig.tb.slice();
  g.context = orig.context;
  g.cause = orig.cause;
  g.suppressContext = true; // as PyException_SetCause leaves it
  const notes = getAttrMaybe(orig, '__notes__');
  if (notes !== undefined && (notes instanceof PyList || notes instanceof PyTuple)) {
    ((g.dict ??= new PyDict()) as PyDict).set('__notes__', new PyList(notes.items.slice()));
  }
  return g;
}

/**
 * `except* T` (CHECK_EG_MATCH): [rest, match] of `e` against T, match null
 * when nothing matches. A bare exception that matches is wrapped in a group
 * of its own (with its traceback).
 */
export function egMatch(e: PyBaseException, spec: unknown): [PyBaseException | null, PyBaseException | null] {
  checkStarSpec(spec);
  const m = matcher(spec);
  if (m(e)) {
    if (e instanceof PyExceptionGroup) return [null, e];
    const g = makeGroup('', tuple([e]));
    g.tb = e.tb.slice();
    return [null, g];
  }
  if (e instanceof PyExceptionGroup) {
    const [match, rest] = split(e, m, true);
    return [rest, match];
  }
  return [e, null];
}

function checkStarSpec(spec: unknown): void {
  const types = spec instanceof PyTuple ? spec.items : [spec];
  for (const t of types) {
    if (!(t instanceof PyType) || !t.isSubtypeOf(baseExceptionType)) {
      throw typeError('catching classes that do not inherit from BaseException is not allowed');
    }
  }
  for (const t of types) {
    if ((t as PyType).isSubtypeOf(BaseExceptionGroup)) {
      throw typeError('catching ExceptionGroup with except* is not allowed. Use except instead.');
    }
  }
}

/**
 * What a `try ... except*` raises once its clauses ran (PREP_RERAISE_STAR):
 * `raised` holds what each clause raised, then what no clause matched
 * (nulls for nothing). Re-raised parts of the original go back into one
 * group shaped like it; new exceptions join them in a new ExceptionGroup.
 * Null when nothing is left to raise.
 */
export function prepReraiseStar(orig: PyBaseException, raised: (PyBaseException | null)[]): PyBaseException | null {
  if (raised.length === 0) return null;
  // A bare exception was wrapped for matching: at most one clause ran.
  if (!(orig instanceof PyExceptionGroup)) return raised[0] ?? null;
  const fresh: PyBaseException[] = [];
  const reraised: PyBaseException[] = [];
  for (const e of raised) {
    if (e === null) continue;
    (sameMetadata(e, orig) ? reraised : fresh).push(e);
  }
  // The re-raised leaves, regrouped in the original's shape.
  const leaves = new Set<PyBaseException>();
  for (const e of reraised) collectLeaves(e, leaves);
  const back = split(orig, (e) => leaves.has(e), false)[0];
  if (fresh.length === 0) return back;
  if (back !== null) fresh.push(back);
  return fresh.length > 1 ? makeGroup('', new PyList(fresh)) : fresh[0];
}

/** Whether `e` is a part of `orig` raised again as it was (CPython compares traceback, cause, context, notes). */
function sameMetadata(e: PyBaseException, orig: PyBaseException): boolean {
  if (e.cause !== orig.cause || e.context !== orig.context) return false;
  if (e.tb.length !== orig.tb.length || e.tb.some((x, i) => x !== orig.tb[i])) return false;
  return e.dict?.map.get('__notes__') === orig.dict?.map.get('__notes__');
}

function collectLeaves(e: PyBaseException, into: Set<PyBaseException>): void {
  if (e instanceof PyExceptionGroup) for (const s of e.exceptions.items as PyBaseException[]) collectLeaves(s, into);
  else into.add(e);
}
