// The scheduler of one simulated process: green threads, the GIL, virtual
// time, sleeping and blocking, and deadlock detection (MODEL.md §1, 2, 6).
//
// Design notes
// - Exactly one thread holds the GIL and runs; the others wait for it in
//   `ready` (FIFO), sleep until a virtual time, or block on something
//   (a lock, a join, a queue…). Blocking builtins call `block()` and return
//   BLOCK to the VM; whoever releases the resource calls `wake()` with the
//   value the builtin call should return.
// - The holder runs slices. Under the py2 model a slice is the check
//   interval: when it is used up and another thread waits, the GIL changes
//   hands (reason "interval"). With nobody waiting the holder keeps running,
//   in long slices that end only at the next timer, so a program with one
//   thread pays nothing for the machinery.
// - Under the py311 model a drop request made at the end of the switch
//   interval is honoured only where CPython 3.10+ checks its eval breaker:
//   function entry, backward jumps and after calls. The VM implements those
//   check points; this file only asks for a drop.
// - Time is virtual: every instruction costs `tickNs`, and when nothing can
//   run the clock jumps to the next timer. A slice never runs past the next
//   timer, so a thread wakes from sleep exactly on time.
// - Every hand-off is an event on the process's EventStream; traces and
//   statistics listen there.

import type { ThreadState } from './frame.js';
import { STOP_RETURN, STOP_SWITCH, STOP_BLOCK, StepLimitExceeded, ProcessExit } from './interpreter.js';
import type { Process } from './process.js';
import { EventStream, SchedEvent, SchedEventKind } from './events.js';
import type { PyBaseException } from '../runtime/exceptions.js';
import { MersenneTwister } from '../modules/random-core.js';

/** What a blocked thread waits for (shown in traces and deadlock reports). */
export interface Wait {
  /** A short description: "sleep", "Lock 0x7f…", "join Thread-2", "Queue.get". */
  what: string;
  /** For lock-like resources: the thread holding it now (deadlock reports). */
  holder?: () => ThreadState | null;
  /**
   * Called when a timeout expires before anyone woke the thread: it must
   * remove the thread from the resource's waiting list and return the value
   * the blocking call returns (e.g. False for acquire(timeout=…)).
   */
  onTimeout?: () => unknown;
  /**
   * For resources a woken thread must compete for again (a lock released
   * while others wait): called when the woken thread is about to get the
   * GIL. Returning BLOCK_AGAIN parks it again (someone else took the
   * resource first, as can happen in CPython); any other value is the result
   * of its blocking call.
   */
  retry?: () => unknown;
}

/**
 * One switch point of a scripted schedule (`pygil run --schedule`, the
 * explorer's systematic mode): once the process has run `at` instructions,
 * thread `to` gets the GIL: taken from the running thread (a preemption),
 * or, when the GIL is free at that moment, chosen among the waiting threads.
 */
export interface Preemption {
  at: number;
  to: number;
}

/** Returned by Wait.retry when the resource was taken again before the woken thread ran. */
export const BLOCK_AGAIN: unique symbol = Symbol('pygil.block-again');

/** Thread states. */
export const T_READY = 0, T_RUNNING = 1, T_BLOCKED = 2, T_DONE = 3, T_NEW = 4;

interface Timer {
  at: number;
  seq: number;
  thread: ThreadState;
  /** The wait this timer belongs to; a stale timer (thread woken earlier) is ignored. */
  wait: Wait;
}

const BIG_SLICE = 1 << 20;
/** Instructions of a run's first slice (see runSlice). */
const FIRST_SLICE = 5000;

export type SchedPolicy = 'fifo' | 'random';
export type GilModel = 'py2' | 'py311';

