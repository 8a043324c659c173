// The Python-visible methods of generator and coroutine objects: iteration,
// send, throw and close.
//
// Called straight from a CALL instruction (`g.send(x)`, `next(g)`),
// send/__next__/throw do not run the generator themselves: they leave a
// resume request on the interpreter and return BLOCK, and the dispatch loop
// links the generator's frame on top of the caller's and goes on there. So a
// send() ping-pong costs no host recursion and a generator body resumed by
// send() may block and give up the GIL like any other code. Called from JS
// (list(g), a builtin iterating), they fall back to a nested run. Whether the
// call came straight from CALL is read off the calling frame (the callee is
// still in its stack slot), which costs the CALL fast path nothing. close()
// pushes a frame of a three-line Python helper that throws GeneratorExit the
// same way.

import { method, getter } from '../runtime/define.js';
import { objectId, PyObject, PyType, makeBuiltinType } from '../runtime/object.js';
import { badSelf } from '../runtime/types/native-args.js';
import { generatorType, coroutineType, PyGenerator, GEN_CLOSED, GEN_CREATED, GEN_RUNNING, genKind } from './generator.js';
import { resumeError, delegateOf, thrownAs } from './gen-resume.js';
import {
  newException, StopIteration, GeneratorExit, RuntimeError, pyErr, PyBaseException, excMatches, isExceptionType,
  isException, typeError, valueError,
} from '../runtime/exceptions.js';
import { call, typeName } from '../runtime/ops.js';
import { PyTuple } from '../runtime/tuple.js';
import { PyBuiltin, PyFunction, RESUMES_DUNDER_NEXT, RESUMES_SEND, type BuiltinFn } from '../runtime/function.js';
import { runPythonSource } from '../modules/py-source.js';
import { hiddenFiles } from './traceback.js';
import { PyFrameView, PyTraceback, setTraceback } from '../runtime/traceback-object.js';
import { current } from './process.js';
import { BLOCK } from './interpreter.js';
import { Op } from '../compiler/opcodes.js';

/**
 * Resumes `gen` with a value or an exception: in place when the builtin
 * `via` was called straight from a CALL, else in a nested run.
 */
function resume(gen: PyGenerator, value: unknown, exc: PyBaseException | null, via: BuiltinFn | null): unknown {
  const interp = current.interp;
  const err = resumeError(gen, value, exc);
  if (err !== null) throw err;
  if (via !== null && calledByCall(via, gen)) {
    interp.resumeGen = gen;
    interp.resumeValue = value;
    interp.resumeExc = exc;
    return BLOCK;
  }
  const r = interp.resumeGenerator(gen, value, exc);
  if (r === undefined) throw newException(StopIteration, interp.genReturned === null ? [] : [interp.genReturned]);
  return r;
}

let nextBuiltin: BuiltinFn | null = null;
let genNextFn: BuiltinFn | null = null;

/**
 * True when the running builtin `via` was called by the CALL instruction the
 * current frame is executing (not by another builtin, nor by JS code). The
 * callee is still in its stack slot; the functions are compared because
 * `s = g.send; s(x)` calls a bound copy of the builtin. `next(g)` counts for
 * the generator's __next__ when `gen` is its argument.
 */
function calledByCall(via: BuiltinFn, gen: PyGenerator): boolean {
  const f = current.thread.frame;
  if (f === null || f.ip === 0) return false;
  const w = f.code.code[f.ip - 1];
  if ((w & 0xff) !== Op.CALL) return false;
  const regs = f.regs, base = f.sp;
  const callee = regs[base] !== undefined ? regs[base] : regs[base + 1];
  if (!(callee instanceof PyBuiltin)) return false;
  if (callee.fn === via) return true;
  if (via !== genNextFn) return false;
  if (nextBuiltin === null) nextBuiltin = (current.builtins.get('next') as PyBuiltin).fn;
  // next(gen) itself: not next(it) of an iterator (enumerate, map …) that
  // reads the generator, which runs it nested from JS.
  const arg = regs[base] !== undefined ? regs[base + 1] : regs[base + 2];
  return callee.fn === nextBuiltin && w >> 8 === 1 && arg === gen;
}

