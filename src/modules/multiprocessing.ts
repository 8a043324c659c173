// The native half of `multiprocessing`: objects shared by every process
// (channels for Queue/Pipe, semaphores, events, shared memory for
// Value/Array) and the process calls the Python half needs. The Python half
// (multiprocessing-source.ts) builds Process, Pool, Queue, Lock… on them,
// as threading.ts does for threads.
//
// Design notes
// - These objects are PyShared: a fork does not copy them, so parent and
//   child hold the very same channel, as they would share a pipe or a
//   semaphore in the kernel.
// - Items are copied on the way in (snapshot, in the sender: pickling errors
//   surface at put/send) and on the way out (materialize, in the receiver:
//   classes and functions are looked up there by name).
// - A waiter is a (process, thread) pair: a put in one process wakes a
//   thread of another through that process's scheduler. Waiters of a process
//   that has ended are skipped.

import { registerModule } from './registry.js';
import { PyShared } from '../vm/heap-copy.js';
import { snapshot, materialize } from '../vm/transfer.js';
import { makeBuiltinType, PyFloat, objectId, PyType } from '../runtime/object.js';
import type { PyBaseException } from '../runtime/exceptions.js';
import { PyDict as PyDictCtor, type PyDict } from '../runtime/dict.js';
import { PyBuiltin, PyFunction } from '../runtime/function.js';
import { callerIterates } from '../vm/drain-in-frames.js';
import { PyTuple } from '../runtime/tuple.js';
import { method } from '../runtime/define.js';
import { typeError, valueError, runtimeError } from '../runtime/exceptions.js';
import * as ops from '../runtime/ops.js';
import { BLOCK } from '../vm/interpreter.js';
import { T_BLOCKED } from '../vm/scheduler.js';
import type { ThreadState } from '../vm/frame.js';
import { current, setCurrent, type Process } from '../vm/process.js';
import { runPythonSource } from './py-source.js';
import { MP_FILE, MP_SOURCE } from './multiprocessing-source.js';
import { POOL_FILE, POOL_SOURCE } from './multiprocessing-pool-source.js';
import { MANAGERS_FILE, MANAGERS_SOURCE } from './multiprocessing-managers-source.js';
import { waitpidNow } from './os.js';
import { formatExceptionAsModule } from '../vm/traceback.js';

interface Waiter {
  proc: Process;
  thread: ThreadState;
  /** A poll waiter only wants to know that an item is there. */
  poll?: boolean;
}

const alive = (w: Waiter): boolean => w.thread.state === T_BLOCKED && w.proc.exitNow === null &&
  w.proc.os?.entry(w.proc.pid)?.state === 'running';

function wakeIn(w: Waiter, value: unknown): void {
  w.proc.sched.wake(w.thread, value);
}

/** Seconds (or None: forever) as virtual ns, null for forever. */
function timeoutNs(v: unknown): number | null {
  if (v === null || v === undefined) return null;
  const s = ops.toFloatMaybe(v);
  if (s === undefined) throw typeError(`'${ops.typeName(v)}' object cannot be interpreted as an integer`);
  return Math.max(0, s * 1e9);
}

function blockHere(what: string, list: Waiter[], ns: number | null, onTimeout: () => unknown, poll = false): typeof BLOCK {
  const p = current;
  if (!p.interp.blockable) throw runtimeError('pygil: cannot block here (called from inside a builtin callback)');
  const w: Waiter = { proc: p, thread: p.thread, poll };
  list.push(w);
  p.sched.block(p.thread, {
    what,
    onTimeout: () => {
      const i = list.indexOf(w);
      if (i >= 0) list.splice(i, 1);
      return onTimeout();
    },
  }, ns);
  return BLOCK;
}

// ---------------------------------------------------------------- channels

