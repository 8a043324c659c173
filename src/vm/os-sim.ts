// The simulated operating system (MODEL.md §3): the process table, fork,
// exit and wait, signals, and the scheduling of processes on cores.
//
// Design notes
// - pids are deterministic: the first process is 1000 and every fork takes
//   the next number. An orphan's parent becomes 1 (init), as on Linux.
// - While only one process is alive it runs exactly as a program without
//   processes always did: its scheduler's long slices, its own clock jumps.
// - With several, the OS runs in lockstep steps. In each step every core
//   runs the GIL holder of a different runnable process for up to one
//   quantum (QUANTUM instructions, never past anybody's next timer); the
//   step lasts what the busiest core ran, and then every process's clock
//   is the OS's clock again. A process whose threads all sleep or block
//   needs no core; when more processes can run than there are cores, those
//   that ran least recently go first. Within a step the chosen processes run
//   one after another in pid order, which fixes the order of their output.
// - Exit statuses use the POSIX wait encoding (code << 8, or the signal
//   number), so os.WIFEXITED and friends work as in CPython.

import { reportUnawaited } from './unawaited.js';
import { finalizeAtExit } from './gen-finalize.js';
import { Process, setCurrent, current, EXIT_DEADLOCK } from './process.js';
import { HeapCopier, afterForkInChild } from './heap-copy.js';
import { ThreadState } from './frame.js';
import { T_DONE, T_BLOCKED } from './scheduler.js';
import { type PyBaseException, BlockingIOError, ChildProcessError, ProcessLookupError, valueError, newException, KeyboardInterrupt } from '../runtime/exceptions.js';
import { PyTuple } from '../runtime/tuple.js';
import type { PyType } from '../runtime/object.js';
import { call } from '../runtime/ops.js';
import type { Config } from '../config.js';
import type { EventStream } from './events.js';

/** An OSError subclass as the OS raises it: errno and strerror set, "[Errno N] text" as its str. */
function osError(type: PyType, errno: number, text: string): PyBaseException {
  return call(type, [errno, text]) as PyBaseException;
}

/**
 * Run at a process's normal exit (threads done, non-daemonic multiprocessing
 * children gone, no os._exit), before its suspended generators are closed:
 * atexit's callbacks (modules/atexit.ts), which CPython runs at that point.
 */
export const atNormalExit: ((p: Process) => void)[] = [];

/** The first process's pid. */
export const MAIN_PID = 1000;
/** The first process's parent: the shell that started pygil, as os.getppid() and --stats show it. */
export const SHELL_PID = 999;

/** A process's parent pid as the program sees it. */
export function parentPid(p: { ppid: number }): number {
  return p.ppid === 0 ? SHELL_PID : p.ppid;
}
/**
 * Instructions a process may run on its core in one lockstep step. A prime:
 * a loop whose length divided the step would reach every step's end at the
 * same instruction, and a read-modify-write of shared memory (v.value += 1)
 * in it would never be cut between its read and its write.
 */
export const QUANTUM = 997;

export const SIGINT = 2, SIGKILL = 9, SIGTERM = 15;

interface Waiter {
  thread: ThreadState;
  /** The child waited for, or -1 for any. */
  pid: number;
}

/** The OS's record of a process (its "task struct"). */
export class ProcEntry {
  state: 'running' | 'zombie' | 'reaped' = 'running';
  /** POSIX wait status once exited. */
  waitStatus = 0;
  /** Exit code as multiprocessing reports it: the code, or minus the signal. */
  exitCode: number | null = null;
  exitSeq = 0;
  lastStep = -1;
  /** Threads of this process waiting in waitpid(). */
  waiters: Waiter[] = [];
  /** Started by multiprocessing as a daemonic child (terminated when its parent exits). */
  mpDaemon: boolean | null = null;
  /** A manager's server process: stopped with exit code 0 when its parent exits, as its shutdown would. */
  mpManager = false;
  /** Finished, but waiting for its non-daemonic multiprocessing children before exiting. */
  lingering = false;
  /** Callbacks run when this process exits (multiprocessing's sentinels). */
  onExit: (() => void)[] = [];
  constructor(readonly proc: Process) {}
  get pid(): number {
    return this.proc.pid;
  }
}

