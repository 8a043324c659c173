// The threading module on pygil's green-thread scheduler (MODEL.md §1, 6).
//
// Locks, RLocks, conditions, semaphores, events and threading.local are JS
// objects; Thread, Timer and Barrier are Python (THREADING_SOURCE below),
// as in CPython. The split follows one rule of the VM: a call may block (park
// its thread and give up the GIL) only when a builtin is called directly by
// a Python frame, and `with x:` counts only when x.__enter__ is a builtin. So
// everything used in a `with` statement is JS, and code that must loop around
// a blocking call (Barrier, Condition.wait_for) is Python calling JS builtins.
// Thread.join is a JS builtin inside the Python class, so a thread blocked in
// join() is reported at its caller's line.
//
// A thread's bottom frame is Thread._bootstrap_inner(self), which calls
// self.run(): the traceback of an exception in a thread has the same shape
// as CPython's (_bootstrap_inner, run, then the target).
//
// Blocking: a builtin parks the caller with sched.block() and returns BLOCK;
// the waker supplies the call's result. Lock-like resources are not handed
// over: the woken thread competes again (Wait.retry) when it gets the GIL, so
// a thread that releases and re-acquires within its time slice keeps winning,
// as with CPython's unfair locks. Events, joins and notifications pass their
// result directly.

import { registerModule } from './registry.js';
import { bind, clinic } from './args.js';
import { runPythonSource } from './py-source.js';
import { PyObject, PyType, PyFloat, makeBuiltinType, objectId } from '../runtime/object.js';
import { PyDict } from '../runtime/dict.js';
import { PyList, PyTuple } from '../runtime/tuple.js';
import { PyBuiltin, PyFunction, Kwargs } from '../runtime/function.js';
import { method, getter, func, constructor, argCount } from '../runtime/define.js';
import {
  typeError, valueError, runtimeError, attributeError, RuntimeError, PyBaseException, pyErr, OverflowError, SystemExit,
} from '../runtime/exceptions.js';
import { makeStructSeq } from './struct-seq.js';
import { formatException } from '../vm/traceback.js';
import * as ops from '../runtime/ops.js';
import { current, type Process } from '../vm/process.js';
import { registerSideTable } from '../vm/heap-copy.js';
import { refusePickling } from '../vm/transfer.js';
import { BLOCK } from '../vm/interpreter.js';
import { F_ENTRY, type ThreadState } from '../vm/frame.js';
import { BLOCK_AGAIN, T_DONE, type Wait, type Scheduler } from '../vm/scheduler.js';

const MODULE = 'threading';
// What CPython's versions of these hold first is a lock, which pickle refuses.
for (const name of ['Thread', 'Event', 'Semaphore']) refusePickling(MODULE, name, '_thread.lock');

// ================================================================ helpers

const hex = (o: object): string => objectId(o).toString(16);

/**
 * What a wait on condition `c` is called in a deadlock report: the Barrier
 * or Queue operation it serves (their `_pygil_owner`), else the condition.
 */
function conditionWhat(c: PyObject): string {
  const owner = c.dict instanceof PyDict ? c.dict.get('_pygil_owner') : undefined;
  if (owner instanceof PyTuple && owner.items.length === 2) return `${owner.items[0] as string} 0x${hex(owner.items[1] as object)}`;
  return `Condition 0x${hex(c)}`;
}

function remove(list: ThreadState[], t: ThreadState): void {
  const i = list.indexOf(t);
  if (i >= 0) list.splice(i, 1);
}

/** Throws unless the running builtin may park its thread (see interp.blockable). */
export function requireBlockable(): void {
  if (!current.interp.blockable) throw runtimeError('pygil: cannot block here (called from inside a builtin callback)');
}

/**
 * Re-arms a deadline for a thread that lost the race for a resource after
 * being woken (Wait.retry returning BLOCK_AGAIN): its first timer may already
 * have been dropped as stale while it waited for the GIL.
 */
function rearm(sched: Scheduler, t: ThreadState, wait: Wait, deadline: number | null): void {
  if (deadline !== null) sched.block(t, wait, Math.max(0, deadline - sched.now()));
}

/** A timeout in seconds from a Python-level API (compared like `timeout > 0` in CPython's threading.py). */
export function pySeconds(v: unknown, op = '>'): number {
  const s = ops.toFloatMaybe(v);
  if (s === undefined) throw typeError(`'${op}' not supported between instances of '${ops.typeName(v)}' and 'int'`);
  return s;
}

/** Seconds to virtual nanoseconds. */
export const toNs = (s: number): number => (s >= 1e10 ? 1e19 : s * 1e9);

/** A C-level int argument (`i` format): ints and bools only. */
function cInt(v: unknown): number {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return v === 0n ? 0 : 1;
  if (v instanceof PyObject && v.cls.layout === 'int') return ops.truthy(v) ? 1 : 0;
  throw typeError(`'${ops.typeName(v)}' object cannot be interpreted as an integer`);
}

/** A C-level timeout (_PyTime_FromSecondsObject): int or float, within what 64-bit nanoseconds hold. */
function cSeconds(v: unknown): number {
  const LIMIT = 9223372036.854775;
  if (v instanceof PyFloat) {
    if (v.v !== v.v) throw valueError('Invalid value NaN (not a number)');
    if (Math.abs(v.v) >= LIMIT) throw pyErr(OverflowError, 'timestamp out of range for platform time_t');
    return v.v;
  }
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') {
    const n = Number(v);
    if (Math.abs(n) >= LIMIT) throw pyErr(OverflowError, 'timestamp too large to convert to C _PyTime_t');
    return n;
  }
  throw typeError(`'${ops.typeName(v)}' object cannot be interpreted as an integer`);
}

// Deterministic thread identities: a plausible pthread_t for each thread
// (stacks 8 MiB + a guard page apart, as glibc lays them out) and a tid
// counting up from the process id.
const MAIN_IDENT = 0x7f3c9a1e4740;
const FIRST_IDENT = 0x7f3c99bff640;