/** A FIFO between processes: Queue's buffer, one direction of a Pipe. */
class Channel extends PyShared {
  items: unknown[] = [];
  head = 0;
  getters: Waiter[] = [];
  putters: Waiter[] = [];
  /** JoinableQueue: items put and not yet marked done. */
  unfinished = 0;
  joiners: Waiter[] = [];
  /**
   * For a pipe: the processes holding its write end open (a fork adds the
   * child). Once none does and it is empty, recv raises EOFError, as when
   * every copy of a pipe's write descriptor is closed. null for queues.
   */
  writers: Set<number> | null = null;
  /** For a pipe: the processes holding its read end open; once none does, sending raises BrokenPipeError. */
  readers: Set<number> | null = null;
  /** Writers whose exit is watched (to tell blocked readers about the end of input). */
  private watched = new Set<number>();
  constructor(readonly maxsize: number) {
    super(channelType);
  }
  override inherit(from: number, to: number): void {
    if (this.writers !== null && this.writers.has(from)) this.writers.add(to);
    if (this.readers !== null && this.readers.has(from)) this.readers.add(to);
  }
  /** True when no live process holds the write end of this pipe. */
  get writerClosed(): boolean {
    if (this.writers === null) return false;
    const os = current.os;
    for (const pid of this.writers) if (os === null || os.entry(pid)?.state === 'running') return false;
    return true;
  }
  /** Watches the writers' exits, so that readers blocked on the empty pipe learn when the last one is gone. */
  watchWriters(): void {
    const os = current.os;
    if (this.writers === null || os === null) return;
    for (const pid of this.writers) {
      const e = os.entry(pid);
      if (this.watched.has(pid) || e === undefined || e.state !== 'running') continue;
      this.watched.add(pid);
      e.onExit.push(() => {
        this.watched.delete(pid);
        if (this.size === 0 && this.writerClosed) this.endReaders();
      });
    }
  }
  /** The end of input: blocked readers see EOF (pollers see "readable"). */
  endReaders(): void {
    for (const w of this.getters.splice(0)) if (alive(w)) wakeIn(w, w.poll ? true : new PyTuple([false, true]));
  }
  get size(): number {
    return this.items.length - this.head;
  }
  shift(): unknown {
    const v = this.items[this.head];
    this.items[this.head++] = undefined;
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return v;
  }
  /** Hands a snapshot to a waiting getter, or keeps it. */
  deliver(snap: unknown): void {
    for (;;) {
      const w = this.getters.shift();
      if (w === undefined) break;
      if (!alive(w)) continue;
      if (w.poll) {
        wakeIn(w, true);
        continue;
      }
      wakeIn(w, new PyTuple([true, materialize(snap, w.proc)]));
      this.onTaken();
      return;
    }
    this.items.push(snap);
  }
  /** An item left the channel: a putter blocked on a full queue may go on. */
  onTaken(): void {
    while (this.putters.length > 0 && (this.maxsize <= 0 || this.size < this.maxsize)) {
      const w = this.putters.shift()!;
      if (!alive(w)) continue;
      wakeIn(w, true);
      return;
    }
  }
}

const channelType = makeBuiltinType('_Channel', null, 'other');
const ch = (v: unknown): Channel => v as Channel;