export class Scheduler {
  readonly events = new EventStream();
  threads: ThreadState[] = [];
  /** Threads waiting for the GIL, longest-waiting first. */
  ready: ThreadState[] = [];
  holder: ThreadState | null = null;
  /**
   * A scripted schedule, or null. With a script no thread loses the GIL
   * for using up its interval: it runs until it blocks or ends, except at
   * the script's preemptions. That makes every interleaving nameable by a
   * short list of switch points, which the explorer enumerates.
   */
  script: Preemption[] | null = null;
  private scriptPos = 0;
  /**
   * For the explorer: called before every instruction of a scripted run
   * (slices are one instruction long then), so it can see what each thread
   * is about to do. Slow, and only ever set for short explored programs.
   */
  probe: ((t: ThreadState, step: number) => void) | null = null;
  /** Virtual time (ns) at the start of the current slice. */
  clockNs = 0;
  private timers: Timer[] = [];
  private timerSeq = 0;
  /** Instructions the holder has run since it took the GIL. */
  private sinceTaken = 0;
  /** The interval for the current holder (random policy draws one per hand-off). */
  private interval: number;
  private rng: MersenneTwister | null = null;
  /** Instruction count when the current slice started. */
  private sliceStartTicks = 0;
  /** Threads started and not yet finished. */
  private live = 0;
  /** Total GIL hand-offs, for statistics. */
  handoffs = 0;
  /** Total asyncio task switches (counted by the asyncio module), for statistics. */
  taskSwitches = 0;

  constructor(readonly proc: Process, readonly policy: SchedPolicy, seed: number, readonly model: GilModel) {
    this.interval = this.baseInterval;
    const host = proc.host;
    this.realtime = proc.config.realtime && host.monotonicNs !== undefined && host.sleepNs !== undefined ? host : null;
    this.realStart = this.realtime !== null ? this.realtime.monotonicNs!() : 0;
    if (policy === 'random') {
      this.rng = new MersenneTwister();
      this.rng.seedFromInt(BigInt(seed));
    }
  }

  get tickNs(): number {
    return this.proc.config.tickNs;
  }

  /** Now in ns since the process started: virtual (exact at builtin-call boundaries), or the host's with --realtime. */
  now(): number {
    if (this.realtime !== null) return this.realtime.monotonicNs!() - this.realStart;
    return this.clockNs + (this.proc.interp.ticks - this.sliceStartTicks) * this.tickNs;
  }

  /** The host, when running on its real clock (--realtime). */
  private readonly realtime: import('../host.js').Host | null;
  private realStart: number;

  /** A forked process's clock continues its parent's (virtual or, with --realtime, the host's). */
  inheritClock(parent: Scheduler): void {
    this.clockNs = parent.now();
    this.realStart = parent.realStart;
  }

  /** The check interval in instructions (sys.getcheckinterval()). */
  get checkInterval(): number {
    return this.proc.config.checkInterval;
  }

  /** Instructions per slice: the check interval (py2), or the 5 ms switch interval in ticks (py311). */
  get baseInterval(): number {
    if (this.script !== null) return Number.MAX_SAFE_INTEGER;
    if (this.model === 'py311') return Math.max(1, Math.round(this.switchIntervalNs / this.tickNs));
    return this.proc.config.checkInterval;
  }

  /** sys.setswitchinterval(): the py311 model's interval, in virtual ns (CPython's default 5 ms). */
  switchIntervalNs = 5_000_000;

  // ------------------------------------------------------------ threads

  /** Registers a new thread, ready to run once it gets the GIL. */
  addThread(t: ThreadState): void {
    this.threads.push(t);
    this.live++;
    t.state = T_READY;
    this.ready.push(t);
    if (this.proc.race !== null && this.proc.thread !== t) this.proc.race.edge(this.proc.thread, t);
    this.emit('thread-start', t, '', null);
  }

