// Traceback objects: what `e.__traceback__` and `sys.exc_info()[2]` give,
// a chain from the outermost frame (tb_next towards the raise), each with
// its line and a small frame object (f_code, f_lineno). An exception keeps
// its traceback as plain entries (PyBaseException.tb, innermost first);
// the objects are made on demand and kept, so that reading __traceback__
// twice gives the same object and a traceback that grew as the exception
// passed outwards still ends in the objects handed out before.

import { PyObject, makeBuiltinType, objectId } from './object.js';
import { getter, method } from './define.js';
import type { PyBaseException, TbEntry } from './exceptions.js';
import type { CodeObject } from '../compiler/code.js';

export const tracebackType = makeBuiltinType('traceback', null, 'other');
export const frameType = makeBuiltinType('frame', null, 'other');

/** A finished frame as a traceback shows it (pygil keeps no frame objects: only its code and line). */
export class PyFrameView extends PyObject {
  constructor(readonly code: CodeObject, readonly lineno: number) {
    super(frameType);
  }
}

export class PyTraceback extends PyObject {
  next: PyTraceback | null;
  readonly frame: PyFrameView;
  constructor(readonly entry: TbEntry, next: PyTraceback | null) {
    super(tracebackType);
    this.next = next;
    this.frame = new PyFrameView(entry.code, lineOf(entry));
  }
}

/** The line a traceback entry shows (the instruction's first line, as the printed traceback has it). */
export function lineOf(entry: TbEntry): number {
  return entry.code.positions[entry.ip * 4];
}

/** The objects made so far for an exception's entries (index i for tb[i]), and the array they describe. */
const made = new WeakMap<PyBaseException, { tb: TbEntry[]; objs: PyTraceback[] }>();

/** `e.__traceback__`: the head of the chain (the outermost frame), or null. */
export function tracebackOf(e: PyBaseException): PyTraceback | null {
  const tb = e.tb;
  if (tb.length === 0) return null;
  let m = made.get(e);
  if (m === undefined || m.tb !== tb || m.objs.length > tb.length) {
    m = { tb, objs: [] };
    made.set(e, m);
  }
  const objs = m.objs;
  for (let i = objs.length; i < tb.length; i++) objs.push(new PyTraceback(tb[i], i > 0 ? objs[i - 1] : null));
  return objs[tb.length - 1];
}

/** Gives `e` the traceback `head` (with_traceback, assigning __traceback__): null clears it. */
export function setTraceback(e: PyBaseException, head: PyTraceback | null): void {
  const objs: PyTraceback[] = [];
  for (let t = head; t !== null; t = t.next) objs.push(t);
  objs.reverse();
  e.tb = objs.map((t) => t.entry);
  made.set(e, { tb: e.tb, objs });
}

getter(tracebackType, 'tb_next', (t) => (t as PyTraceback).next);
getter(tracebackType, 'tb_frame', (t) => (t as PyTraceback).frame);
getter(tracebackType, 'tb_lineno', (t) => (t as PyTraceback).frame.lineno);
getter(tracebackType, 'tb_lasti', (t) => (t as PyTraceback).entry.ip * 2);
method(tracebackType, '__repr__', (a) => `<traceback object at 0x${objectId(a[0] as PyObject).toString(16)}>`);
getter(frameType, 'f_code', (f) => (f as PyFrameView).code);
getter(frameType, 'f_lineno', (f) => (f as PyFrameView).lineno);
method(frameType, '__repr__', (a) => {
  const f = a[0] as PyFrameView;
  return `<frame at 0x${objectId(f).toString(16)}, file '${f.code.filename}', line ${f.lineno}, code ${f.code.name}>`;
});