method(channelType, 'put', (a) => {
  const c = ch(a[0]);
  const snap = snapshot(a[1], current);
  if (c.maxsize > 0 && c.size >= c.maxsize) return false; // the Python side waits for room
  c.unfinished++;
  c.deliver(snap);
  return true;
});
/** wait_room(block, timeout): True once the channel has room, False on timeout. */
method(channelType, 'wait_room', (a) => {
  const c = ch(a[0]);
  if (c.maxsize <= 0 || c.size < c.maxsize) return true;
  const ns = ops.truthy(a[1]) ? timeoutNs(a[2]) : 0;
  if (ns === 0) return false;
  return blockHere(`Queue.put 0x${objectId(c).toString(16)}`, c.putters, ns, () => false);
});
/** get(block, timeout) -> (True, item) or (False, None) when nothing came. */
method(channelType, 'get', (a) => {
  const c = ch(a[0]);
  if (c.size > 0) {
    const v = materialize(c.shift(), current);
    c.onTaken();
    return new PyTuple([true, v]);
  }
  if (c.writerClosed) return new PyTuple([false, true]);
  const ns = ops.truthy(a[1]) ? timeoutNs(a[2]) : 0;
  if (ns === 0) return new PyTuple([false, null]);
  c.watchWriters();
  return blockHere(`Queue.get 0x${objectId(c).toString(16)}`, c.getters, ns, () => new PyTuple([false, null]));
});
/** poll(timeout): True when an item is there (waiting up to timeout). */
method(channelType, 'poll', (a) => {
  const c = ch(a[0]);
  if (c.size > 0 || c.writerClosed) return true;
  const ns = timeoutNs(a[1]);
  if (ns === 0) return false;
  c.watchWriters();
  return blockHere(`Connection.poll 0x${objectId(c).toString(16)}`, c.getters, ns, () => false, true);
});
method(channelType, 'qsize', (a) => ch(a[0]).size);
method(channelType, 'close_reader', (a) => {
  ch(a[0]).readers?.delete(current.pid);
  return null;
});
/** Whether no live process can read this pipe any more (a send would break it). */
method(channelType, 'reader_closed', (a) => {
  const c = ch(a[0]);
  if (c.readers === null) return false;
  const os = current.os;
  for (const pid of c.readers) if (os === null || os.entry(pid)?.state === 'running') return false;
  return true;
});
method(channelType, 'close_writer', (a) => {
  const c = ch(a[0]);
  c.writers?.delete(current.pid);
  // Readers waiting on an empty pipe nobody can write to any more see the end of input.
  if (c.size === 0 && c.writerClosed) c.endReaders();
  return null;
});
method(channelType, 'task_done', (a) => {
  const c = ch(a[0]);
  if (c.unfinished <= 0) throw valueError('task_done() called too many times');
  if (--c.unfinished === 0) for (const w of c.joiners.splice(0)) if (alive(w)) wakeIn(w, null);
  return null;
});
method(channelType, 'join', (a) => {
  const c = ch(a[0]);
  if (c.unfinished === 0) return null;
  return blockHere(`JoinableQueue.join 0x${objectId(c).toString(16)}`, c.joiners, null, () => null);
});

/**
 * For concurrent.futures: `msg` arrives on the channel `c` once process
 * `pid` has ended, as a process sentinel becomes ready in CPython.
 */
export function putOnExit(c: unknown, pid: number, msg: unknown): void {
  if (!(c instanceof Channel)) throw typeError('pygil: a channel is needed');
  const snap = snapshot(msg, current);
  const e = current.os?.entry(pid);
  if (e === undefined || e.state !== 'running') c.deliver(snap);
  else e.onExit.push(() => c.deliver(snap));
}

// ---------------------------------------------------------------- semaphores, events, memory

class Sem extends PyShared {
  waiters: Waiter[] = [];
  constructor(public value: number, readonly max: number) {
    super(semType);
  }
}
const semType = makeBuiltinType('_Sem', null, 'other');
const sem = (v: unknown): Sem => v as Sem;

/** acquire(block, timeout) -> bool */
method(semType, 'acquire', (a) => {
  const s = sem(a[0]);
  if (s.value > 0) {
    s.value--;
    return true;
  }
  const ns = ops.truthy(a[1]) ? timeoutNs(a[2]) : 0;
  if (ns === 0) return false;
  return blockHere(`Semaphore 0x${objectId(s).toString(16)}`, s.waiters, ns, () => false);
});
method(semType, 'release', (a) => {
  const s = sem(a[0]);
  if (s.max >= 0 && s.value >= s.max) throw valueError('semaphore or lock released too many times');
  for (;;) {
    const w = s.waiters.shift();
    if (w === undefined) break;
    if (!alive(w)) continue;
    wakeIn(w, true); // handed straight to the waiter
    return null;
  }
  s.value++;
  return null;
});
method(semType, 'value', (a) => sem(a[0]).value);

