// The asyncio module: event loop, futures, tasks, sleep, gather, wait,
// wait_for, as_completed, Queue, Lock, Event, Semaphore — written in Python
// (asyncio-source.ts) over the few native helpers below.
//
// Why Python: a task step is `coro.send(None)` called from a Python frame,
// which the VM turns into linking the coroutine's frames on top of the
// loop's (no host recursion), and the loop waits for its next timer with an
// ordinary blocking sleep on the virtual clock. So a thread running an event
// loop is an ordinary thread for the GIL, and one event loop runs per thread.
//
// Task switches (a step of a task other than the one that ran last) are
// counted by the scheduler (for --stats and pygil.stats()) and emitted on the event stream as 'task-switch'
// events; `--trace tasks` formats them (src/vm/trace.ts).

import { AsyncGenSend } from '../vm/async-ops.js';
import { registerModule } from './registry.js';
import type { PyType } from '../runtime/object.js';
import { dequeType } from './collections-deque.js';
import { runPythonSource } from './py-source.js';
import { ASYNCIO_FILE, ASYNCIO_SOURCE } from './asyncio-source.js';
import { PyBuiltin, PyFunction, PyBoundMethod } from '../runtime/function.js';
import { PyFloat, PyObject, objectId, makeBuiltinType } from '../runtime/object.js';
import { PyIter } from '../runtime/iter.js';
import { method } from '../runtime/define.js';
import { PyTuple, PyList } from '../runtime/tuple.js';
import { TimeoutError, PyBaseException, runtimeError, newException, StopIteration } from '../runtime/exceptions.js';
import { current, type Process } from '../vm/process.js';
import type { ThreadState } from '../vm/frame.js';
import { BLOCK } from '../vm/interpreter.js';
import { PyGenerator, GEN_CLOSED, GEN_CREATED } from '../vm/generator.js';
import { formatExceptionAsModule, hiddenFiles } from '../vm/traceback.js';
import * as ops from '../runtime/ops.js';
import { CO_COROUTINE } from '../compiler/code.js';
import type { SchedEvent } from '../vm/events.js';


/**
 * `await sleep(0)` yields None to the loop once. CPython uses a tiny
 * generator; here the awaitable's iterator is native, so the commonest await
 * in asyncio programs creates no frame.
 */
const sleep0Type = makeBuiltinType('_Sleep0', null, 'other');
const yieldOnceType = makeBuiltinType('_sleep0_iterator', null, 'other');
class YieldOnce extends PyIter {
  done = false;
  constructor() {
    super(yieldOnceType);
  }
  next(): unknown {
    if (this.done) return undefined;
    this.done = true;
    return null;
  }
}
method(sleep0Type, '__await__', () => new YieldOnce());
method(yieldOnceType, '__iter__', (a) => a[0]);
method(yieldOnceType, '__next__', (a) => {
  const v = (a[0] as YieldOnce).next();
  if (v === undefined) throw newException(StopIteration, []);
  return v;
});
const sleep0 = new PyObject(sleep0Type);

/** asyncio's _describe_wait (Python), used by the trace. */
let describeWait: unknown = null;

function native(name: string, fn: (a: unknown[]) => unknown): PyBuiltin {
  const b = new PyBuiltin(name, fn);
  b.moduleName = 'asyncio';
  return b;
}

/** A helper of one argument, also callable without an argument array (PyBuiltin.fast1): each task step calls some. */
function native1(name: string, fn: (x: unknown) => unknown): PyBuiltin {
  const b = native(name, (a) => fn(a[0]));
  b.fast1 = fn;
  return b;
}

// An async generator's asend()/athrow() awaitable counts too, as in
// CPython (a collections.abc.Coroutine): the loop runs aclose() as a task.
const isCoroutine = (v: unknown): boolean => (v instanceof PyGenerator && v.isCoroutine) || v instanceof AsyncGenSend;

const EXPORTS = [
  'CancelledError', 'InvalidStateError', 'QueueEmpty', 'QueueFull', 'Future', 'Task', 'Handle', 'TimerHandle',
  'BaseEventLoop', 'AbstractEventLoop', 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'run', 'sleep',
  'create_task', 'ensure_future', 'gather', 'wait', 'wait_for', 'as_completed', 'shield', 'current_task',
  'all_tasks', 'get_running_loop', 'get_event_loop', 'set_event_loop', 'new_event_loop', 'iscoroutine',
  'isfuture', 'Lock', 'Event', 'Semaphore', 'BoundedSemaphore', 'Queue', 'Timeout', 'timeout', 'timeout_at',
  'iscoroutinefunction', 'PriorityQueue', 'LifoQueue', 'Condition', 'TaskGroup', 'to_thread', 'wrap_future',
  'Barrier', 'BrokenBarrierError', 'Runner', 'run_coroutine_threadsafe',
];

