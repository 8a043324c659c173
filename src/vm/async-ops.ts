// What the async opcodes do (GET_AWAITABLE, GET_AITER, GET_ANEXT,
// BEFORE_ASYNC_WITH, END_ASYNC_FOR) and the async generator objects.
//
// An async generator is a PyGenerator whose own `yield`s are marked by
// ASYNC_GEN_WRAP. Its __anext__()/asend()/athrow()/aclose() return an
// awaitable ("asend" object) that resumes the generator's frame: a marked
// value ends the await with that value (StopIteration), an unmarked one is
// something an `await` inside the body passes up to the event loop, and the
// frame returning ends the iteration (StopAsyncIteration).
//
// Awaited by Python code (`await ag.__anext__()`, `async for`), the SEND of
// the await links the generator's frame on top of the awaiting one
// (asyncGenEnter), as for any coroutine; ASYNC_GEN_WRAP then suspends the
// generator and completes the await with the value, and a return raises
// StopAsyncIteration at the SEND (interpreter.ts). Stepped from JS (aclose,
// a throw() that reaches an awaiting frame), step() resumes it in a nested
// run and reads the marks.

import { asyncGenFirstIter } from './gen-finalize.js';
import { PyObject, makeBuiltinType, objectId, typeOf } from '../runtime/object.js';
import { method, getter } from '../runtime/define.js';
import {
  PyBaseException, typeError, pyErr, RuntimeError, StopIteration, StopAsyncIteration, GeneratorExit, newException,
  excMatches, TypeError,
} from '../runtime/exceptions.js';
import * as ops from '../runtime/ops.js';
import { PyGenerator, asyncGeneratorType, GEN_CLOSED, GEN_CREATED, GEN_RUNNING } from './generator.js';
import { delegateOf, enterGen, resumeError } from './gen-resume.js';
import type { Interpreter } from './interpreter.js';
import type { Frame } from './frame.js';
import { throwArg, genFrameView } from './generator-type.js';
import { current } from './process.js';

/** A value yielded by an async generator's own `yield` (never visible to Python code). */
export class AsyncGenValue {
  constructor(readonly v: unknown) {}
}

function isIterator(v: unknown): boolean {
  return typeOf(v).lookup('__next__') !== undefined;
}

const AWAIT_WHERE = ['', "'async with' received an object from __aenter__", "'async with' received an object from __aexit__"];

/** GET_AWAITABLE: the iterator an `await v` delegates to. */
export function getAwaitable(v: unknown, where: number): unknown {
  if (v instanceof PyGenerator && v.isCoroutine) {
    if (delegateOf(v) !== null) throw pyErr(RuntimeError, 'coroutine is being awaited already');
    return v;
  }
  const aw = typeOf(v).lookup('__await__');
  if (aw === undefined) {
    if (where > 0) throw typeError(`${AWAIT_WHERE[where]} that does not implement __await__: ${ops.typeName(v)}`);
    throw typeError(`object ${ops.typeName(v)} can't be used in 'await' expression`);
  }
  const it = ops.callDescr(aw, v, []);
  if (it instanceof PyGenerator && it.isCoroutine) throw typeError('__await__() returned a coroutine');
  if (!isIterator(it)) throw typeError(`__await__() returned non-iterator of type '${ops.typeName(it)}'`);
  return it;
}

/** GET_AITER. */
export function getAiter(v: unknown): unknown {
  const f = typeOf(v).lookup('__aiter__');
  if (f === undefined) throw typeError(`'async for' requires an object with __aiter__ method, got ${ops.typeName(v)}`);
  const it = ops.callDescr(f, v, []);
  if (typeOf(it).lookup('__anext__') === undefined) {
    throw typeError(`'async for' received an object from __aiter__ that does not implement __anext__: ${ops.typeName(it)}`);
  }
  return it;
}

/** GET_ANEXT: the awaitable of aiter.__anext__(). */
export function getAnext(it: unknown): unknown {
  if (it instanceof PyGenerator && it.cls === asyncGeneratorType) return new AsyncGenSend(it, null, null, MODE_NEXT);
  const f = typeOf(it).lookup('__anext__');
  if (f === undefined) throw typeError(`'async for' requires an iterator with __anext__ method, got ${ops.typeName(it)}`);
  const aw = ops.callDescr(f, it, []);
  try {
    return getAwaitable(aw, 0);
  } catch (e) {
    if (e instanceof PyBaseException && excMatches(e, TypeError)) {
      throw typeError(`'async for' received an invalid object from __anext__: ${ops.typeName(aw)}`);
    }
    throw e;
  }
}