class Flag extends PyShared {
  set = false;
  waiters: Waiter[] = [];
  constructor() {
    super(flagType);
  }
}
const flagType = makeBuiltinType('_Flag', null, 'other');
const flag = (v: unknown): Flag => v as Flag;
method(flagType, 'is_set', (a) => flag(a[0]).set);
method(flagType, 'set', (a) => {
  const f = flag(a[0]);
  f.set = true;
  for (const w of f.waiters.splice(0)) if (alive(w)) wakeIn(w, true);
  return null;
});
method(flagType, 'clear', (a) => {
  flag(a[0]).set = false;
  return null;
});
method(flagType, 'wait', (a) => {
  const f = flag(a[0]);
  if (f.set) return true;
  const ns = timeoutNs(a[1]);
  if (ns === 0) return false;
  return blockHere(`Event 0x${objectId(f).toString(16)}`, f.waiters, ns, () => false);
});

/** Shared memory for Value and Array: a list of numbers every process sees. */
class Memory extends PyShared {
  constructor(readonly cells: unknown[]) {
    super(memoryType);
  }
}
const memoryType = makeBuiltinType('_Memory', null, 'other');
const mem = (v: unknown): Memory => v as Memory;
method(memoryType, 'get', (a) => {
  const m = mem(a[0]);
  const i = a[1] as number;
  return m.cells[i];
});
method(memoryType, 'set', (a) => {
  const v = a[2];
  if (typeof v === 'object' && v !== null && !(v instanceof PyFloat)) throw typeError('pygil: shared memory holds numbers only');
  mem(a[0]).cells[a[1] as number] = v;
  return null;
});
method(memoryType, 'len', (a) => mem(a[0]).cells.length);

// ---------------------------------------------------------------- manager servers

/**
 * The dispatch function of each manager server process, by pid: a request
 * that cannot wait for an answer (a proxy's dunder called by the VM, as in
 * `d[k] = v` or `print(d)`) runs it in the server process at once, on the
 * server's main thread, in a nested run. Its arguments and result are copied
 * across as if sent.
 */
const managerServers = new Map<number, unknown>();

function callInServer(pid: number, request: unknown): unknown {
  const client = current;
  const e = client.os?.entry(pid);
  const fn = managerServers.get(pid);
  if (e === undefined || e.state !== 'running' || fn === undefined) return null;
  const snap = snapshot(request, client);
  const server = e.proc;
  const savedThread = server.thread;
  let answer: unknown;
  setCurrent(server);
  server.thread = server.mainThread;
  try {
    const r = ops.call(fn, [materialize(snap, server)]);
    answer = snapshot(r, server);
  } finally {
    server.thread = savedThread;
    setCurrent(client);
  }
  return materialize(answer, client);
}

// ---------------------------------------------------------------- process calls

