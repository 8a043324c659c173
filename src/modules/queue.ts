// The queue module: Queue, LifoQueue and PriorityQueue in Python over
// threading's JS Lock and Condition (QUEUE_SOURCE), SimpleQueue in JS.
//
// Why Python for the classes: a blocking get() is a loop around
// Condition.wait(), and only a Python frame can call a builtin that blocks
// and then continue where it left off. Written this way, the queues behave
// as CPython's do (who wakes first, the _put/_get/_qsize hooks subclasses
// override, the `queue` and `mutex` attributes) and cost instructions of
// virtual time as they would there. SimpleQueue is C in CPython, so here it
// is JS: a getter parked on an empty queue receives the next item directly.

import { registerModule } from './registry.js';
import { clinic } from './args.js';
import { runPythonSource } from './py-source.js';
import { PyObject, PyType, PyFloat, makeBuiltinType, objectId, typeType, computeMro } from '../runtime/object.js';
import { PyList } from '../runtime/tuple.js';
import { PyBuiltin } from '../runtime/function.js';
import { method, constructor, classMethod } from '../runtime/define.js';
import {
  typeError, valueError, indexError, baseExceptionType, Exception, newException, PyBaseException,
} from '../runtime/exceptions.js';
import * as ops from '../runtime/ops.js';
import { heappush, heappop, heapList } from './heap.js';
import { subscriptable, PyGenericAlias } from '../runtime/generic-alias.js';
import { current } from '../vm/process.js';
import { BLOCK } from '../vm/interpreter.js';
import type { ThreadState } from '../vm/frame.js';
import { requireBlockable, toNs } from './threading.js';

// ---------------------------------------------------------------- exceptions

function exceptionClass(module: string, name: string): PyType {
  const t = new PyType(name, [Exception], 'exception', true, typeType);
  t.mro = computeMro(t)!;
  t.alloc = baseExceptionType.alloc;
  t.module = module;
  t.hasInstanceDict = true;
  return t;
}

/** queue.Empty is _queue.Empty in CPython (SimpleQueue raises it from C). */
export const Empty = exceptionClass('_queue', 'Empty');
export const Full = exceptionClass('queue', 'Full');

const empty = (): PyBaseException => newException(Empty, []);

// ---------------------------------------------------------------- SimpleQueue

const simpleQueueType = makeBuiltinType('SimpleQueue', null, 'other');
simpleQueueType.cName = '_queue.SimpleQueue';
simpleQueueType.module = '_queue';

