// Traceback objects: what `e.__traceback__` and `sys.exc_info()[2]` give,
// a chain from the outermost frame (tb_next towards the raise), each with
// its line and a small frame object (f_code, f_lineno). An exception keeps
// its traceback as plain entries (PyBaseException.tb, innermost first);
// the objects are made on demand and kept, so that reading __traceback__
// twice gives the same object and a traceback that grew as the exception
// passed outwards still ends in the objects handed out before.

import { PyObject, makeBuiltinType, objectId } from './object.js';
import { getter, method } from './define.js';
import { attributeError, type PyBaseException, type TbEntry } from './exceptions.js';
import type { CodeObject } from '../compiler/code.js';
import { F_KEEP, type Frame } from '../vm/frame.js';
import { isHiddenCode } from '../vm/traceback.js';
import { GEN_CREATED } from '../vm/generator.js';
import { PyDict } from './dict.js';
import { PyCell } from './function.js';

export const tracebackType = makeBuiltinType('traceback', null, 'other');
export const frameType = makeBuiltinType('frame', null, 'other');

/**
 * A frame object. A traceback's is a finished frame as it shows it: its
 * code and line (pygil keeps no more of it). sys._getframe(), inspect's and
 * a generator's are views of a live frame (`live`), which they keep from
 * being recycled (F_KEEP): their line, locals, globals and caller are the
 * frame's own, as it is when read.
 */
export class PyFrameView extends PyObject {
  constructor(readonly code: CodeObject, private readonly line: number, readonly live: Frame | null = null) {
    super(frameType);
    if (live !== null) live.flags |= F_KEEP;
  }

  get lineno(): number {
    const f = this.live;
    if (f === null) return this.line;
    // A generator not yet started is at its def line, as in CPython 3.11.
    if (f.gen !== null && f.gen.state === GEN_CREATED) return f.code.firstLineNo;
    return f.lineno;
  }
}

/**
 * The frame `depth` Python frames out from `f` (0: `f` itself), skipping
 * those of pygil's code that stands for CPython's C; null past the bottom.
 */
export function pythonFrame(f: Frame | null, depth: number): Frame | null {
  for (; f !== null; f = f.back) {
    if (isHiddenCode(f.code)) continue;
    if (depth-- <= 0) return f;
  }
  return null;
}

/** A view of the live frame `f`, or null for none. */
export function frameView(f: Frame | null): PyFrameView | null {
  return f === null ? null : new PyFrameView(f.code, 0, f);
}

/**
 * frame.f_locals: a module's or class body's namespace itself, else a new
 * dict of the function's bound variables (its cells' contents among them),
 * in CPython's order: local variables, then cells, then free variables.
 */
export function frameLocals(f: Frame): PyDict {
  if (f.locals !== null) return f.locals;
  const code = f.code;
  const d = new PyDict();
  const regs = f.regs;
  const nv = code.varnames.length;
  for (let i = 0; i < nv; i++) if (regs[i] !== undefined && !(regs[i] instanceof PyCell)) d.set(code.varnames[i], regs[i]);
  const names = [...code.cellvars, ...code.freevars];
  for (let i = 0; i < names.length; i++) {
    const cell = regs[nv + i];
    if (cell instanceof PyCell && cell.v !== undefined) d.set(names[i], cell.v);
  }
  return d;
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
// A traceback's frame has only its code and line: these read as missing there.
const liveOnly = (name: string, read: (f: Frame) => unknown) =>
  getter(frameType, name, (v) => {
    const f = (v as PyFrameView).live;
    if (f === null) throw attributeError(`'frame' object has no attribute '${name}' (pygil keeps only a traceback frame's code and line)`);
    return read(f);
  });
liveOnly('f_locals', frameLocals);
liveOnly('f_globals', (f) => f.globals);
liveOnly('f_back', (f) => frameView(pythonFrame(f.back, 0)));
liveOnly('f_lasti', (f) => Math.max(0, f.ip - 1) * 2);
method(frameType, '__repr__', (a) => {
  const f = a[0] as PyFrameView;
  return `<frame at 0x${objectId(f).toString(16)}, file '${f.code.filename}', line ${f.lineno}, code ${f.code.name}>`;
});