  /**
   * Parks the running thread until `wake` is called (or the timeout passes).
   * Returns the BLOCK marker for the builtin to return.
   */
  block(t: ThreadState, wait: Wait, timeoutNs: number | null): void {
    t.state = T_BLOCKED;
    t.wait = wait;
    t.blockedAt = this.now();
    if (timeoutNs !== null) this.addTimer(t, wait, this.now() + Math.max(0, timeoutNs));
    this.emit('block', t, wait.what, null);
    // An idle worker parking may leave nothing that keeps the process alive.
    if (t.idle) this.threadEnded = true;
  }

  /** Makes a blocked thread runnable; `value` becomes the result of its blocking call. */
  wake(t: ThreadState, value: unknown): void {
    if (t.state !== T_BLOCKED) return;
    // Whoever wakes a thread (a release, a notify, a put, a thread's end)
    // happens before what the woken thread does next; a timeout does not.
    if (this.proc.race !== null && !this.firingTimers) this.proc.race.edge(this.proc.thread, t);
    t.state = T_READY;
    t.wakeValue = value;
    t.wakeError = null;
    t.blockedNs += this.now() - t.blockedAt;
    const w = t.wait;
    t.retryWait = w !== null && w.retry !== undefined ? w : null;
    t.wait = null;
    t.readySince = this.now();
    this.ready.push(t);
    this.emit('wake', t, w?.what ?? '', null);
  }

  /** Like wake, but the blocking call raises `exc`. */
  wakeWithError(t: ThreadState, exc: PyBaseException): void {
    if (t.state !== T_BLOCKED) return;
    this.wake(t, null);
    t.wakeError = exc;
  }

  /** A sleep: blocks the running thread until now + ns. */
  sleep(t: ThreadState, ns: number): void {
    const wait: Wait = { what: 'sleep', onTimeout: () => null };
    this.block(t, wait, ns);
  }

  private addTimer(t: ThreadState, wait: Wait, at: number): void {
    const timer: Timer = { at, seq: this.timerSeq++, thread: t, wait };
    // Keep timers sorted by (at, seq); there are few, so insertion is fine.
    let i = this.timers.length;
    while (i > 0 && (this.timers[i - 1].at > at)) i--;
    this.timers.splice(i, 0, timer);
  }

  /** Fires every timer due at or before `now`. */
  private firingTimers = false;

  private fireTimers(now: number): void {
    this.firingTimers = true;
    try {
      this.fireDueTimers(now);
    } finally {
      this.firingTimers = false;
    }
  }

  private fireDueTimers(now: number): void {
    while (this.timers.length > 0 && this.timers[0].at <= now) {
      const tm = this.timers.shift()!;
      const t = tm.thread;
      if (t.state !== T_BLOCKED || t.wait !== tm.wait) continue; // woken earlier
      const value = tm.wait.onTimeout ? tm.wait.onTimeout() : null;
      this.wake(t, value);
    }
  }

  /** Drops stale timers at the front so the next deadline is real. */
  nextTimerAt(): number {
    while (this.timers.length > 0) {
      const tm = this.timers[0];
      if (tm.thread.state === T_BLOCKED && tm.thread.wait === tm.wait) return tm.at;
      this.timers.shift();
    }
    return Infinity;
  }

  // ------------------------------------------------------------ the loop

  /**
   * Runs threads until every thread has finished, or until `stop()` says so.
   * `onThreadEnd` is told when a thread returns or dies with an exception.
   */
  runUntil(stop: () => boolean, onThreadEnd: (t: ThreadState, exc: PyBaseException | null) => void): void {
    this.onThreadEnd = onThreadEnd;
    this.startSlicing();
    this.threadEnded = true;
    for (;;) {
      // The stop condition can only change when a thread has finished.
      if (this.threadEnded) {
        if (stop()) return;
        this.threadEnded = false;
      }
      if (!this.runSlice(Infinity)) {
        // Nobody can run: jump the clock to the next wake-up, or give up.
        const at = this.nextTimerAt();
        if (at === Infinity) return;
        this.advanceTo(at);
      }
    }
  }