/** The exception throw(typ[, val[, tb]]) raises, built as CPython does. */
export function throwArg(args: unknown[]): PyBaseException {
  const [typ, val, tb] = args;
  if (args.length > 3) throw typeError(`throw expected at most 3 arguments, got ${args.length}`);
  if (args.length === 0) throw typeError('throw expected at least 1 argument, got 0');
  if (tb !== undefined && tb !== null && !(tb instanceof PyTraceback)) {
    throw typeError('throw() third argument must be a traceback object');
  }
  const exc = throwValue(typ, val);
  // The three-argument form's traceback becomes the exception's, as in CPython.
  if (tb instanceof PyTraceback) setTraceback(exc, tb);
  thrownAs.set(exc, args);
  return exc;
}

function throwValue(typ: unknown, val: unknown): PyBaseException {
  if (isException(typ)) {
    if (val !== undefined && val !== null) throw typeError('instance exception may not have a separate value');
    return typ;
  }
  if (isExceptionType(typ)) {
    if (isException(val) && excMatches(val, typ)) return val;
    const a = val === undefined || val === null ? [] : val instanceof PyTuple ? val.items : [val];
    return call(typ, a) as PyBaseException;
  }
  throw typeError(`exceptions must be classes or instances deriving from BaseException, not ${typeName(typ)}`);
}

/**
 * close(): GeneratorExit at the suspension point. Called straight from a
 * CALL, it pushes a frame of CLOSE_SOURCE's close() (hidden from tracebacks),
 * which throws GeneratorExit in place; otherwise it runs nested.
 */
export function genClose(gen: PyGenerator, via: BuiltinFn | null): unknown {
  const interp = current.interp;
  if (gen.state === GEN_CLOSED) return null;
  if (gen.state === GEN_CREATED) {
    gen.state = GEN_CLOSED;
    return null;
  }
  if (gen.state === GEN_RUNNING) throw valueError(`${genKind(gen)} already executing`);
  if (via !== null && calledByCall(via, gen)) {
    interp.pushFrame = interp.makeFrame(closeHelper(), [gen], 0, 1, null, null);
    return BLOCK;
  }
  let r: unknown;
  try {
    r = interp.resumeGenerator(gen, null, newException(GeneratorExit, []));
  } catch (e) {
    if (e instanceof PyBaseException && (excMatches(e, GeneratorExit) || excMatches(e, StopIteration))) return null;
    throw e;
  }
  if (r !== undefined) throw pyErr(RuntimeError, `${genKind(gen)} ignored GeneratorExit`);
  return null;
}

const CLOSE_FILE = '<pygil generators>';
const CLOSE_SOURCE = `
def close(gen):
    try:
        gen.throw(GeneratorExit)
    except (GeneratorExit, StopIteration):
        return None
    raise RuntimeError(_ignored(gen))
`;
const closeHelpers = new WeakMap<object, PyFunction>();

/** The process's close() helper (compiled once, its namespace per process). */
function closeHelper(): PyFunction {
  const p = current;
  let f = closeHelpers.get(p);
  if (f === undefined) {
    hiddenFiles.add(CLOSE_FILE);
    const ns = runPythonSource(p, CLOSE_FILE, CLOSE_SOURCE, {
      _ignored: new PyBuiltin('_ignored', (a) => `${genKind(a[0] as PyGenerator)} ignored GeneratorExit`),
    });
    f = ns.get('close') as PyFunction;
    closeHelpers.set(p, f);
  }
  return f;
}

/** args[0] when it is a generator (or coroutine) of type `t`, else CPython's descriptor error. */
function selfOf(t: PyType, name: string, args: unknown[]): PyGenerator {
  const g = args[0];
  if (g instanceof PyGenerator && g.cls === t) return g;
  throw badSelf(t.name, name, g);
}

/**
 * gi_frame / cr_frame / ag_frame: None once closed, else a view of the
 * generator's frame (a just-made one is at its def line, as in CPython 3.11).
 */
export function genFrameView(g: PyGenerator): PyFrameView | null {
  if (g.state === GEN_CLOSED) return null;
  const code = g.frame.code;
  return new PyFrameView(code, 0, g.frame);
}