function natives(): Record<string, unknown> {
  const f = (name: string, fn: (a: unknown[]) => unknown) => new PyBuiltin(name, (a) => fn(a));
  return {
    _Channel: f('_Channel', (a) => {
      const c = new Channel(a.length > 0 ? Number(a[0]) : 0);
      if (a.length > 1 && a[1] === true) {
        c.writers = new Set([current.pid]);
        c.readers = new Set([current.pid]);
      }
      return c;
    }),
    _Sem: f('_Sem', (a) => new Sem(Number(a[0]), Number(a[1]))),
    _Flag: f('_Flag', () => new Flag()),
    _Memory: f('_Memory', (a) => new Memory([...(a[0] as { items: unknown[] }).items])),
    _getpid: f('_getpid', () => current.pid),
    _getppid: f('_getppid', () => current.ppid),
    _cpu_count: f('_cpu_count', () => current.config.cores),
    _monotonic: f('_monotonic', () => new PyFloat(current.sched.now() / 1e9)),
    _fork: f('_fork', () => {
      const p = current;
      if (!p.interp.blockable) throw runtimeError('pygil: cannot start a process here (called from inside a builtin callback)');
      return p.os!.fork(p).pid;
    }),
    _exit: f('_exit', (a) => {
      const p = current;
      p.os!.exitCurrent(p, Number(a[0]) & 0xff, 0);
      if (p.interp.blockable) {
        p.sched.block(p.thread, { what: '_exit' }, null);
        return BLOCK;
      }
      return null;
    }),
    /** The exit code of a process (minus the signal), or None while it runs. */
    _exitcode: f('_exitcode', (a) => current.os!.entry(a[0] as number)?.exitCode ?? null),
    /** Waits until process `pid` has ended (up to timeout); returns its exit code or None. */
    _wait_exit: f('_wait_exit', (a) => {
      const e = current.os!.entry(a[0] as number);
      if (e === undefined) return null;
      if (e.state !== 'running') return e.exitCode;
      const ns = timeoutNs(a[1]);
      if (ns === 0) return null;
      const list: Waiter[] = [];
      e.onExit.push(() => {
        for (const w of list) if (alive(w)) wakeIn(w, e.exitCode);
      });
      return blockHere(`join of process ${e.pid}`, list, ns, () => null);
    }),
    _kill: f('_kill', (a) => {
      const p = current;
      const e = p.os!.entry(a[0] as number);
      if (e === undefined || e.state !== 'running') return null;
      p.os!.kill(p, a[0] as number, a[1] as number);
      return null;
    }),
    /** Marks a started child as daemonic or not, for the exit of its parent. */
    _register_child: f('_register_child', (a) => {
      const e = current.os!.entry(a[0] as number);
      if (e !== undefined) {
        // 'manager': a manager's server, ended quietly (code 0) when its parent exits.
        e.mpDaemon = ops.truthy(a[1]);
        e.mpManager = a[1] === 'manager';
      }
      return null;
    }),
    _announce_server: f('_announce_server', (a) => {
      managerServers.set(current.pid, a[0]);
      return null;
    }),
    _call_in_server: f('_call_in_server', (a) => callInServer(a[0] as number, a[1])),
    _reap: f('_reap', (a) => waitpidNow(a[0] as number, true)),
    _format_exc: f('_format_exc', () => {
      const e = current.thread.excInfo;
      return e === null ? 'NoneType: None\n' : formatExceptionAsModule(e);
    }),
    _clear_tb: f('_clear_tb', (a) => {
      (a[0] as PyBaseException).tb = [];
      return null;
    }),
    _print_exc: f('_print_exc', () => {
      const p = current;
      const e = p.thread.excInfo;
      if (e !== null) p.writeStderr(formatExceptionAsModule(e));
      return null;
    }),
  };
}


const CLASS_MODULES: Record<string, string> = {
  ProcessError: 'multiprocessing.context', TimeoutError: 'multiprocessing.context', Process: 'multiprocessing.context',
  BaseProcess: 'multiprocessing.process', _MainProcess: 'multiprocessing.process', _ParentProcess: 'multiprocessing.process',
  RemoteTraceback: 'multiprocessing.pool', Pool: 'multiprocessing.pool', ApplyResult: 'multiprocessing.pool',
  MapResult: 'multiprocessing.pool', IMapIterator: 'multiprocessing.pool',
  Queue: 'multiprocessing.queues', JoinableQueue: 'multiprocessing.queues', SimpleQueue: 'multiprocessing.queues',
  Connection: 'multiprocessing.connection', Lock: 'multiprocessing.synchronize', RLock: 'multiprocessing.synchronize',
  Semaphore: 'multiprocessing.synchronize', BoundedSemaphore: 'multiprocessing.synchronize',
  Event: 'multiprocessing.synchronize', Condition: 'multiprocessing.synchronize',
};

/** Renames a class's module: for reprs (t.module) and for `__module__`, which the class body stored. */
function setClassModule(t: PyType, module: string): void {
  t.module = module;
  if (t.ns.has('__module__')) {
    t.ns.set('__module__', module);
    t.invalidate();
  }
}