export class SimOS {
  readonly table = new Map<number, ProcEntry>();
  /** Running processes in pid order. */
  live: ProcEntry[] = [];
  clockNs = 0;
  private nextPid = MAIN_PID + 1;
  private stepNo = 0;
  private exitSeq = 0;
  /** Set when the set of processes changed and a lone process must hand control back. */
  private changed = false;
  /** True once a second process has existed (traces then name processes). */
  multi = false;
  deadlocked = false;
  /** Instructions run by all processes: --max-steps bounds this total, not each process. */
  private totalTicks = 0;

  /** Lets `p` run at most what is left of the step budget. */
  private budget(p: Process): void {
    if (this.config.maxSteps !== Infinity) p.interp.maxSteps = p.interp.ticks + Math.max(1, this.config.maxSteps - this.totalTicks);
  }

  /** Called for every new process (trace and stats listeners attach here). */
  onNewProcess: ((p: Process) => void)[] = [];

  constructor(readonly config: Config) {}

  /** Virtual ns each core spent running some process's code (--stats). */
  readonly coreBusyNs: number[] = [];

  get cores(): number {
    return this.config.cores;
  }

  newPid(): number {
    return this.nextPid++;
  }

  /** Adds a process to the table, ready to run. */
  admit(p: Process): ProcEntry {
    const e = new ProcEntry(p);
    p.os = this;
    this.table.set(p.pid, e);
    this.live.push(e);
    this.changed = true;
    if (this.table.size > 1) this.multi = true;
    for (const h of this.onNewProcess) h(p);
    return e;
  }

  entry(pid: number): ProcEntry | undefined {
    return this.table.get(pid);
  }

  /** Runs every process until all have ended; returns the first process's exit status. */
  run(main: Process): number {
    const first = this.table.get(main.pid)!;
    while (this.live.length > 0 && !this.deadlocked) {
      if (this.live.length === 1) this.runAlone(this.live[0]);
      else this.step();
    }
    setCurrent(main);
    main.flushStdout();
    if (this.deadlocked) return EXIT_DEADLOCK;
    if (main.stdoutLost) {
      // CPython's last flush at exit failed: it says so, and exits 120 whatever the status was.
      main.host.stderr("Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\nBrokenPipeError: [Errno 32] Broken pipe\n");
      return 120;
    }
    // As a shell reports it: the exit code, or 128 + the signal that ended the process.
    const x = first.proc.exitNow;
    if (x === null) return first.proc.status;
    return x.signal !== 0 ? 128 + x.signal : x.code;
  }

  /** One process alone: its own scheduler loop, until it ends or forks. */
  private runAlone(e: ProcEntry): void {
    const p = e.proc;
    const s = p.sched;
    setCurrent(p);
    s.clockNs = Math.max(s.clockNs, this.clockNs);
    this.changed = false;
    if (p.core < 0 && this.multi) p.core = 0;
    const tick = p.config.tickNs;
    this.budget(p);
    for (;;) {
      if (s.threadEnded) {
        s.threadEnded = false;
        if (p.isDone()) break;
      }
      if (p.exitNow !== null) break;
      if (this.changed) {
        this.clockNs = s.now();
        return;
      }
      if (!s.runSlice(Infinity)) {
        const at = s.nextTimerAt();
        if (at === Infinity) {
          this.clockNs = s.clockNs;
          this.deadlock();
          return;
        }
        s.advanceTo(at);
      } else {
        p.coreNs += s.lastRan * tick;
        this.coreBusyNs[Math.max(0, p.core)] = (this.coreBusyNs[Math.max(0, p.core)] ?? 0) + s.lastRan * tick;
        this.totalTicks += s.lastRan;
      }
    }
    this.clockNs = s.clockNs;
    this.finish(e);
  }