export function identOf(t: ThreadState): number {
  return t.id <= 1 ? MAIN_IDENT : FIRST_IDENT - (t.id - 2) * 0x801000;
}

export function nativeIdOf(proc: Process, t: ThreadState): number {
  return proc.pid + t.id - 1;
}

function threadType(name: string, base: PyType | null = null): PyType {
  const t = makeBuiltinType(name, base, 'other');
  t.module = MODULE;
  t.hasInstanceDict = true;
  return t;
}

/** `<threading.Event at 0x…: …>`: the repr style of threading.py's classes. */
function classyRepr(o: PyObject, detail: string): string {
  const t = o.cls;
  return `<${t.module}.${t.qualname} at 0x${hex(o)}: ${detail}>`;
}

// ================================================================ mutexes

/** What Lock and RLock share, so Condition can use either. */
abstract class Mutex extends PyObject {
  /** Threads parked in acquire(), first come first. */
  waiters: ThreadState[] = [];
  /** Takes the lock for `t` if it is free (an RLock with recursion depth `depth`). */
  abstract take(t: ThreadState, depth: number): boolean;
  /** Releases completely on behalf of Condition.wait; returns the depth to restore. */
  abstract releaseSave(t: ThreadState): number;
  /** Condition's notion of "owned by t". */
  abstract isOwned(t: ThreadState): boolean;
  /** The thread holding it, for deadlock reports. */
  abstract holder(): ThreadState | null;
  abstract describe(): string;

  /** Gives the next waiter a chance to take the lock (it competes again when it runs). */
  wakeOne(): void {
    const w = this.waiters.shift();
    if (w !== undefined) current.sched.wake(w, true);
  }
}

/**
 * Parks the running thread until it takes `lk` (restoring `depth`), or until
 * the timeout passes. Returns BLOCK for the builtin to return; the thread's
 * call later returns True or False.
 */
function parkOnLock(lk: Mutex, timeoutNs: number | null): typeof BLOCK {
  requireBlockable();
  const sched = current.sched;
  const t = current.thread;
  lk.waiters.push(t);
  const deadline = timeoutNs === null ? null : sched.now() + timeoutNs;
  let timedOut = false;
  const wait: Wait = {
    what: lk.describe(),
    holder: () => lk.holder(),
    onTimeout: () => {
      remove(lk.waiters, t);
      timedOut = true;
      return false;
    },
    retry: () => {
      if (lk.take(t, 1)) return true;
      if (timedOut) return false;
      // Someone took it between the wake-up and now: back to the head of the line.
      lk.waiters.unshift(t);
      rearm(sched, t, wait, deadline);
      return BLOCK_AGAIN;
    },
  };
  sched.block(t, wait, timeoutNs);
  return BLOCK;
}

/** acquire(blocking=True, timeout=-1) for Lock and RLock, with _thread's argument rules. */
function parseAcquire(args: unknown[], kw: Kwargs): { blocking: boolean; timeoutNs: number | null } {
  const [b, tm] = clinic('acquire', args.slice(1), kw, ['blocking', 'timeout'], 0);
  const blocking = b === undefined ? true : cInt(b) !== 0;
  const timeout = tm === undefined ? -1 : cSeconds(tm);
  if (!blocking && timeout !== -1) throw valueError("can't specify a timeout for a non-blocking call");
  if (timeout < 0 && timeout !== -1) throw valueError('timeout value must be positive');
  if (timeout > TIMEOUT_MAX_S) throw pyErr(OverflowError, 'timeout value is too large');
  return { blocking, timeoutNs: !blocking ? 0 : timeout === -1 ? null : toNs(timeout) };
}

const TIMEOUT_MAX_S = 9223372036;

// ---------------------------------------------------------------- Lock

// __name__ is 'lock'; error messages say '_thread.lock' (CPython's tp_name).
export const lockType = makeBuiltinType('lock', null, 'other');
lockType.cName = '_thread.lock';
refusePickling('_thread', 'lock', '_thread.lock');
lockType.module = '_thread';

export class PyLock extends Mutex {
  locked = false;
  /** Who acquired it last (a Lock has no owner in Python; this is for deadlock reports). */
  owner: ThreadState | null = null;
  constructor(cls: PyType = lockType) {
    super(cls);
  }
  take(t: ThreadState): boolean {
    if (this.locked) return false;
    this.locked = true;
    this.owner = t;
    current.race?.lockTaken(t, this);
    return true;
  }
  releaseSave(): number {
    this.release();
    return 1;
  }
  // CPython's Condition tests a plain Lock with acquire(False): held by anyone counts as owned.
  isOwned(): boolean {
    return this.locked;
  }
  holder(): ThreadState | null {
    return this.locked ? this.owner : null;
  }
  private desc = '';
  describe(): string {
    return this.desc !== '' ? this.desc : (this.desc = `Lock 0x${hex(this)}`);
  }
  release(): void {
    if (!this.locked) throw runtimeError('release unlocked lock');
    current.race?.lockReleased(current.thread, this);
    this.locked = false;
    this.owner = null;
    this.wakeOne();
  }
  acquire(blocking: boolean, timeoutNs: number | null): unknown {
    if (this.take(current.thread)) return true;
    if (!blocking || timeoutNs === 0) return false;
    return parkOnLock(this, timeoutNs);
  }
}
lockType.alloc = (cls) => new PyLock(cls);