/** Public names of pygil's multiprocessing source that CPython's package does not have at its top level. */
const NOT_IN_PACKAGE = new Set(['BaseProcess', 'Connection', 'Empty', 'Full']);
registerModule('multiprocessing', (proc, ns) => {
  const inner = runPythonSource(proc, MP_FILE, MP_SOURCE, natives());
  for (const [k, v] of inner.entries()) {
    if (typeof k !== 'string') continue;
    // Classes show CPython's module names in reprs and tracebacks (the private ones too: type(current_process())).
    if (v instanceof PyType && v.module === MP_FILE) setClassModule(v, CLASS_MODULES[k] ?? 'multiprocessing');
    // _RawBytes travels through pipes, and a pickled class must be found in its module.
    if ((!k.startsWith('_') && !NOT_IN_PACKAGE.has(k)) || k === '_RawBytes') ns.set(k, v);
  }
  // CPython's package imports its process module at once: multiprocessing.process.BaseProcess.
  ns.set('process', proc.loadModule('multiprocessing.process'));
});

// multiprocessing.process: the process classes and functions.
registerModule('multiprocessing.process', (proc, ns) => {
  const mpNs = proc.loadModule('multiprocessing').dict as PyDict;
  // BaseProcess is not in the package's namespace (as in CPython): Process's base.
  const base = (mpNs.get('Process') as PyType).mro.find((t) => t.name === 'BaseProcess');
  ns.set('BaseProcess', base);
  for (const k of ['current_process', 'parent_process', 'active_children']) ns.set(k, mpNs.get(k));
});

// multiprocessing.pool: compiled on first use (multiprocessing.Pool imports it).
registerModule('multiprocessing.pool', (proc, ns) => {
  const mp = proc.loadModule('multiprocessing');
  const mpNs = mp.dict as PyDict;
  const n = natives();
  const inject: Record<string, unknown> = {
    _format_exc: n._format_exc, _clear_tb: n._clear_tb, _monotonic: n._monotonic,
    _caller_iterates: new PyBuiltin('_caller_iterates', () => callerIterates()),
  };
  for (const k of ['Process', 'Queue', 'cpu_count', 'TimeoutError']) inject[k] = mpNs.get(k);
  const inner = runPythonSource(proc, POOL_FILE, POOL_SOURCE, inject);
  for (const [k, v] of inner.entries()) {
    if (typeof k !== 'string' || k.startsWith('_')) continue;
    if (v instanceof PyType && v.module === POOL_FILE) setClassModule(v, 'multiprocessing.pool');
    ns.set(k, v);
  }
  mpNs.set('pool', proc.modules.get('multiprocessing.pool')!);
});

// multiprocessing.managers: compiled on first use (multiprocessing.Manager imports it).
registerModule('multiprocessing.managers', (proc, ns) => {
  const mp = proc.loadModule('multiprocessing');
  const mpNs = mp.dict as PyDict;
  // The package source's own namespace: the globals of a function it defined
  // (a fork's child reaches its own copy the same way).
  const inner = (mpNs.get('current_process') as PyFunction).globals;
  const n = natives();
  const inject: Record<string, unknown> = {};
  for (const k of ['_announce_server', '_call_in_server', '_Channel', '_getpid', '_exitcode', '_exit', '_register_child', '_format_exc', '_clear_tb', '_monotonic']) inject[k] = n[k];
  for (const k of ['Process', 'ProcessError', 'Condition', '_register_finalizer', '_unregister_finalizer', '_convert', '_check_typecode']) inject[k] = inner.get(k);
  // The AutoProxy[...] classes made on the fly, found there when a proxy is sent (transfer.ts).
  const hidden = new PyDictCtor();
  ns.set('_pygil_hidden', hidden);
  inject._hidden = hidden;
  const inner2 = runPythonSource(proc, MANAGERS_FILE, MANAGERS_SOURCE, inject);
  for (const [k, v] of inner2.entries()) {
    if (v instanceof PyType && v.module === MANAGERS_FILE) setClassModule(v, k === 'ForkProcess' ? 'multiprocessing.context' : 'multiprocessing.managers');
    // _ArrayReferent travels back from the server (an Array's slice) and must be found by name.
    if (typeof k !== 'string' || (k.startsWith('_') && k !== '_ArrayReferent') || k === 'ForkProcess' || k === 'Process') continue;
    ns.set(k, v);
  }
  mpNs.set('managers', proc.modules.get('multiprocessing.managers')!);
});
