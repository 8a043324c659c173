// Generator objects. A generator owns a suspended frame; resuming it links
// the frame on top of the resumer's frame stack and the dispatch loop goes on
// there (gen-resume.ts), so a thread switch can happen in the middle of a
// generator body and a generator may be resumed by any thread.

import { PyObject, makeBuiltinType } from '../runtime/object.js';
import type { Frame } from './frame.js';
import { pythonRunningTypes } from '../runtime/iter.js';
import type { CodeObject } from '../compiler/code.js';
import type { PyBaseException } from '../runtime/exceptions.js';

export const generatorType = makeBuiltinType('generator', null, 'other');
pythonRunningTypes.add(generatorType);
export const coroutineType = makeBuiltinType('coroutine', null, 'other');
export const asyncGeneratorType = makeBuiltinType('async_generator', null, 'other');

export const GEN_KIND_GENERATOR = 0, GEN_KIND_COROUTINE = 1, GEN_KIND_ASYNC = 2;
export const GEN_CREATED = 0, GEN_SUSPENDED = 1, GEN_RUNNING = 2, GEN_CLOSED = 3;

let generatorCount = 0;

export class PyGenerator extends PyObject {
  frame: Frame;
  state = GEN_CREATED;
  name: string;
  qualname: string;
  readonly isCoroutine: boolean;
  /** Coroutines: where the call that made it happened (for the never-awaited warning). */
  madeCode: CodeObject | null = null;
  /** The exception being handled inside the body while it is suspended (sys.exc_info() there), or null. */
  excInfo: PyBaseException | null = null;
  /** The resumer's exception state, restored when the generator yields or ends. */
  callerExc: PyBaseException | null = null;
  /** Async generators: resumed by an awaiting SEND in the loop (not from JS) this time. */
  steppedInLoop = false;
  /**
   * Resumed by next(gen, default) this time: what that call returns if the
   * generator ends instead of yielding (undefined: raise StopIteration).
   */
  nextDefault: unknown = undefined;
  madeLine = 0;
  /**
   * Made by a call whose result went straight into a for loop's GET_ITER:
   * the loop holds the only reference, so when the loop is left by break or
   * return (its iterator popped) the generator is finalized then, as
   * CPython's reference counting does (its `finally` blocks run).
   */
  loopOwned = false;
  /**
   * Made by a call whose result went straight into a function's owned
   * variable (compiler/owned-generators.ts): that variable is its only
   * reference, so it is finalized when the function returns or the
   * variable is bound again (vm/gen-finalize.ts).
   */
  owned = false;
  /** Async generators: the event loop has been told of its first iteration (vm/gen-finalize.ts). */
  hooksInited = false;
  /**
   * Async generators: the __anext__()/asend()/athrow()/aclose() awaitable
   * that has started and not finished (CPython's ag_running_async). It stays
   * set while the body awaits something, so another step meanwhile is
   * refused as "already running".
   */
  activeSend: PyObject | null = null;
  /** Creation order (the order finalizeAtExit closes generators in). */
  readonly seq = ++generatorCount;
  constructor(frame: Frame, kind: number) {
    super(kind === GEN_KIND_COROUTINE ? coroutineType : kind === GEN_KIND_ASYNC ? asyncGeneratorType : generatorType);
    this.isCoroutine = kind === GEN_KIND_COROUTINE;
    this.frame = frame;
    this.name = frame.code.name;
    this.qualname = frame.code.qualname;
    frame.gen = this;
  }
}

/** 'generator', 'coroutine' or 'async generator', as CPython's messages name them. */
export function genKind(g: PyGenerator): string {
  return g.isCoroutine ? 'coroutine' : g.cls === asyncGeneratorType ? 'async generator' : 'generator';
}