  /** Told when a thread returns or dies with an exception (set by the process). */
  onThreadEnd: (t: ThreadState, exc: PyBaseException | null) => void = () => {};
  /** Set when a thread has finished since the owner last looked. */
  threadEnded = false;
  /** Instructions run by the last slice. */
  lastRan = 0;

  /** Puts the VM in slicing mode (once, before the first slice). */
  startSlicing(): void {
    const interp = this.proc.interp;
    interp.slicing = true;
    interp.py311 = this.model === 'py311';
  }

  /** True when a thread holds the GIL or waits for it. */
  hasRunnable(): boolean {
    return this.holder !== null || this.ready.length > 0;
  }

  /** Moves the clock forward to `at` (a timer's time, or the OS's clock) and fires the timers due. */
  advanceTo(at: number): void {
    if (this.realtime !== null) {
      const wait = at - this.now();
      if (wait > 0) this.realtime.sleepNs!(wait);
      this.clockNs = Math.max(this.clockNs, this.now());
    } else if (at > this.clockNs) {
      this.clockNs = at;
    }
    this.fireTimers(this.clockNs);
  }

  /**
   * Runs one slice of the GIL holder (handing the GIL over first when
   * nobody holds it), at most `cap` instructions. Returns false, having run
   * nothing, when no thread can run now.
   */
  runSlice(cap: number): boolean {
    const interp = this.proc.interp;
    let t = this.holder;
    this.lastRan = 0;
    if (t === null) {
      if (this.script !== null) this.scriptChoice();
      t = this.takeNext();
      if (t === null) return false;
    }
    this.sliceCap = cap;
    let allowance = this.allowance(cap);
    if (this.script !== null) allowance = this.scriptAllowance(allowance);
    if (this.probe !== null) {
      allowance = 1;
      this.probe(t, interp.ticks);
    }
    this.proc.thread = t;
    interp.budget = allowance;
    interp.dropRequested = false;
    this.sliceStartTicks = interp.ticks;
    let why: number;
    let exc: PyBaseException | null = null;
    const pending = t.wakeError;
    t.wakeError = null;
    try {
      why = interp.runSlice(t, pending);
    } catch (e) {
      if (e instanceof StepLimitExceeded) {
        this.account(t);
        throw e;
      }
      if (e instanceof ProcessExit) {
        // The process is ending (os._exit in a callback): the thread stops where it is.
        this.block(t, { what: '_exit' }, null);
        why = STOP_BLOCK;
      } else {
        if (!isPyException(e)) throw e;
        exc = e;
        why = STOP_RETURN;
      }
    }
    this.account(t);
    if (why === STOP_SWITCH) {
      if (this.script !== null && this.scriptPreempts(t)) return true;
      if (this.sinceTaken >= this.interval) {
        if (this.ready.length > 0) this.drop(t, 'interval');
        else this.sinceTaken = 0; // nobody waited: a new interval starts
      }
      // Otherwise the slice ended for a timer: the holder keeps the GIL.
    } else if (why === STOP_BLOCK) {
      this.drop(t, 'blocked');
    } else {
      // The thread's bottom frame returned or raised.
      this.endThread(t, exc, interp.result);
    }
    return true;
  }

  /** The `cap` of the slice running now (runSlice's argument). */
  private sliceCap = Infinity;