class PySimpleQueue extends PyObject {
  items: unknown[] = [];
  head = 0;
  /** Getters parked on the empty queue, first come first. */
  getters: ThreadState[] = [];
  constructor(cls: PyType) {
    super(cls);
  }
  get size(): number {
    return this.items.length - this.head;
  }
  shift(): unknown {
    const v = this.items[this.head];
    this.items[this.head++] = undefined;
    if (this.head > 64 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return v;
  }
}
simpleQueueType.alloc = (cls) => new PySimpleQueue(cls);

const sq = (v: unknown): PySimpleQueue => {
  if (v instanceof PySimpleQueue) return v;
  throw typeError(`descriptor requires a '_queue.SimpleQueue' object but received a '${ops.typeName(v)}'`);
};

constructor(simpleQueueType, (a, kw) => {
  if (a.length > 1) throw typeError('SimpleQueue() takes no positional arguments');
  if (kw !== null && kw.size > 0) throw typeError('SimpleQueue() takes no keyword arguments');
  return new PySimpleQueue(a[0] as PyType);
});

function sqPut(q: PySimpleQueue, item: unknown): void {
  const getter = q.getters.shift();
  if (getter !== undefined) current.sched.wake(getter, item);
  else q.items.push(item);
}

method(simpleQueueType, 'put', (a, kw) => {
  const [item] = clinic('put', a.slice(1), kw, ['item', 'block', 'timeout'], 1);
  sqPut(sq(a[0]), item);
  return null;
});
method(simpleQueueType, 'put_nowait', (a, kw) => {
  const [item] = clinic('put_nowait', a.slice(1), kw, ['item'], 1);
  sqPut(sq(a[0]), item);
  return null;
});
method(simpleQueueType, 'get', (a, kw) => {
  const [block, timeout] = clinic('get', a.slice(1), kw, ['block', 'timeout'], 0);
  const q = sq(a[0]);
  const blocking = block === undefined ? true : ops.truthy(block);
  let ns: number | null = null;
  if (blocking && timeout !== undefined && timeout !== null) {
    const s = ops.toFloatMaybe(timeout);
    if (s === undefined) throw typeError(`'${ops.typeName(timeout)}' object cannot be interpreted as an integer`);
    if (s < 0) throw valueError("'timeout' must be a non-negative number");
    ns = toNs(s);
  }
  if (q.size > 0) return q.shift();
  if (!blocking || ns === 0) throw empty();
  requireBlockable();
  const t = current.thread;
  const sched = current.sched;
  q.getters.push(t);
  sched.block(t, {
    what: `SimpleQueue.get 0x${objectId(q).toString(16)}`,
    onTimeout: () => {
      const i = q.getters.indexOf(t);
      if (i >= 0) q.getters.splice(i, 1);
      // The call raises Empty (the scheduler's own wake after this is then a no-op).
      sched.wakeWithError(t, empty());
      return null;
    },
  }, ns);
  return BLOCK;
});
method(simpleQueueType, 'get_nowait', (a) => {
  const q = sq(a[0]);
  if (q.size > 0) return q.shift();
  throw empty();
});
method(simpleQueueType, 'empty', (a) => sq(a[0]).size === 0);
subscriptable(simpleQueueType);
method(simpleQueueType, 'qsize', (a) => sq(a[0]).size);


// ---------------------------------------------------------------- Queue etc.

const QUEUE_FILE = '<pygil queue>';

const QUEUE_SOURCE = `
from threading import Lock as _Lock, Condition as _Condition
from collections import deque as _deque


class Queue:
    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        # One lock, three conditions on it (as in CPython): who waits for what.
        self.mutex = _Lock()
        self.not_empty = _Condition(self.mutex)
        self.not_full = _Condition(self.mutex)
        self.all_tasks_done = _Condition(self.mutex)
        # How a deadlock report names a wait on each (threading.ts conditionWhat).
        self.not_empty._pygil_owner = ('Queue.get', self)
        self.not_full._pygil_owner = ('Queue.put', self)
        self.all_tasks_done._pygil_owner = ('Queue.join', self)
        self.unfinished_tasks = 0

    def task_done(self):
        with self.all_tasks_done:
            left = self.unfinished_tasks - 1
            if left <= 0:
                if left < 0:
                    raise ValueError('task_done() called too many times')
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = left

    def join(self):
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        with self.mutex:
            return self._qsize()

    def empty(self):
        with self.mutex:
            return not self._qsize()

    def full(self):
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        with self.not_full:
            if self.maxsize > 0:
                if not block:
                    if self._qsize() >= self.maxsize:
                        raise Full
                elif timeout is None:
                    while self._qsize() >= self.maxsize:
                        self.not_full.wait()
                elif timeout < 0:
                    raise ValueError("'timeout' must be a non-negative number")
                else:
                    deadline = _monotonic() + timeout
                    while self._qsize() >= self.maxsize:
                        left = deadline - _monotonic()
                        if left <= 0.0:
                            raise Full
                        self.not_full.wait(left)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        with self.not_empty:
            if not block:
                if not self._qsize():
                    raise Empty
            elif timeout is None:
                while not self._qsize():
                    self.not_empty.wait()
            elif timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
            else:
                deadline = _monotonic() + timeout
                while not self._qsize():
                    left = deadline - _monotonic()
                    if left <= 0.0:
                        raise Empty
                    self.not_empty.wait(left)
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    # The storage hooks subclasses override (called with the mutex held).
    def _init(self, maxsize):
        self.queue = _deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    __class_getitem__ = classmethod(_GenericAlias)


class PriorityQueue(Queue):
    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        _heappush(self.queue, item)

    def _get(self):
        return _heappop(self.queue)


class LifoQueue(Queue):
    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()
`;

registerModule('queue', (proc, ns) => {
  const internal = runPythonSource(proc, QUEUE_FILE, QUEUE_SOURCE, {
    __name__: 'queue',
    Empty,
    Full,
    _monotonic: new PyBuiltin('_monotonic', () => new PyFloat(current.sched.now() / 1e9)),
    _heappush: new PyBuiltin('_heappush', (a) => {
      heappush(heapList(a[0]), a[1]);
      return null;
    }),
    _heappop: new PyBuiltin('_heappop', (a) => heappop(heapList(a[0]))),
    _GenericAlias: new PyBuiltin('GenericAlias', (a) => new PyGenericAlias(a[0], a[1])),
  });
  for (const name of ['Queue', 'PriorityQueue', 'LifoQueue']) ns.set(name, internal.get(name));
  ns.set('Empty', Empty);
  ns.set('Full', Full);
  ns.set('SimpleQueue', simpleQueueType);
  ns.set('__all__', new PyList(['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']));
});