function lockAcquire(a: unknown[], kw: Kwargs): unknown {
  const lk = a[0] as PyLock;
  // The hot path (the seed's lock program takes a lock two million times).
  if (a.length === 1 && kw === null && !lk.locked) {
    lk.locked = true;
    lk.owner = current.thread;
    if (current.race !== null) current.race.lockTaken(lk.owner, lk);
    return true;
  }
  const { blocking, timeoutNs } = parseAcquire(a, kw);
  return lk.acquire(blocking, timeoutNs);
}
function lockRelease(a: unknown[]): unknown {
  (a[0] as PyLock).release();
  return null;
}
/** A METH_NOARGS method: CPython refuses arguments before doing anything. */
function noArgs(owner: string, name: string, fn: (a: unknown[]) => unknown): (a: unknown[], kw: Kwargs) => unknown {
  return (a, kw) => {
    if (kw !== null && kw.size > 0) throw typeError(`${owner}.${name}() takes no keyword arguments`);
    if (a.length > 1) throw typeError(`${owner}.${name}() takes no arguments (${a.length - 1} given)`);
    return fn(a);
  };
}
const lockLocked = (a: unknown[]): unknown => (a[0] as PyLock).locked;
method(lockType, 'acquire', lockAcquire);
method(lockType, 'acquire_lock', lockAcquire);
method(lockType, '__enter__', lockAcquire);
method(lockType, 'release', noArgs('lock', 'release', lockRelease));
method(lockType, 'release_lock', noArgs('lock', 'release_lock', lockRelease));
// __exit__ takes the exception triple (and ignores it).
method(lockType, '__exit__', lockRelease);
method(lockType, 'locked', noArgs('lock', 'locked', lockLocked));
method(lockType, 'locked_lock', noArgs('lock', 'locked_lock', lockLocked));
method(lockType, '__repr__', (a) => {
  const lk = a[0] as PyLock;
  return `<${lk.locked ? 'locked' : 'unlocked'} _thread.lock object at 0x${hex(lk)}>`;
});

// ---------------------------------------------------------------- RLock

export const rlockType = makeBuiltinType('RLock', null, 'other');
rlockType.cName = '_thread.RLock';
refusePickling('_thread', 'RLock', '_thread.RLock');
rlockType.module = '_thread';

export class PyRLock extends Mutex {
  owner: ThreadState | null = null;
  count = 0;
  constructor(cls: PyType = rlockType) {
    super(cls);
  }
  take(t: ThreadState, depth: number): boolean {
    if (this.owner !== null) return false;
    this.owner = t;
    this.count = depth;
    current.race?.lockTaken(t, this);
    return true;
  }
  releaseSave(t: ThreadState): number {
    if (this.owner !== t || this.count === 0) throw runtimeError('cannot release un-acquired lock');
    const depth = this.count;
    current.race?.lockReleased(t, this);
    this.owner = null;
    this.count = 0;
    this.wakeOne();
    return depth;
  }
  isOwned(t: ThreadState): boolean {
    return this.owner === t;
  }
  holder(): ThreadState | null {
    return this.owner;
  }
  private desc = '';
  describe(): string {
    return this.desc !== '' ? this.desc : (this.desc = `RLock 0x${hex(this)}`);
  }
  release(t: ThreadState): void {
    if (this.owner !== t) throw runtimeError('cannot release un-acquired lock');
    if (--this.count === 0) {
      current.race?.lockReleased(t, this);
      this.owner = null;
      this.wakeOne();
    }
  }
}
rlockType.alloc = (cls) => new PyRLock(cls);

function rlockAcquire(a: unknown[], kw: Kwargs): unknown {
  const lk = a[0] as PyRLock;
  const t = current.thread;
  const simple = a.length === 1 && kw === null;
  const { blocking, timeoutNs } = simple ? { blocking: true, timeoutNs: null } : parseAcquire(a, kw);
  if (lk.owner === t) {
    lk.count++;
    return true;
  }
  if (lk.take(t, 1)) return true;
  if (!blocking || timeoutNs === 0) return false;
  return parkOnLock(lk, timeoutNs);
}
function rlockRelease(a: unknown[]): unknown {
  (a[0] as PyRLock).release(current.thread);
  return null;
}
method(rlockType, 'acquire', rlockAcquire);
method(rlockType, '__enter__', rlockAcquire);
method(rlockType, 'release', noArgs('RLock', 'release', rlockRelease));
method(rlockType, '__exit__', rlockRelease);
method(rlockType, '_is_owned', noArgs('RLock', '_is_owned', (a) => (a[0] as PyRLock).owner === current.thread));
method(rlockType, '__repr__', (a) => {
  const lk = a[0] as PyRLock;
  const owner = lk.owner === null ? 0 : identOf(lk.owner);
  return `<${lk.owner !== null ? 'locked' : 'unlocked'} _thread.RLock object owner=${owner} count=${lk.count} at 0x${hex(lk)}>`;
});

// ================================================================ Condition

export const conditionType = threadType('Condition');

export class PyCondition extends PyObject {
  lock: Mutex;
  waiters: ThreadState[] = [];
  constructor(cls: PyType = conditionType) {
    super(cls);
    this.lock = new PyRLock();
  }
}
conditionType.alloc = (cls) => new PyCondition(cls);

const cond = (v: unknown): PyCondition => {
  if (v instanceof PyCondition) return v;
  throw typeError(`descriptor requires a 'threading.Condition' object but received a '${ops.typeName(v)}'`);
};

method(conditionType, '__init__', (a, kw) => {
  const [self, lock] = bind({ name: 'Condition.__init__', params: ['self', 'lock'], required: 1 }, a, kw).values;
  const c = cond(self);
  if (lock === undefined || lock === null) c.lock = new PyRLock();
  else if (lock instanceof Mutex) c.lock = lock;
  else {
    // threading.py reads lock.acquire first: an object without one fails as there.
    ops.getAttr(lock, 'acquire');
    throw typeError(`pygil: Condition() needs a threading.Lock or threading.RLock, not '${ops.typeName(lock)}'`);
  }
  c.waiters = [];
  return null;
});

/** The underlying lock's acquire/release, as Condition exports them. */
function mutexAcquire(lk: Mutex, rest: unknown[], kw: Kwargs): unknown {
  return lk instanceof PyLock ? lockAcquire([lk, ...rest], kw) : rlockAcquire([lk, ...rest], kw);
}
function mutexRelease(lk: Mutex): void {
  if (lk instanceof PyLock) lk.release();
  else (lk as PyRLock).release(current.thread);
}