  /** One lockstep step of several processes on the cores. */
  private step(): void {
    const live = this.live;
    const runnable = live.filter((e) => e.proc.sched.hasRunnable());
    let nextTimer = Infinity;
    for (const e of live) nextTimer = Math.min(nextTimer, e.proc.sched.nextTimerAt());
    if (runnable.length === 0) {
      if (nextTimer === Infinity) {
        this.deadlock();
        return;
      }
      this.advanceAll(nextTimer);
      return;
    }
    // Fair sharing: who ran least recently first, then by pid.
    let chosen = runnable;
    if (runnable.length > this.cores) {
      chosen = runnable.slice().sort((a, b) => a.lastStep - b.lastStep || a.pid - b.pid).slice(0, this.cores);
      chosen.sort((a, b) => a.pid - b.pid);
    }
    this.assignCores(chosen);
    const tick = this.config.tickNs;
    let quantum = QUANTUM;
    if (nextTimer !== Infinity) quantum = Math.max(1, Math.min(quantum, Math.ceil((nextTimer - this.clockNs) / tick)));
    let busiest = 0;
    for (const e of chosen) {
      if (e.state !== 'running') continue; // killed by a process that ran before it in this step
      const p = e.proc;
      const s = p.sched;
      setCurrent(p);
      s.clockNs = this.clockNs;
      this.budget(p);
      let ran = 0;
      while (ran < quantum) {
        if (!s.runSlice(quantum - ran)) break;
        ran += s.lastRan;
        if (s.threadEnded) {
          s.threadEnded = false;
          if (p.isDone()) break;
        }
        if (p.exitNow !== null) break;
      }
      p.coreNs += ran * tick;
      this.coreBusyNs[p.core] = (this.coreBusyNs[p.core] ?? 0) + ran * tick;
      this.totalTicks += ran;
      e.lastStep = this.stepNo;
      if (ran > busiest) busiest = ran;
      if (e.state === 'running' && p.isDone()) this.finish(e);
    }
    this.stepNo++;
    this.advanceAll(this.clockNs + busiest * tick);
  }

  /** Keeps each process on the core it had when that core is free. */
  private assignCores(chosen: ProcEntry[]): void {
    const used = new Set<number>();
    const rest: ProcEntry[] = [];
    for (const e of chosen) {
      const c = e.proc.core;
      if (c >= 0 && c < this.cores && !used.has(c)) used.add(c);
      else rest.push(e);
    }
    let next = 0;
    for (const e of rest) {
      while (used.has(next)) next++;
      e.proc.core = next;
      used.add(next);
    }
  }

  private advanceAll(at: number): void {
    this.clockNs = at;
    for (const e of this.live.slice()) {
      setCurrent(e.proc);
      e.proc.sched.advanceTo(at);
    }
  }

  /** Every remaining process is blocked for good: report each, as a lone process always did. */
  private deadlock(): void {
    this.deadlocked = true;
    for (const e of this.live) {
      setCurrent(e.proc);
      reportUnawaited(e.proc);
      e.proc.flushStdout();
      const report = e.proc.deadlockReport();
      e.proc.writeStderr(this.multi ? report.replace('pygil: deadlock:', `pygil: deadlock in process ${e.pid}:`) : report);
    }
  }

  // ------------------------------------------------------------ fork, exit, wait