  /**
   * How long the holder may run from now: until the interval ends if others
   * live, never past `cap`, the next timer or the step limit.
   */
  private allowance(cap: number): number {
    const interp = this.proc.interp;
    // With other live threads the holder checks in every interval, as the
    // GIL's owner does: one of them may have become ready meanwhile.
    let allowance = this.live > 1 ? Math.max(1, this.interval - this.sinceTaken) : BIG_SLICE;
    if (cap < allowance) allowance = Math.max(1, cap);
    // The first slice of a run is short, so the dispatch loop's slice-end
    // path runs (and V8 records feedback for it) before V8 optimises the
    // loop; met first in optimised code, it would throw that code away.
    // (Measured: 5-8% less wall time on the short benchmarks.) Schedules do
    // not change: a slice cut short before its interval keeps the GIL.
    if (interp.ticks < FIRST_SLICE) allowance = Math.min(allowance, FIRST_SLICE);
    const nextAt = this.timers.length > 0 ? this.nextTimerAt() : Infinity;
    if (nextAt !== Infinity) {
      const until = Math.ceil((nextAt - this.clockNs) / this.tickNs);
      allowance = Math.max(1, Math.min(allowance, until));
    }
    if (interp.maxSteps !== Infinity) allowance = Math.max(1, Math.min(allowance, interp.maxSteps - interp.ticks));
    return allowance;
  }

  /**
   * The holder `t` has used up its slice (the interpreter's eval breaker).
   * When the slice would end with `t` keeping the GIL anyway (nobody ready
   * to take it, no schedule script or probe, no OS quantum), this does what
   * the end of runSlice and the start of the next one would do, and `t`
   * goes on at once with the new budget: no trip out of compiled code and
   * back. Same instruction counts, clock and events. False: end the slice.
   */
  /** More than one thread of the process is alive. */
  get threaded(): boolean {
    return this.live > 1;
  }

  continueSlice(t: ThreadState): boolean {
    const interp = this.proc.interp;
    if (this.script !== null || this.probe !== null || this.sliceCap !== Infinity || interp.dropRequested ||
      this.holder !== t || this.proc.exitNow !== null) return false;
    this.account(t);
    if (this.sinceTaken >= this.interval) {
      if (this.ready.length > 0) return false; // a hand-off: runSlice does it
      this.sinceTaken = 0; // nobody waited: a new interval starts
    }
    interp.budget = this.allowance(Infinity);
    return true;
  }

  /** A thread has finished (returned, raised, or was killed with its process). */
  endThread(t: ThreadState, exc: PyBaseException | null, result: unknown): void {
    t.state = T_DONE;
    this.live--;
    t.result = result;
    this.drop(t, 'finished');
    this.onThreadEnd(t, exc);
    this.threadEnded = true;
  }

  /** Adds the slice just run to the clock and the thread's counters. */
  private account(t: ThreadState): void {
    const ran = this.proc.interp.ticks - this.sliceStartTicks;
    this.lastRan += ran;
    this.sinceTaken += ran;
    t.ticks += ran;
    if (this.realtime !== null) this.clockNs = Math.max(this.clockNs, this.now());
    else this.clockNs += ran * this.tickNs;
    this.sliceStartTicks = this.proc.interp.ticks;
    if (this.timers.length > 0) this.fireTimers(this.clockNs);
  }

  /** The holder gives up the GIL. */
  private drop(t: ThreadState, reason: 'interval' | 'blocked' | 'finished'): void {
    this.holder = null;
    t.heldNs += this.clockNs - t.tookAt;
    if (reason === 'interval') {
      t.state = T_READY;
      t.readySince = this.clockNs;
      this.ready.push(t);
    }
    this.lastHolder = t;
    this.lastDropReason = reason;
    this.emit('gil-drop', t, reason, null);
  }

  private lastHolder: ThreadState | null = null;
  private lastDropReason = '';