method(conditionType, '__enter__', (a) => mutexAcquire(cond(a[0]).lock, [], null));
method(conditionType, '__exit__', (a) => {
  mutexRelease(cond(a[0]).lock);
  return null;
});
method(conditionType, 'acquire', (a, kw) => mutexAcquire(cond(a[0]).lock, a.slice(1), kw));
method(conditionType, 'release', (a) => {
  mutexRelease(cond(a[0]).lock);
  return null;
});
getter(conditionType, '_lock', (c) => cond(c).lock);
method(conditionType, '_is_owned', (a) => cond(a[0]).lock.isOwned(current.thread));
method(conditionType, '__repr__', (a) => {
  const c = cond(a[0]);
  return `<Condition(${ops.repr(c.lock)}, ${c.waiters.length})>`;
});

/**
 * Condition.wait: releases the lock, parks until notified or timed out, then
 * takes the lock back (competing for it like any acquirer) and returns
 * whether it was notified.
 */
method(conditionType, 'wait', (a, kw) => {
  const [self, timeout] = bind({ name: 'Condition.wait', params: ['self', 'timeout'], required: 1 }, a, kw).values;
  const c = cond(self);
  const t = current.thread;
  const lk = c.lock;
  if (!lk.isOwned(t)) throw runtimeError('cannot wait on un-acquired lock');
  let ns: number | null = null;
  if (timeout !== undefined && timeout !== null) {
    const s = pySeconds(timeout);
    // A zero or negative timeout only polls: nobody can notify meanwhile.
    if (!(s > 0)) return false;
    ns = toNs(s);
  }
  requireBlockable();
  const sched = current.sched;
  const depth = lk.releaseSave(t);
  c.waiters.push(t);
  let notified = true;
  let phase: 'notify' | 'lock' = 'notify';
  const wait: Wait = {
    what: conditionWhat(c),
    holder: () => (phase === 'lock' ? lk.holder() : null),
    onTimeout: () => {
      if (phase === 'notify') {
        remove(c.waiters, t);
        notified = false;
      } else {
        remove(lk.waiters, t);
      }
      return false;
    },
    retry: () => {
      if (lk.take(t, depth)) return notified;
      // Wait for the lock now, at the end of its line the first time.
      if (phase === 'notify') lk.waiters.push(t);
      else lk.waiters.unshift(t);
      phase = 'lock';
      return BLOCK_AGAIN;
    },
  };
  sched.block(t, wait, ns);
  return BLOCK;
});

/** Wakes up to `n` waiters; `n` is a thunk because threading.py compares it only when someone waits. */
function notify(c: PyCondition, n: () => number): void {
  if (!c.lock.isOwned(current.thread)) throw runtimeError('cannot notify on un-acquired lock');
  if (c.waiters.length === 0) return;
  const sched = current.sched;
  let left = n();
  while (left > 0 && c.waiters.length > 0) {
    sched.wake(c.waiters.shift()!, true);
    left--;
  }
}
method(conditionType, 'notify', (a, kw) => {
  const [self, n] = bind({ name: 'Condition.notify', params: ['self', 'n'], required: 1 }, a, kw).values;
  notify(cond(self), () => (n === undefined ? 1 : pySeconds(n, '>')));
  return null;
});
method(conditionType, 'notify_all', (a) => {
  const c = cond(a[0]);
  notify(c, () => c.waiters.length);
  return null;
});
method(conditionType, 'notifyAll', (a) => {
  deprecated('notifyAll() is deprecated, use notify_all() instead');
  const c = cond(a[0]);
  notify(c, () => c.waiters.length);
  return null;
});

// ================================================================ Semaphore

export const semaphoreType = threadType('Semaphore');

export const boundedSemaphoreType = threadType('BoundedSemaphore', semaphoreType);

export class PySemaphore extends PyObject {
  value = 1;
  initial = 1;
  waiters: ThreadState[] = [];
  constructor(cls: PyType = semaphoreType) {
    super(cls);
  }
}
semaphoreType.alloc = (cls) => new PySemaphore(cls);

const sem = (v: unknown): PySemaphore => {
  if (v instanceof PySemaphore) return v;
  throw typeError(`descriptor requires a 'threading.Semaphore' object but received a '${ops.typeName(v)}'`);
};

function initSemaphore(a: unknown[], kw: Kwargs, name: string): unknown {
  const [self, v] = bind({ name: `${name}.__init__`, params: ['self', 'value'], required: 1 }, a, kw).values;
  const s = sem(self);
  const value = v === undefined ? 1 : v;
  if (ops.lessThan(value, 0)) throw valueError('semaphore initial value must be >= 0');
  const n = ops.toIndex(value);
  s.value = s.initial = typeof n === 'bigint' ? Number(n) : n;
  s.waiters = [];
  return null;
}
method(semaphoreType, '__init__', (a, kw) => initSemaphore(a, kw, 'Semaphore'));
method(boundedSemaphoreType, '__init__', (a, kw) => initSemaphore(a, kw, 'BoundedSemaphore'));

/**
 * Semaphore.acquire: as threading.py's loop around Condition.wait, a woken
 * waiter takes a unit only if one is still there when it runs; otherwise it
 * waits again at the end of the line.
 */
function semAcquire(s: PySemaphore, blocking: boolean, timeout: unknown): unknown {
  if (!blocking && timeout !== null) throw valueError("can't specify timeout for non-blocking acquire");
  if (s.value > 0) {
    s.value--;
    current.race?.acquire(current.thread, s);
    return true;
  }
  if (!blocking) return false;
  let ns: number | null = null;
  if (timeout !== null) {
    const secs = pySeconds(timeout);
    if (!(secs > 0)) return false;
    ns = toNs(secs);
  }
  requireBlockable();
  const sched = current.sched;
  const t = current.thread;
  s.waiters.push(t);
  const deadline = ns === null ? null : sched.now() + ns;
  let timedOut = false;
  const wait: Wait = {
    what: `Semaphore 0x${hex(s)}`,
    onTimeout: () => {
      remove(s.waiters, t);
      timedOut = true;
      return false;
    },
    retry: () => {
      if (s.value > 0) {
        s.value--;
        return true;
      }
      if (timedOut) return false;
      s.waiters.push(t);
      rearm(sched, t, wait, deadline);
      return BLOCK_AGAIN;
    },
  };
  sched.block(t, wait, ns);
  return BLOCK;
}