  /** os.fork(): a copy of `parent` whose only thread is the copy of the calling thread. */
  fork(parent: Process): Process {
    if (this.live.length >= this.config.maxProcesses) {
      throw osError(BlockingIOError, 11, 'Resource temporarily unavailable');
    }
    const child = new Process(this.newPid(), { ...parent.config }, parent.host, parent.argv, parent);
    setCurrent(parent);
    const caller = parent.thread;
    const ct = child.mainThread;
    ct.name = caller.name;
    const copier = new HeapCopier(
      [[parent, child], [parent.interp, child.interp], [parent.sched, child.sched]],
      (t) => {
        if (t === caller) return ct;
        // Other threads do not exist in the child (POSIX): a dead copy.
        const src = t as ThreadState;
        const dead = new ThreadState(src.id, src.name);
        dead.state = T_DONE;
        dead.daemon = src.daemon;
        dead.pyThread = copier.ref(src.pyThread);
        return dead;
      },
    );
    copier.preset(caller, ct);
    copier.onShared = (sh) => sh.inherit(parent.pid, child.pid);
    // sys.modules is the process's module table itself.
    copier.preset(parent.modules, child.modules);
    child.builtins = copier.ref(parent.builtins) as typeof child.builtins;
    for (const [name, m] of parent.modules) child.modules.set(name, copier.ref(m) as typeof m);
    ct.frame = copier.ref(caller.frame) as typeof ct.frame;
    ct.excInfo = copier.ref(caller.excInfo) as typeof ct.excInfo;
    ct.pyThread = copier.ref(caller.pyThread);
    ct.depth = caller.depth;
    ct.daemon = false;
    copier.drain();
    this.lastCopyCount = copier.count;
    child.nextThreadId = parent.nextThreadId;
    child.interp.recursionLimit = parent.interp.recursionLimit;
    child.interp.recursionLimitSet = parent.interp.recursionLimitSet;
    child.interp.intMaxStrDigits = parent.interp.intMaxStrDigits;
    child.sched.switchIntervalNs = parent.sched.switchIntervalNs;
    child.sched.inheritClock(parent.sched);
    child.sched.startSlicing();
    this.admit(child);
    child.sched.emitProcess('process-start', `forked by ${parent.pid}`);
    child.sched.addThread(ct);
    ct.wakeValue = 0; // fork() returns 0 in the child
    for (const h of afterForkInChild) h(child);
    // End the parent's slice after the call so the OS can schedule both.
    parent.interp.dropRequested = true;
    return child;
  }

  /** Objects copied by the last fork (for measurements). */
  lastCopyCount = 0;

  /**
   * The process's threads are done. Like CPython's exit handler of
   * multiprocessing, it first terminates its daemonic children and waits for
   * the others (lingering without threads until they are gone), then exits.
   */
  finish(e: ProcEntry): void {
    if (e.state !== 'running') return;
    const p = e.proc;
    reportUnawaited(p);
    if (p.exitNow === null) {
      for (const c of this.live.slice()) {
        if (c.proc.ppid === p.pid && c.mpDaemon === true) {
          c.proc.exitNow = { code: 0, signal: c.mpManager ? 0 : SIGTERM };
          this.exit(c);
        }
      }
      e.lingering = this.live.some((c) => c.proc.ppid === p.pid && c.mpDaemon === false);
      if (e.lingering) return;
      // The interpreter's shutdown: suspended generators of the main module are closed.
      const prev = current;
      setCurrent(p);
      p.thread = p.mainThread;
      for (const h of atNormalExit) h(p);
      finalizeAtExit(p);
      setCurrent(prev);
    }
    this.exit(e);
  }

  /** A process has ended: it becomes a zombie until its parent waits for it. */
  exit(e: ProcEntry): void {
    if (e.state !== 'running') return;
    const p = e.proc;
    const x = p.exitNow;
    if (x !== null && x.signal !== 0) {
      e.waitStatus = x.signal;
      e.exitCode = -x.signal;
    } else {
      const code = x !== null ? x.code : p.status;
      e.waitStatus = (code & 0xff) << 8;
      e.exitCode = code & 0xff;
    }
    e.state = 'zombie';
    e.exitSeq = ++this.exitSeq;
    p.sched.clockNs = Math.max(p.sched.clockNs, this.clockNs);
    p.sched.emitProcess('process-exit', x !== null && x.signal !== 0 ? `killed by signal ${x.signal}` : `exit code ${e.exitCode}`);
    p.release();
    this.live = this.live.filter((l) => l !== e);
    this.changed = true;
    // A child of init (an orphan) is reaped at once.
    if (p.ppid === 1) this.reap(e);
    for (const cb of e.onExit.splice(0)) cb();
    const parent = this.table.get(p.ppid);
    if (parent !== undefined && parent.lingering) this.finish(parent);
    if (parent !== undefined && parent.state === 'running') {
      const i = parent.waiters.findIndex((w) => w.pid === -1 || w.pid === p.pid);
      if (i >= 0) {
        const w = parent.waiters.splice(i, 1)[0];
        this.reap(e);
        const prev = current;
        parent.proc.sched.wake(w.thread, new PyTuple([p.pid, e.waitStatus]));
        setCurrent(prev);
      }
    }
  }