registerModule('asyncio', (proc, ns) => {
  const deque = dequeType;
  const helpers: Record<string, unknown> = {
    __name__: 'asyncio',
    _deque: deque,
    _sleep0: sleep0,
    _monotonic: native('_monotonic', () => new PyFloat(proc.sched.now() / 1e9)),
    _get_ident: native('_get_ident', () => current.thread.id),
    _is_main_thread: native('_is_main_thread', () => current.thread === current.mainThread),
    _thread_name: native('_thread_name', () => current.thread.name),
    _hexid: native('_hexid', (a) => `0x${objectId(a[0] as object).toString(16)}`),
    _iscoroutine: native1('_iscoroutine', isCoroutine),
    _is_coroutine_function: native('_is_coroutine_function', (a) => {
      const f = a[0] instanceof PyBoundMethod ? a[0].func : a[0];
      return f instanceof PyFunction && (f.code.flags & CO_COROUTINE) !== 0;
    }),
    _tracing: native('_tracing', () => current.sched.events.active),
    _coro_where: native('_coro_where', (a) => coroWhere(a[0])),
    _task_switch: native('_task_switch', (a) => {
      const p = current;
      p.sched.taskSwitches++;
      if (p.sched.events.active) {
        // Only a trace needs names and what the previous task waits for.
        const prev = a[0];
        const what = prev === null ? '' : ops.call(describeWait!, [prev]) as string;
        const name = (task: unknown) => ops.callMethod(task, 'get_name', []) as string;
        emitSwitch(p, prev === null ? '' : name(prev), name(a[1]), what);
      }
      return null;
    }),
    _loop_wait: native('_loop_wait', (a) => loopWait(a[0] as object, a[1] as PyFloat | null)),
    _loop_wake: native('_loop_wake', (a) => {
      const t = waiting.get(a[0] as object);
      if (t !== undefined) {
        waiting.delete(a[0] as object);
        current.sched.wake(t, null);
      }
      return null;
    }),
    // gather's duplicate check by identity, without id() for every argument.
    _first_positions: native('_first_positions', (a) => {
      const items = (a[0] as PyTuple).items;
      const seen = new Map<unknown, number>();
      let dup = false;
      const firsts = items.map((x, i) => {
        const j = seen.get(x);
        if (j !== undefined) {
          dup = true;
          return j;
        }
        seen.set(x, i);
        return i;
      });
      return dup ? new PyList(firsts) : null;
    }),
    // Task and Future are C types in CPython: '_asyncio.Task' in error messages.
    _c_type: native('_c_type', (a) => {
      (a[0] as PyType).cName = a[1] as string;
      return a[0];
    }),
    _report: native('_report', (a) => {
      // A message, and the exception's traceback when there is one (as CPython's logger prints them).
      const exc = a[1];
      current.writeStderr(`${a[0] as string}\n${exc instanceof PyBaseException ? formatExceptionAsModule(exc) : ''}`);
      return null;
    }),
    TimeoutError,
  };
  const internal = runPythonSource(proc, ASYNCIO_FILE, ASYNCIO_SOURCE, helpers);
  describeWait = internal.get('_describe_wait') ?? null;
  internal.set('AbstractEventLoop', internal.get('BaseEventLoop'));
  // Tracebacks show the program's frames, not the loop machinery: CPython's
  // tasks and futures are C, and its runners.py/base_events.py lines would
  // differ from pygil's anyway.
  hiddenFiles.add(ASYNCIO_FILE);
  for (const name of EXPORTS) ns.set(name, internal.get(name));
  ns.set('TimeoutError', TimeoutError);
  // For the VM (vm/gen-finalize.ts): an async generator's first iteration, and an async for leaving one.
  ns.set('_finalize_asyncgen', internal.get('_finalize_asyncgen'));
  ns.set('_asyncgen_firstiter', internal.get('_asyncgen_firstiter'));
});

/** Loops whose thread is parked in loopWait, so call_soon_threadsafe can wake it. */
const waiting = new WeakMap<object, ThreadState>();

/**
 * The loop has nothing ready: its thread blocks until `when` (seconds on the
 * virtual clock: the next timer) or, with no timer, until another thread
 * calls call_soon_threadsafe — and if none ever can, the process reports a
 * deadlock instead of hanging as CPython would.
 */
function loopWait(loop: object, when: PyFloat | null): unknown {
  const p = current;
  let ns = when === null ? null : Math.ceil(when.v * 1e9) - p.sched.now();
  if (ns !== null && ns <= 0) return null;
  // CPython's loop waits in epoll_wait, whose timeout is whole milliseconds
  // rounded up: it wakes a little after the timer, and every timer due by
  // then runs in the same pass of the loop. Timers set a few instructions
  // apart (two tasks' sleep(1)) so fire together, before the callbacks the
  // first of them schedules, as in CPython.
  if (ns !== null) ns = Math.ceil(ns / 1e6) * 1e6;
  if (!p.interp.blockable) {
    if (ns === null) throw runtimeError('pygil: cannot block here (called from inside a builtin callback)');
    p.sched.clockNs += ns;
    return null;
  }
  const t = p.thread;
  waiting.set(loop, t);
  const what = ns === null ? 'its asyncio event loop (no task can run)' : 'the next asyncio timer';
  p.sched.block(t, { what, onTimeout: () => { waiting.delete(loop); return null; } }, ns);
  return BLOCK;
}

function emitSwitch(p: Process, from: string, to: string, what: string): void {
  const t = p.thread;
  const e: SchedEvent = {
    kind: 'task-switch', time: p.sched.now(), pid: p.pid, core: Math.max(0, p.core), tid: t.id, threadName: t.name,
    detail: what, from: -1, fromName: '', ticks: t.ticks, step: p.interp.ticks, task: to, fromTask: from,
  };
  p.sched.events.emit(e);
}

/** "main() running at prog.py:4" / "work() done, defined at prog.py:2", as in a Task's repr. */
function coroWhere(c: unknown): string {
  if (!(c instanceof PyGenerator)) return String(c);
  const code = c.frame.code;
  if (c.state === GEN_CLOSED) return `${c.qualname}() done, defined at ${code.filename}:${code.firstLineNo}`;
  const line = c.state === GEN_CREATED ? code.firstLineNo : c.frame.lineno;
  return `${c.qualname}() running at ${code.filename}:${line}`;
}