  /** Hands the GIL to the next waiter (policy-dependent). */
  private takeNext(): ThreadState | null {
    let t: ThreadState;
    for (;;) {
      if (this.ready.length === 0) return null;
      if (this.rng !== null && this.ready.length > 1) {
        const i = Math.floor(this.rng.random() * this.ready.length);
        t = this.ready.splice(i, 1)[0];
      } else {
        t = this.ready.shift()!;
      }
      const rw = t.retryWait;
      if (rw === null) break;
      // Compete again for the resource it was woken for.
      t.retryWait = null;
      const r = rw.retry!();
      if (r !== BLOCK_AGAIN) {
        t.wakeValue = r;
        break;
      }
      t.state = T_BLOCKED;
      t.wait = rw;
      t.blockedAt = this.clockNs;
      this.emit('block', t, rw.what, null);
    }
    this.holder = t;
    t.state = T_RUNNING;
    t.acquisitions++;
    t.waitNs += Math.max(0, this.clockNs - t.readySince);
    t.tookAt = this.clockNs;
    this.sinceTaken = 0;
    this.interval = this.rng !== null ? 1 + Math.floor(this.rng.random() * 2 * this.baseInterval) : this.baseInterval;
    // A woken thread's blocking call returns the waker's value.
    if (t.wakeValue !== undefined && t.frame !== null) {
      const f = t.frame;
      f.regs[f.sp++] = t.wakeValue;
    }
    t.wakeValue = undefined;
    if (this.lastHolder !== t) this.handoffs++;
    this.emit('gil-take', t, this.lastDropReason, this.lastHolder);
    return t;
  }

  /** Shortens a slice so that it ends at the script's next switch point. */
  private scriptAllowance(allowance: number): number {
    const ticks = this.proc.interp.ticks;
    const script = this.script!;
    allowance = Math.min(allowance, BIG_SLICE); // the interval is "infinite" here
    // Switch points already passed (the thread they named was not ready) are dropped.
    while (this.scriptPos < script.length && script[this.scriptPos].at <= ticks) this.scriptPos++;
    if (this.scriptPos >= script.length) return allowance;
    return Math.max(1, Math.min(allowance, script[this.scriptPos].at - ticks));
  }

  /**
   * At a script switch point, hands the GIL from `t` to the named thread if
   * that thread is ready (a switch to a blocked or finished thread is
   * skipped). Returns true when the GIL changed hands.
   */
  private scriptPreempts(t: ThreadState): boolean {
    const script = this.script!;
    const p = script[this.scriptPos];
    if (p === undefined || this.proc.interp.ticks !== p.at) return false;
    this.scriptPos++;
    const i = this.ready.findIndex((r) => r.id === p.to);
    if (i < 0 || p.to === t.id) return false;
    const target = this.ready.splice(i, 1)[0];
    this.drop(t, 'interval');
    this.ready.unshift(target);
    return true;
  }

  /**
   * When the GIL is free at a script switch point (its holder blocked or
   * ended), the named thread is the one to take it, if it is ready.
   */
  private scriptChoice(): void {
    const p = this.script![this.scriptPos];
    if (p === undefined || this.proc.interp.ticks !== p.at) return;
    this.scriptPos++;
    const i = this.ready.findIndex((r) => r.id === p.to);
    if (i > 0) this.ready.unshift(this.ready.splice(i, 1)[0]);
  }

  /** Threads that are blocked with no timer: the deadlock candidates. */
  blockedThreads(): ThreadState[] {
    return this.threads.filter((t) => t.state === T_BLOCKED);
  }

  /** A process event (process-start, process-exit) told by the OS, on this process's stream. */
  emitProcess(kind: 'process-start' | 'process-exit', detail: string): void {
    if (this.events.active) this.emit(kind, this.proc.mainThread, detail, null);
  }

  private emit(kind: SchedEventKind, t: ThreadState, detail: string, from: ThreadState | null): void {
    if (!this.events.active) return;
    const e: SchedEvent = {
      kind, time: this.now(), pid: this.proc.pid, core: Math.max(0, this.proc.core), tid: t.id, threadName: t.name, detail,
      from: from === null ? -1 : from.id, fromName: from === null ? '' : from.name, ticks: t.ticks,
      step: this.proc.interp.ticks,
    };
    this.events.emit(e);
  }
}

function isPyException(e: unknown): e is PyBaseException {
  return e !== null && typeof e === 'object' && 'tb' in (e as object) && 'args' in (e as object);
}