  /**
   * A zombie's status has been collected. Its children, whose parent pid
   * stayed until now (the first process is reaped only when pygil ends),
   * become init's; those already ended disappear.
   */
  private reap(e: ProcEntry): void {
    e.state = 'reaped';
    for (const c of this.table.values()) {
      if (c.proc.ppid !== e.pid || c === e) continue;
      c.proc.ppid = 1;
      if (c.state === 'zombie') this.reap(c);
    }
  }

  /** os._exit(code) or a fatal signal for the running process: it ends after this call. */
  exitCurrent(p: Process, code: number, signal: number): void {
    p.exitNow = { code, signal };
    p.interp.dropRequested = true;
  }

  /** os.kill(pid, sig). */
  kill(from: Process, pid: number, sig: number): void {
    const e = this.table.get(pid);
    if (e === undefined || e.state === 'reaped') throw osError(ProcessLookupError, 3, 'No such process');
    if (sig === 0 || e.state !== 'running') return;
    if (sig !== SIGTERM && sig !== SIGKILL && sig !== SIGINT) throw valueError('pygil: only SIGTERM, SIGKILL and SIGINT can be sent');
    if (sig === SIGINT && this.interrupt(from, e.proc)) return;
    if (e.proc === from) {
      this.exitCurrent(from, 0, sig);
      return;
    }
    e.proc.exitNow = { code: 0, signal: sig };
    this.exit(e);
  }

  /**
   * SIGINT's default handler in Python: KeyboardInterrupt in the main thread
   * (raised at once by os.kill when a process signals itself; a blocked main
   * thread stops waiting). Returns false when the main thread has ended, and
   * the signal then ends the process.
   */
  private interrupt(from: Process, target: Process): boolean {
    const t = target.mainThread;
    if (t.state === T_DONE || t.frame === null) return false;
    const exc = newException(KeyboardInterrupt, []);
    if (target === from && target.thread === t) throw exc;
    if (t.state === T_BLOCKED) {
      // Leave the resource's waiting list first, as a timeout would.
      t.wait?.onTimeout?.();
      target.sched.wakeWithError(t, exc);
    } else {
      t.wakeError = exc;
    }
    return true;
  }

  /**
   * waitpid(pid, nohang) for the running thread: returns (pid, status), or
   * (0, 0) with nohang and no child ended, or null when the thread must block
   * (it is then registered as a waiter and woken with the tuple).
   */
  waitpid(p: Process, pid: number, nohang: boolean): PyTuple | null {
    let kids = [...this.table.values()].filter((c) => c.proc.ppid === p.pid && c.state !== 'reaped');
    if (pid > 0) kids = kids.filter((c) => c.pid === pid);
    if (kids.length === 0) throw osError(ChildProcessError, 10, 'No child processes');
    let z: ProcEntry | null = null;
    for (const c of kids) if (c.state === 'zombie' && (z === null || c.exitSeq < z.exitSeq)) z = c;
    if (z !== null) {
      this.reap(z);
      return new PyTuple([z.pid, z.waitStatus]);
    }
    if (nohang) return new PyTuple([0, 0]);
    this.table.get(p.pid)!.waiters.push({ thread: p.thread, pid });
    return null;
  }

  /** Forgets a waiter whose wait timed out. */
  cancelWait(p: Process, t: ThreadState): void {
    const e = this.table.get(p.pid);
    if (e !== undefined) e.waiters = e.waiters.filter((w) => w.thread !== t);
  }

  /** Attaches a listener to every process's event stream, present and future. */
  listen(attach: (events: EventStream, p: Process) => void): void {
    for (const e of this.table.values()) attach(e.proc.sched.events, e.proc);
    this.onNewProcess.push((p) => attach(p.sched.events, p));
  }
}
