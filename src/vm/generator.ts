// Generator objects. A generator owns a suspended frame; resuming it links
// the frame on top of the resumer's frame stack and the dispatch loop goes on
// there, so a thread switch can happen in the middle of a generator body.

import { PyObject, makeBuiltinType } from '../runtime/object.js';
import type { Frame } from './frame.js';

export const generatorType = makeBuiltinType('generator', null, 'other');
export const coroutineType = makeBuiltinType('coroutine', null, 'other');

export const GEN_CREATED = 0, GEN_SUSPENDED = 1, GEN_RUNNING = 2, GEN_CLOSED = 3;

export class PyGenerator extends PyObject {
  frame: Frame;
  state = GEN_CREATED;
  name: string;
  qualname: string;
  /** For `yield from` / await: the iterator being delegated to, else null. */
  yieldFrom: unknown = null;
  constructor(frame: Frame, isCoroutine: boolean) {
    super(isCoroutine ? coroutineType : generatorType);
    this.frame = frame;
    this.name = frame.code.name;
    this.qualname = frame.code.qualname;
    frame.gen = this;
  }
}