/** BEFORE_ASYNC_WITH: pushes the bound __aexit__ and returns __aenter__()'s awaitable (GET_AWAITABLE 1 follows). */
export function beforeAsyncWith(mgr: unknown): [unknown, unknown] {
  const mt = typeOf(mgr);
  const enter = mt.lookup('__aenter__');
  if (enter === undefined) throw typeError(`'${mt.tpName}' object does not support the asynchronous context manager protocol`);
  const exit = mt.lookup('__aexit__');
  if (exit === undefined) {
    throw typeError(`'${mt.tpName}' object does not support the asynchronous context manager protocol (missed __aexit__ method)`);
  }
  return [ops.bindDescr(exit, mgr, mt), ops.callDescr(enter, mgr, [])];
}

// ---------------------------------------------------------------- async generators

const MODE_NEXT = 0, MODE_THROW = 1, MODE_CLOSE = 2;
/** Who CPython's "asynchronous generator is already running" names, by mode. */
const RUNNING_WHO = ['anext', 'athrow', 'aclose'];

export const asyncGenSendType = makeBuiltinType('async_generator_asend', null, 'other');
const asyncGenThrowType = makeBuiltinType('async_generator_athrow', null, 'other');

/** The awaitable of __anext__()/asend()/athrow()/aclose(). */
export class AsyncGenSend extends PyObject {
  started = false;
  done = false;
  constructor(readonly gen: PyGenerator, readonly first: unknown, readonly exc: PyBaseException | null, readonly mode: number) {
    super(mode === MODE_NEXT ? asyncGenSendType : asyncGenThrowType);
    // The first __anext__/asend/athrow/aclose: CPython calls the thread's firstiter hook here.
    if (!gen.hooksInited) {
      gen.hooksInited = true;
      asyncGenFirstIter(gen);
    }
  }

  /** One step: returns what to yield up to the event loop, or throws StopIteration(result) / an error. */
  step(value: unknown, exc: PyBaseException | null): unknown {
    if (this.done) throw pyErr(RuntimeError, "cannot reuse already awaited __anext__()/asend()");
    const g = this.gen;
    let throwIn = exc;
    if (!this.started) {
      this.started = true;
      if (g.state === GEN_RUNNING || g.activeSend !== null) {
        this.done = true;
        throw pyErr(RuntimeError, `${RUNNING_WHO[this.mode]}(): asynchronous generator is already running`);
      }
      g.activeSend = this;
      if (this.mode === MODE_NEXT) value = this.first;
      else throwIn = this.exc;
      if (g.state === GEN_CLOSED || (g.state === GEN_CREATED && this.mode === MODE_CLOSE)) {
        this.finish();
        g.state = GEN_CLOSED;
        // aclose() and (in 3.11) athrow() of a finished generator just return None.
        if (this.mode !== MODE_NEXT) throw newException(StopIteration, []);
        throw newException(StopAsyncIteration, []);
      }
    }
    const interp = current.interp;
    let r: unknown;
    g.steppedInLoop = false;
    try {
      r = interp.resumeGenerator(g, throwIn !== null ? null : value, throwIn);
    } catch (e) {
      this.finish();
      if (this.mode === MODE_CLOSE && e instanceof PyBaseException &&
        (excMatches(e, GeneratorExit) || excMatches(e, StopAsyncIteration))) {
        throw newException(StopIteration, []);
      }
      throw e;
    }
    if (r === undefined) {
      this.finish();
      if (this.mode === MODE_CLOSE) throw newException(StopIteration, []);
      throw newException(StopAsyncIteration, []);
    }
    if (r instanceof AsyncGenValue) {
      this.finish();
      if (this.mode === MODE_CLOSE) throw pyErr(RuntimeError, 'async generator ignored GeneratorExit');
      throw newException(StopIteration, r.v === null ? [] : [r.v]);
    }
    return r;
  }

  /** This step is over: the generator may be stepped again. */
  finish(): void {
    this.done = true;
    if (this.gen.activeSend === this) this.gen.activeSend = null;
  }
}

/**
 * SEND on an asend/athrow object (an `await` or `async for` step): links the
 * async generator's frame on top of `back` and returns it, or returns null
 * when the step must go through JS (aclose, finished or already running:
 * step() raises the right error). With a throw, interp.enterExc is set.
 */
export function asyncGenEnter(interp: Interpreter, s: AsyncGenSend, back: Frame, value: unknown): Frame | null {
  const g = s.gen;
  if (s.mode === MODE_CLOSE || s.done || g.state === GEN_RUNNING || g.state === GEN_CLOSED) return null;
  let exc: PyBaseException | null = null;
  if (!s.started) {
    if (g.activeSend !== null) return null; // another step is under way: step() refuses this one
    s.started = true;
    g.activeSend = s;
    if (s.mode === MODE_NEXT) value = s.first;
    else exc = s.exc;
  }
  const err = exc === null ? resumeError(g, value, null) : null;
  if (err !== null) {
    s.finish();
    throw err;
  }
  g.steppedInLoop = true;
  return enterGen(interp, g, back, exc === null ? value : null, exc);
}