function semRelease(s: PySemaphore, n: number): void {
  if (n < 1) throw valueError('n must be one or more');
  if (s.cls.isSubtypeOf(boundedSemaphoreType) && s.value + n > s.initial) {
    throw valueError('Semaphore released too many times');
  }
  s.value += n;
  current.race?.release(current.thread, s);
  const sched = current.sched;
  for (let i = 0; i < n && s.waiters.length > 0; i++) sched.wake(s.waiters.shift()!, true);
}

method(semaphoreType, 'acquire', (a, kw) => {
  const [self, b, tm] = bind({ name: 'Semaphore.acquire', params: ['self', 'blocking', 'timeout'], required: 1 }, a, kw).values;
  return semAcquire(sem(self), b === undefined ? true : ops.truthy(b), tm === undefined ? null : tm);
});
method(semaphoreType, '__enter__', (a) => semAcquire(sem(a[0]), true, null));
method(semaphoreType, 'release', (a, kw) => {
  const [self, n] = bind({ name: 'Semaphore.release', params: ['self', 'n'], required: 1 }, a, kw).values;
  const k = n === undefined ? 1 : ops.toIndex(n);
  semRelease(sem(self), typeof k === 'bigint' ? Number(k) : k);
  return null;
});
method(semaphoreType, '__exit__', (a) => {
  semRelease(sem(a[0]), 1);
  return null;
});
getter(semaphoreType, '_value', (s) => sem(s).value);
getter(boundedSemaphoreType, '_initial_value', (s) => sem(s).initial);
method(semaphoreType, '__repr__', (a) => classyRepr(sem(a[0]), `value=${sem(a[0]).value}`));
method(boundedSemaphoreType, '__repr__', (a) => {
  const s = sem(a[0]);
  return classyRepr(s, `value=${s.value}/${s.initial}`);
});

// ================================================================ Event

export const eventType = threadType('Event');


export class PyEvent extends PyObject {
  flag = false;
  waiters: ThreadState[] = [];
  constructor(cls: PyType = eventType) {
    super(cls);
  }
}
eventType.alloc = (cls) => new PyEvent(cls);

const ev = (v: unknown): PyEvent => {
  if (v instanceof PyEvent) return v;
  throw typeError(`descriptor requires a 'threading.Event' object but received a '${ops.typeName(v)}'`);
};

method(eventType, '__init__', (a, kw) => {
  const [self] = bind({ name: 'Event.__init__', params: ['self'], required: 1 }, a, kw).values;
  ev(self).flag = false;
  return null;
});
method(eventType, 'is_set', (a) => ev(a[0]).flag);
method(eventType, 'isSet', (a) => {
  deprecated('isSet() is deprecated, use is_set() instead');
  return ev(a[0]).flag;
});
getter(eventType, '_flag', (e) => ev(e).flag);
method(eventType, 'set', (a) => {
  const e = ev(a[0]);
  e.flag = true;
  current.race?.release(current.thread, e);
  const sched = current.sched;
  for (const t of e.waiters) sched.wake(t, true);
  e.waiters = [];
  return null;
});
method(eventType, 'clear', (a) => {
  ev(a[0]).flag = false;
  return null;
});
method(eventType, 'wait', (a, kw) => {
  const [self, timeout] = bind({ name: 'Event.wait', params: ['self', 'timeout'], required: 1 }, a, kw).values;
  const e = ev(self);
  if (e.flag) {
    current.race?.acquire(current.thread, e);
    return true;
  }
  let ns: number | null = null;
  if (timeout !== undefined && timeout !== null) {
    const s = pySeconds(timeout);
    if (!(s > 0)) return false;
    ns = toNs(s);
  }
  requireBlockable();
  const t = current.thread;
  e.waiters.push(t);
  current.sched.block(t, {
    what: `Event 0x${hex(e)}`,
    onTimeout: () => {
      remove(e.waiters, t);
      return false;
    },
  }, ns);
  return BLOCK;
});
method(eventType, '__repr__', (a) => classyRepr(ev(a[0]), ev(a[0]).flag ? 'set' : 'unset'));

// ================================================================ local

export const localType = makeBuiltinType('_local', null, 'other');
localType.cName = '_thread._local';
refusePickling('_thread', '_local', '_thread._local');
localType.module = '_thread';
localType.hasInstanceDict = true;

/**
 * threading.local: `dict` is an accessor that returns the running thread's
 * own attribute dict, so every generic attribute path (getattr, setattr,
 * __dict__, vars) sees per-thread values without knowing about threads.
 * A thread's first use runs the subclass's __init__ again, as CPython does.
 */

export class PyLocal extends PyObject {
  private dicts = new Map<ThreadState, PyDict>();
  initArgs: unknown[] = [];
  initKw: Kwargs = null;
  private ready = false;
  constructor(cls: PyType) {
    super(cls);
  }

  /** `dict = d` (a fork's copy, __dict__ assignment): the current thread's dict becomes d. */
  setThreadDict(d: PyDict | null): void {
    if (d !== null) this.dicts.set(current.thread, d);
    this.lastThread = null;
  }
  /** Called once the creating thread's __init__ may run (after __new__). */
  finishNew(): void {
    this.threadDict();
    this.ready = true;
  }
  /** The last thread asked for and its dict: threads ask many times in a row between switches. */
  private lastThread: ThreadState | null = null;
  private lastDict: PyDict | null = null;

  threadDict(): PyDict {
    const t = current.thread;
    if (t === this.lastThread) return this.lastDict!;
    let d = this.dicts.get(t);
    if (d !== undefined) {
      this.lastThread = t;
      this.lastDict = d;
      return d;
    }
    d = new PyDict();
    this.dicts.set(t, d);
    if (this.ready) {
      const init = this.cls.lookup('__init__');
      if (init !== undefined && init !== ops.objectInit) {
        try {
          ops.callDescr(init, this, this.initArgs, this.initKw);
        } catch (e) {
          this.dicts.delete(t);
          throw e;
        }
      }
    }
    return d;
  }
}
/**
 * `local.dict`: each thread sees its own. An accessor on the prototype, not
 * on each instance: turning an instance's data property into an accessor
 * would put the object in V8's slow dictionary mode. Not enumerable, so a
 * heap copy (fork) copies the per-thread dicts and not the current one.
 * PyObject's constructor assigns null through it, before PyLocal's own
 * fields exist: setThreadDict ignores null.
 */
