// A small `inspect`: the generator and coroutine introspection a lesson on
// coroutines uses (states, and "is this a generator/coroutine (function)?").
// The states are read straight off PyGenerator, so they agree with what
// send/throw/close check.

import { registerModule } from './registry.js';
import { func } from '../runtime/define.js';
import { PyFunction, PyBoundMethod } from '../runtime/function.js';
import { CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR } from '../compiler/code.js';
import { PyGenerator, asyncGeneratorType, generatorType } from '../vm/generator.js';
import { genStateName } from '../vm/generator-type.js';
import { getAttr } from '../runtime/ops.js';
import { typeOf } from '../runtime/object.js';
import { repr } from '../runtime/ops.js';
import { PyDict } from '../runtime/dict.js';
import { typeError } from '../runtime/exceptions.js';
import { frameView, frameLocals, pythonFrame } from '../runtime/traceback-object.js';
import { GEN_CLOSED } from '../vm/generator.js';
import { current } from '../vm/process.js';

function codeFlags(f: unknown): number {
  if (f instanceof PyBoundMethod) f = f.func;
  return f instanceof PyFunction ? f.code.flags : 0;
}

function state(g: unknown, coro: boolean): string {
  if (!(g instanceof PyGenerator) || g.isCoroutine !== coro) {
    // CPython reads the attribute, so a wrong object fails the same way.
    getAttr(g, coro ? 'cr_running' : 'gi_running');
  }
  return genStateName(g as PyGenerator);
}

/** getgeneratorlocals / getcoroutinelocals: the frame's variables, {} once it has ended. */
function suspendedLocals(g: unknown, coro: boolean): PyDict {
  if (!(g instanceof PyGenerator) || g.isCoroutine !== coro || g.cls === asyncGeneratorType) {
    throw typeError(`${repr(g)} is not a Python ${coro ? 'coroutine' : 'generator'}`);
  }
  return g.state === GEN_CLOSED ? new PyDict() : frameLocals(g.frame);
}

registerModule('inspect', (_proc, ns) => {
  func(ns, 'getgeneratorstate', (a) => state(a[0], false), 'inspect');
  func(ns, 'getcoroutinestate', (a) => state(a[0], true), 'inspect');
  func(ns, 'isgeneratorfunction', (a) => (codeFlags(a[0]) & CO_GENERATOR) !== 0, 'inspect');
  func(ns, 'iscoroutinefunction', (a) => (codeFlags(a[0]) & CO_COROUTINE) !== 0, 'inspect');
  func(ns, 'isasyncgenfunction', (a) => (codeFlags(a[0]) & CO_ASYNC_GENERATOR) !== 0, 'inspect');
  func(ns, 'isgenerator', (a) => a[0] instanceof PyGenerator && a[0].cls === generatorType, 'inspect');
  func(ns, 'isasyncgen', (a) => a[0] instanceof PyGenerator && a[0].cls === asyncGeneratorType, 'inspect');
  func(ns, 'iscoroutine', (a) => a[0] instanceof PyGenerator && a[0].isCoroutine, 'inspect');
  func(ns, 'isawaitable', (a) => (a[0] instanceof PyGenerator && a[0].isCoroutine) || typeOf(a[0]).lookup('__await__') !== undefined, 'inspect');
  // The caller's frame (sys._getframe(0): this builtin has none of its own).
  func(ns, 'currentframe', () => frameView(pythonFrame(current.thread.frame, 0)), 'inspect');
  func(ns, 'getgeneratorlocals', (a) => suspendedLocals(a[0], false), 'inspect');
  func(ns, 'getcoroutinelocals', (a) => suspendedLocals(a[0], true), 'inspect');
  for (const s of ['GEN_CREATED', 'GEN_RUNNING', 'GEN_SUSPENDED', 'GEN_CLOSED', 'CORO_CREATED', 'CORO_RUNNING', 'CORO_SUSPENDED', 'CORO_CLOSED']) {
    ns.set(s, s);
  }
});