for (const t of [asyncGenSendType, asyncGenThrowType]) {
  method(t, '__await__', (a) => a[0]);
  method(t, '__iter__', (a) => a[0]);
  method(t, '__next__', (a) => (a[0] as AsyncGenSend).step(null, null));
  method(t, 'send', (a) => (a[0] as AsyncGenSend).step(a[1], null));
  method(t, 'throw', (a) => (a[0] as AsyncGenSend).step(null, throwArg(a.slice(1))));
  method(t, 'close', (a) => {
    (a[0] as AsyncGenSend).done = true;
    return null;
  });
}

method(asyncGeneratorType, '__repr__', (a) => {
  const g = a[0] as PyGenerator;
  return `<async_generator object ${g.qualname} at 0x${objectId(g).toString(16)}>`;
});
method(asyncGeneratorType, '__aiter__', (a) => a[0]);
method(asyncGeneratorType, '__anext__', (a) => new AsyncGenSend(a[0] as PyGenerator, null, null, MODE_NEXT));
method(asyncGeneratorType, 'asend', (a) => new AsyncGenSend(a[0] as PyGenerator, a[1], null, MODE_NEXT));
method(asyncGeneratorType, 'athrow', (a) => new AsyncGenSend(a[0] as PyGenerator, null, throwArg(a.slice(1)), MODE_THROW));
method(asyncGeneratorType, 'aclose', (a) => new AsyncGenSend(a[0] as PyGenerator, null, newException(GeneratorExit, []), MODE_CLOSE));
getter(asyncGeneratorType, '__name__', (g) => (g as PyGenerator).name);
getter(asyncGeneratorType, '__qualname__', (g) => (g as PyGenerator).qualname);
getter(asyncGeneratorType, 'ag_running', (g) => (g as PyGenerator).activeSend !== null || (g as PyGenerator).state === GEN_RUNNING);
getter(asyncGeneratorType, 'ag_code', (g) => (g as PyGenerator).frame.code);
getter(asyncGeneratorType, 'ag_frame', (g) => genFrameView(g as PyGenerator));
getter(asyncGeneratorType, 'ag_await', (g) => delegateOf(g as PyGenerator));

// ---------------------------------------------------------------- aiter() and anext()

/** aiter(x): x.__aiter__(), which must give an async iterator. */
export function aiter(x: unknown): unknown {
  const f = typeOf(x).lookup('__aiter__');
  if (f === undefined) throw typeError(`'${ops.typeName(x)}' object is not an async iterable`);
  const it = ops.callDescr(f, x, []);
  if (typeOf(it).lookup('__anext__') === undefined) {
    throw typeError(`aiter() returned not an async iterator of type '${ops.typeName(it)}'`);
  }
  return it;
}

/**
 * anext(it) is it.__anext__()'s awaitable itself; anext(it, default) wraps
 * it in an anext_awaitable, whose await gives `default` where the inner one
 * raises StopAsyncIteration.
 */
export function anext(it: unknown, dflt: unknown): unknown {
  const f = typeOf(it).lookup('__anext__');
  if (f === undefined) throw typeError(`'${ops.typeName(it)}' object is not an async iterator`);
  const aw = ops.callDescr(f, it, []);
  return dflt === undefined ? aw : new AnextAwaitable(aw, dflt);
}

const anextAwaitableType = makeBuiltinType('anext_awaitable', null, 'other');

class AnextAwaitable extends PyObject {
  /** The iterator of the wrapped awaitable's await, once the first step asked for it. */
  private it: unknown = undefined;
  constructor(readonly wrapped: unknown, readonly dflt: unknown) {
    super(anextAwaitableType);
  }

  /** Calls `name` of the wrapped awaitable's iterator, its StopAsyncIteration turned into StopIteration(default). */
  step(name: string, args: unknown[]): unknown {
    this.it ??= getAwaitable(this.wrapped, 0);
    const it = this.it;
    // A coroutine has no __next__: its next step is send(None).
    if (name === '__next__' && it instanceof PyGenerator && it.isCoroutine) {
      name = 'send';
      args = [null];
    }
    try {
      return ops.callMethod(it, name, args);
    } catch (e) {
      if (e instanceof PyBaseException && excMatches(e, StopAsyncIteration)) throw newException(StopIteration, [this.dflt]);
      throw e;
    }
  }
}

method(anextAwaitableType, '__await__', (a) => a[0]);
method(anextAwaitableType, '__iter__', (a) => a[0]);
method(anextAwaitableType, '__next__', (a) => (a[0] as AnextAwaitable).step('__next__', []));
method(anextAwaitableType, 'send', (a) => (a[0] as AnextAwaitable).step('send', [a[1]]));
method(anextAwaitableType, 'throw', (a) => (a[0] as AnextAwaitable).step('throw', a.slice(1)));
method(anextAwaitableType, 'close', (a) => (a[0] as AnextAwaitable).step('close', []));