Object.defineProperty(PyLocal.prototype, 'dict', {
  get(this: PyLocal): PyDict {
    return this.threadDict();
  },
  set(this: PyLocal, d: PyDict | null): void {
    this.setThreadDict(d);
  },
  configurable: true,
  enumerable: false,
});
localType.alloc = (cls) => {
  const l = new PyLocal(cls);
  l.finishNew();
  return l;
};
constructor(localType, (a, kw) => {
  const cls = a[0] as PyType;
  const rest = a.slice(1);
  if ((rest.length > 0 || (kw !== null && kw.size > 0)) && cls.lookup('__init__') === ops.objectInit) {
    throw typeError('Initialization arguments are not supported');
  }
  const l = new PyLocal(cls);
  l.initArgs = rest;
  l.initKw = kw === null ? null : new Map(kw);
  l.finishNew();
  return l;
});
method(localType, '__getattr__', (a) => {
  // Only reached when normal lookup failed: CPython names the C type with its module here.
  const obj = a[0] as PyObject;
  const name = ops.str(a[1]);
  const e = attributeError(`'${obj.cls === localType ? '_thread._local' : obj.cls.name}' object has no attribute '${name}'`);
  (e as PyBaseException & { attrName?: string; attrObj?: unknown }).attrName = name;
  (e as PyBaseException & { attrName?: string; attrObj?: unknown }).attrObj = obj;
  throw e;
});

// ================================================================ warnings

/**
 * A DeprecationWarning as CPython's default filters show it: only for calls
 * from __main__, once per calling line, on stderr.
 */
function deprecated(msg: string): void {
  const proc = current;
  let f = proc.thread.frame;
  // Skip frames of pygil's own Python source (Thread.isDaemon calls this from there).
  while (f !== null && f.globals.get('__name__') !== '__main__' && f.code.filename.startsWith('<pygil')) f = f.back;
  if (f === null || f.globals.get('__name__') !== '__main__') return;
  const key = `${f.code.filename}:${f.lineno}:${msg}`;
  let seen = warned.get(proc);
  if (seen === undefined) warned.set(proc, (seen = new Set()));
  if (seen.has(key)) return;
  seen.add(key);
  const line = f.code.source.split(/\r?\n/)[f.lineno - 1]?.trim();
  proc.writeStderr(`${f.code.filename}:${f.lineno}: DeprecationWarning: ${msg}\n${line ? `  ${line}\n` : ''}`);
}
const warned = new WeakMap<Process, Set<string>>();

// ================================================================ threads

/** The JS side of a threading.Thread object. */
interface ThreadInfo {
  tstate: ThreadState | null;
  started: boolean;
  stopped: boolean;
  joiners: ThreadState[];
  /** The thread blocked in start() until this one runs (CPython's _started.wait()). */
  starter: ThreadState | null;
}

const infos = new WeakMap<object, ThreadInfo>();
// After os.fork() a Thread object's state follows it into the child; a
// thread other than the forking one does not exist there, so it is stopped.
registerSideTable(infos, (i, c) => {
  const t = c.ref(i.tstate) as ThreadState | null;
  return { tstate: t, started: i.started, stopped: i.stopped || (t !== null && t.state === T_DONE), joiners: [], starter: null };
});

function info(thread: unknown): ThreadInfo {
  let i = infos.get(thread as object);
  if (i === undefined) {
    i = { tstate: null, started: false, stopped: false, joiners: [], starter: null };
    infos.set(thread as object, i);
  }
  return i;
}

const THREADING_FILE = '<pygil threading>';

// The Python half. Thread mirrors threading.py's public behaviour and error
// messages; its lifecycle state lives in JS (the _start/_state/... helpers).
const THREADING_SOURCE = `
class BrokenBarrierError(RuntimeError):
    pass


_counter = 0


def _newname(template):
    global _counter
    _counter += 1
    return template % _counter


class Thread:
    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += " (%s)" % (target.__name__,)
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is None:
            daemon = current_thread().daemon
        self._daemonic = daemon
        self._initialized = True

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = ("initial", "started", "stopped")[_state(self)]
        if self._daemonic:
            status += " daemon"
        ident = _ident(self)
        if ident is not None:
            status += " %s" % ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if _state(self):
            raise RuntimeError("threads can only be started once")
        _start(self, self._name, self._daemonic)

    def _bootstrap_inner(self):
        _begin(self)
        self.run()

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    join = _join_method

    @property
    def name(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)
        _rename(self, self._name)

    @property
    def ident(self):
        assert self._initialized, "Thread.__init__() not called"
        return _ident(self)

    @property
    def native_id(self):
        assert self._initialized, "Thread.__init__() not called"
        return _native_id(self)

    def is_alive(self):
        assert self._initialized, "Thread.__init__() not called"
        return _state(self) == 1

    @property
    def daemon(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if _state(self):
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        _deprecated("isDaemon() is deprecated, get the daemon attribute instead")
        return self.daemon

    def setDaemon(self, daemonic):
        _deprecated("setDaemon() is deprecated, set the daemon attribute instead")
        self.daemon = daemonic

    def getName(self):
        _deprecated("getName() is deprecated, get the name attribute instead")
        return self.name

    def setName(self, name):
        _deprecated("setName() is deprecated, set the name attribute instead")
        self.name = name


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        _adopt(self, True)


class _DummyThread(Thread):
    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        _adopt(self, False)

    def is_alive(self):
        return True

    def join(self, timeout=None):
        raise RuntimeError("cannot join a dummy thread")


class Timer(Thread):
    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            function, args, kwargs = self.function, self.args, self.kwargs
            if kwargs or type(args) not in (tuple, list) or len(args) > 3:
                function(*args, **kwargs)
            elif len(args) == 0:
                function()
            elif len(args) == 1:
                function(args[0])
            elif len(args) == 2:
                function(args[0], args[1])
            else:
                function(args[0], args[1], args[2])
        self.finished.set()


class Barrier:
    # _state: 0 filling, 1 draining (released, threads leaving),
    # -1 resetting, -2 broken.

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._cond._pygil_owner = ('Barrier', self)  # how a deadlock report names the wait
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = 0
        self._count = 0

    def __repr__(self):
        cls = self.__class__
        where = f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}"
        if self.broken:
            return where + ": broken>"
        # format(), not %d: parties is not checked, so it may be anything.
        return where + f": waiters={self.n_waiting}/{self.parties}>"

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            # Newcomers wait until the previous cycle has drained or reset.
            while self._state == 1 or self._state == -1:
                self._cond.wait()
            if self._state < 0:
                raise BrokenBarrierError
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._trip()
                else:
                    self._await_trip(timeout)
                return index
            finally:
                self._count -= 1
                if self._count == 0 and (self._state == 1 or self._state == -1):
                    self._state = 0
                    self._cond.notify_all()

    def _trip(self):
        try:
            if self._action:
                self._action()
            self._state = 1
            self._cond.notify_all()
        except:
            self._break()
            raise

    def _await_trip(self, timeout):
        if not self._cond.wait_for(lambda: self._state != 0, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError

    def reset(self):
        with self._cond:
            if self._count > 0:
                if self._state == 0 or self._state == -2:
                    self._state = -1
            else:
                self._state = 0
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    def _break(self):
        self._state = -2
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == 0:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == -2


def _wait_for(self, predicate, timeout=None):
    deadline = None
    left = timeout
    result = predicate()
    while not result:
        if left is not None:
            if deadline is None:
                deadline = _monotonic() + left
            else:
                left = deadline - _monotonic()
                if left <= 0:
                    break
        self.wait(left)
        result = predicate()
    return result
`;