const STATE_NAMES = ['CREATED', 'SUSPENDED', 'RUNNING', 'CLOSED'];
/** inspect.getgeneratorstate / getcoroutinestate. */
export function genStateName(gen: PyGenerator): string {
  return (gen.isCoroutine ? 'CORO_' : 'GEN_') + STATE_NAMES[gen.state];
}

for (const t of [generatorType, coroutineType]) {
  const kind = t === generatorType ? 'generator' : 'coroutine';
  const pre = t === generatorType ? 'gi_' : 'cr_';
  method(t, '__repr__', (args) => {
    const g = args[0] as PyGenerator;
    return `<${kind} object ${g.qualname} at 0x${objectId(g).toString(16)}>`;
  });
  // These builtins must not get fast1/fast2 entries: the CALL fast path reads
  // a BLOCK result as "no fast entry" and would call them a second time.
  const send: BuiltinFn = (args, kw) => {
    const g = selfOf(t, 'send', args);
    if (kw !== null && kw.size > 0) throw typeError(`${kind}.send() takes no keyword arguments`);
    if (args.length !== 2) throw typeError(`${kind}.send() takes exactly one argument (${args.length - 1} given)`);
    return resume(g, args[1], null, send);
  };
  const thr: BuiltinFn = (args, kw) => {
    const g = selfOf(t, 'throw', args);
    if (kw !== null && kw.size > 0) throw typeError(`${kind}.throw() takes no keyword arguments`);
    return resume(g, null, throwArg(args.slice(1)), thr);
  };
  const close: BuiltinFn = (args, kw) => {
    const g = selfOf(t, 'close', args);
    if ((kw !== null && kw.size > 0) || args.length !== 1) {
      throw typeError(`${kind}.close() takes no arguments (${args.length - 1 + (kw?.size ?? 0)} given)`);
    }
    return genClose(g, close);
  };
  method(t, 'send', send).resumes = RESUMES_SEND;
  method(t, 'throw', thr);
  method(t, 'close', close);
  getter(t, '__name__', (g) => (g as PyGenerator).name);
  getter(t, '__qualname__', (g) => (g as PyGenerator).qualname);
  getter(t, pre + 'running', (g) => (g as PyGenerator).state === GEN_RUNNING);
  getter(t, pre + 'suspended', (g) => (g as PyGenerator).state === 1);
  getter(t, pre + 'code', (g) => (g as PyGenerator).frame.code);
  getter(t, pre + 'frame', (g) => genFrameView(g as PyGenerator));
  getter(t, t === generatorType ? 'gi_yieldfrom' : 'cr_await', (g) => delegateOf(g as PyGenerator));
}
// CPython records a coroutine's origin only under sys.set_coroutine_origin_tracking_depth.
getter(coroutineType, 'cr_origin', () => null);
method(generatorType, '__iter__', (args) => args[0]);
const genNext = method(generatorType, '__next__', (args) => {
  const g = selfOf(generatorType, '__next__', args);
  if (args.length !== 1) throw typeError(`expected 0 arguments, got ${args.length - 1}`);
  return resume(g, null, null, genNextFn);
});
genNext.resumes = RESUMES_DUNDER_NEXT;
genNextFn = genNext.fn;
// coro.__await__(): an iterator over the coroutine (await itself delegates
// to the coroutine's frame directly and never makes one). Its methods always
// resume the coroutine nested.
export const coroutineWrapperType = makeBuiltinType('coroutine_wrapper', null, 'other');
class CoroutineWrapper extends PyObject {
  constructor(readonly coro: PyGenerator) {
    super(coroutineWrapperType);
  }
}
method(coroutineType, '__await__', (args) => new CoroutineWrapper(args[0] as PyGenerator));
method(coroutineWrapperType, '__iter__', (args) => args[0]);
method(coroutineWrapperType, '__next__', (args) => resume((args[0] as CoroutineWrapper).coro, null, null, null));
method(coroutineWrapperType, 'send', (args) => resume((args[0] as CoroutineWrapper).coro, args[1], null, null));
method(coroutineWrapperType, 'throw', (args) => resume((args[0] as CoroutineWrapper).coro, null, throwArg(args.slice(1)), null));
method(coroutineWrapperType, 'close', (args) => genClose((args[0] as CoroutineWrapper).coro, null));