let waitForInstalled = false;

/** What threading.excepthook receives (CPython's _thread._ExceptHookArgs). */
export const exceptHookArgsType = makeStructSeq('_thread', '_ExceptHookArgs', ['exc_type', 'exc_value', 'exc_traceback', 'thread']);

registerModule('threading', (proc, ns) => {
  const sched = () => current.sched;
  const me = () => current.thread;
  let bootstrap: PyFunction | null = null;
  // The default hook prints what Process.threadEnded prints for a thread's
  // uncaught exception; a program's own replacement is called instead.
  const excepthook = func(ns, 'excepthook', (a) => {
    argCount('_excepthook', a, 1);
    const args = a[0];
    if (!(args instanceof PyTuple) || args.cls !== exceptHookArgsType) throw typeError('_thread._excepthook argument type must be ExceptHookArgs');
    const [excType, exc, , thread] = args.items;
    if (excType === SystemExit) return null;
    const name = thread === null ? current.thread.name : ops.str(ops.getAttr(thread, 'name'));
    current.writeStderr(`Exception in thread ${name}:\n${exc instanceof PyBaseException ? formatException(exc) : ''}`);
    return null;
  }, 'threading');
  excepthook.name = '_excepthook';
  ns.set('__excepthook__', excepthook);
  ns.set('ExceptHookArgs', exceptHookArgsType);
  const helpers: Record<string, unknown> = {};
  const helper = (name: string, fn: (a: unknown[]) => unknown) => {
    helpers[name] = new PyBuiltin(name, (a) => fn(a));
  };

  helper('_state', (a) => {
    const i = info(a[0]);
    return i.stopped ? 2 : i.started ? 1 : 0;
  });
  helper('_ident', (a) => {
    const t = info(a[0]).tstate;
    return t === null ? null : identOf(t);
  });
  helper('_native_id', (a) => {
    const t = info(a[0]).tstate;
    return t === null ? null : nativeIdOf(current, t);
  });
  helper('_rename', (a) => {
    const t = info(a[0]).tstate;
    if (t !== null) t.name = ops.str(a[1]);
    return null;
  });
  helper('_deprecated', (a) => {
    deprecated(ops.str(a[0]));
    return null;
  });
  helper('_monotonic', () => new PyFloat(current.sched.now() / 1e9));
  helper('_adopt', (a) => {
    const p = current;
    const t = a[1] === true ? p.mainThread : p.thread;
    const i = info(a[0]);
    i.tstate = t;
    i.started = true;
    t.pyThread = a[0];
    return null;
  });

  // start(): schedules a new green thread whose bottom frame is
  // Thread._bootstrap_inner(self), then (like CPython's _started.wait())
  // parks the caller until the new thread has begun running.
  helper('_start', (a) => {
    const [thread, name, daemon] = a;
    const p = current;
    const i = info(thread);
    const t = p.newThread(ops.str(name));
    t.daemon = ops.truthy(daemon);
    t.pyThread = thread;
    i.tstate = t;
    i.started = true;
    const f = p.interp.makeFrame(bootstrap!, [thread], 0, 1, null, null);
    f.flags |= F_ENTRY;
    t.frame = f;
    // Its frame, and CPython's Thread._bootstrap under it (which pygil does
    // not run): a thread recurses as deep as in CPython before RecursionError.
    t.depth = 2;
    t.onEnd = () => {
      i.stopped = true;
      p.race?.release(t, i);
      for (const j of i.joiners) p.sched.wake(j, null);
      i.joiners = [];
      if (i.starter !== null) {
        p.sched.wake(i.starter, null);
        i.starter = null;
      }
    };
    p.sched.addThread(t);
    if (!p.interp.blockable) return null;
    const caller = p.thread;
    i.starter = caller;
    p.sched.block(caller, { what: `start of ${t.name}`, holder: () => null }, null);
    return BLOCK;
  });
  helper('_begin', (a) => {
    const i = info(a[0]);
    if (i.starter !== null) {
      sched().wake(i.starter, null);
      i.starter = null;
    }
    return null;
  });
  // Thread.join is JS so that a thread blocked in join() is shown at the
  // caller's line (deadlock reports, tracebacks) with no frame of ours.
  helpers._join_method = new PyBuiltin('join', (a, kw) => {
    const [self, timeout] = bind({ name: 'Thread.join', params: ['self', 'timeout'], required: 1 }, a, kw).values;
    if (!ops.truthy(ops.getAttr(self, '_initialized'))) throw runtimeError('Thread.__init__() not called');
    const i = info(self);
    if (!i.started) throw runtimeError('cannot join thread before it is started');
    if (self === currentThread()) throw runtimeError('cannot join current thread');
    let ns: number | null = null;
    if (timeout !== undefined && timeout !== null) {
      // threading.py waits max(timeout, 0): the same comparison and error.
      const secs = ops.toFloatMaybe(timeout);
      if (secs === undefined) throw typeError(`'>' not supported between instances of 'int' and '${ops.typeName(timeout)}'`);
      ns = secs > 0 ? toNs(secs) : 0;
    }
    if (i.stopped) {
      current.race?.acquire(current.thread, i);
      return null;
    }
    if (ns === 0) return null;
    requireBlockable();
    const t = me();
    i.joiners.push(t);
    const target = i.tstate;
    sched().block(t, {
      what: `join ${target?.name ?? '?'}`,
      holder: () => target,
      onTimeout: () => {
        remove(i.joiners, t);
        return null;
      },
    }, ns);
    return BLOCK;
  }, true);

  const currentThread = (): unknown => {
    const p = current;
    const t = p.thread;
    if (t.pyThread === null) {
      const cls = t === p.mainThread ? internal.get('_MainThread') : internal.get('_DummyThread');
      ops.call(cls, []);
    }
    return t.pyThread;
  };
  const liveThreads = (): unknown[] => {
    currentThread();
    return current.sched.threads.filter((t) => t.pyThread !== null && t.state !== T_DONE).map((t) => t.pyThread);
  };
  helpers.current_thread = new PyBuiltin('current_thread', () => currentThread());

  // threading.Lock is _thread.allocate_lock, a function, as in CPython.
  const lockFn = new PyBuiltin('allocate_lock', (a, kw) => {
    if (kw !== null && kw.size > 0) throw typeError('_thread.allocate_lock() takes no keyword arguments');
    if (a.length > 0) throw typeError(`_thread.allocate_lock() takes no arguments (${a.length} given)`);
    return new PyLock();
  });
  lockFn.moduleName = '_thread';
  const internal = runPythonSource(proc, THREADING_FILE, THREADING_SOURCE, {
    ...helpers,
    __name__: MODULE,
    Lock: lockFn,
    Condition: conditionType,
    Event: eventType,
  });
  const threadCls = internal.get('Thread') as PyType;
  bootstrap = threadCls.ns.get('_bootstrap_inner') as PyFunction;
  if (!waitForInstalled) {
    // Condition.wait_for loops around wait(): Python, so each wait can block.
    conditionType.ns.set('wait_for', internal.get('_wait_for'));
    conditionType.invalidate();
    waitForInstalled = true;
  }

  for (const name of ['Thread', 'Timer', 'Barrier', 'BrokenBarrierError', '_MainThread', '_DummyThread']) {
    ns.set(name, internal.get(name));
  }
  ns.set('Lock', lockFn);
  ns.set('_allocate_lock', lockFn);
  // threading.RLock passes its arguments on to _thread.RLock, which ignores them.
  func(ns, 'RLock', () => new PyRLock(), MODULE);
  ns.set('_RLock', rlockType);
  ns.set('_CRLock', rlockType);
  ns.set('Condition', conditionType);
  ns.set('Semaphore', semaphoreType);
  ns.set('BoundedSemaphore', boundedSemaphoreType);
  ns.set('Event', eventType);
  ns.set('local', localType);
  ns.set('ThreadError', RuntimeError);
  ns.set('TIMEOUT_MAX', new PyFloat(TIMEOUT_MAX_S));
  ns.set('current_thread', helpers.current_thread);
  func(ns, 'currentThread', () => {
    deprecated('currentThread() is deprecated, use current_thread() instead');
    return currentThread();
  }, MODULE);
  func(ns, 'main_thread', () => current.mainThread.pyThread, MODULE);
  func(ns, 'enumerate', () => new PyList(liveThreads()), MODULE);
  func(ns, 'active_count', () => liveThreads().length, MODULE);
  func(ns, 'activeCount', () => {
    deprecated('activeCount() is deprecated, use active_count() instead');
    return liveThreads().length;
  }, MODULE);
  func(ns, 'get_ident', () => identOf(current.thread), MODULE);
  func(ns, 'get_native_id', () => nativeIdOf(current, current.thread), MODULE);
  func(ns, 'stack_size', (a) => {
    if (a.length > 1) throw typeError(`stack_size expected at most 1 argument, got ${a.length}`);
    return 0;
  }, MODULE);
  // Kept and given back, but never called: pygil has no tracing or profiling hooks (README).
  const hooks = new Map<string, unknown>([['trace', null], ['profile', null]]);
  for (const kind of ['trace', 'profile']) {
    func(ns, `set${kind}`, (a) => {
      if (a.length !== 1) throw typeError(a.length === 0 ? `set${kind}() missing 1 required positional argument: 'func'` : `set${kind}() takes 1 positional argument but ${a.length} were given`);
      hooks.set(kind, a[0]);
      return null;
    }, MODULE);
    func(ns, `get${kind}`, () => hooks.get(kind), MODULE);
  }
  ns.set('__all__', new PyList([
    'get_ident', 'active_count', 'Condition', 'current_thread', 'enumerate', 'main_thread', 'TIMEOUT_MAX',
    'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread', 'Barrier', 'BrokenBarrierError',
    'Timer', 'ThreadError', 'setprofile', 'settrace', 'local', 'stack_size', 'gettrace', 'getprofile',
    'get_native_id',
  ]));
  // The main thread's Thread object exists from the start, as in CPython.
  if (proc.mainThread.pyThread === null) ops.call(internal.get('_MainThread'), []);
});
