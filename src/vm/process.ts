// A simulated process: its own heap of modules, its builtins, its threads and
// its interpreter state. Processes are run by the simulated OS (os-sim.ts);
// a forked process starts as a deep copy of its parent (heap-copy.ts) whose
// only thread is the copy of the thread that called fork.

import { PyDict } from '../runtime/dict.js';
import { PyModule } from '../runtime/function.js';
import { PyTuple } from '../runtime/tuple.js';
import { pyErr, ModuleNotFoundError, ImportError } from '../runtime/exceptions.js';
import { getAttrMaybe, str, hooks, call } from '../runtime/ops.js';
import { tracebackOf } from '../runtime/traceback-object.js';
import type { StructSeqType } from '../modules/struct-seq.js';
import { Interpreter } from './interpreter.js';
import { ThreadState, Frame, F_ENTRY } from './frame.js';
import { Scheduler, T_BLOCKED, T_DONE } from './scheduler.js';
import type { CodeObject } from '../compiler/code.js';
import type { RaceDetector } from '../tools/race.js';
import { PyBaseException, SystemExit, KeyboardInterrupt, BrokenPipeError, excMatches, exceptionTypes } from '../runtime/exceptions.js';
import { formatException } from './traceback.js';
import { reportUnawaited } from './unawaited.js';
import type { Config } from '../config.js';
import { StdoutClosed, type Host } from '../host.js';
import { moduleFactories } from '../modules/registry.js';
import { makeBuiltins } from '../modules/builtins.js';
import { recursion } from '../runtime/limits.js';
import { loadAllLazy } from '../runtime/lazy-attrs.js';
import '../modules/all-modules.js';

/** The one standard output all processes write to, in execution order. */
export interface OutSink {
  buf: string[];
  len: number;
}

export class Process {
  builtins: PyDict;
  readonly modules = new Map<string, PyModule>();
  readonly interp: Interpreter;
  /** The thread running right now (the scheduler switches it). */
  thread: ThreadState;
  readonly mainThread: ThreadState;
  readonly sched: Scheduler;
  /** The race detector, with `--race` (src/tools/race.ts). */
  race: RaceDetector | null = null;
  nextThreadId = 1;
  /** Text written to sys.stdout and not yet handed to the host (shared by all processes). */
  out: OutSink;
  /** The parent's pid (0 for the first process). */
  ppid = 0;
  /** The simulated OS running this process (os-sim.ts), once it runs. */
  os: import('./os-sim.js').SimOS | null = null;
  /** True once the main thread has returned or raised. */
  mainDone = false;
  /** Exit status once the main thread has ended (sys.exit code, 1 after an uncaught exception). */
  status = 0;
  /** Set by os._exit() and by signals: the process ends at the end of the current slice. */
  exitNow: { code: number; signal: number } | null = null;
  /** Virtual ns this process spent on a core, and the core it last ran on (-1: none yet). */
  coreNs = 0;
  core = -1;

  /**
   * `forkOf`: the parent being forked; the caller (os-sim.ts) then fills the
   * builtins, modules and main thread with copies of the parent's.
   */
  constructor(readonly pid: number, readonly config: Config, readonly host: Host, readonly argv: string[], forkOf: Process | null = null) {
    this.thread = this.mainThread = this.newThread('MainThread');
    this.interp = new Interpreter(this);
    // Python functions called from JS run on the interpreter of whichever process is running.
    hooks.callFunction = routeCall;
    this.sched = new Scheduler(this, config.sched, config.seed, config.gilModel);
    this.interp.recursionLimit = this.interp.recursionLimitSet = config.recursionLimit;
    this.interp.maxSteps = config.maxSteps;
    this.interp.jitOn = config.jit;
    this.sched.onThreadEnd = (t, exc) => this.threadEnded(t, exc);
    if (forkOf !== null) {
      this.out = forkOf.out;
      this.ppid = forkOf.pid;
      this.builtins = null as unknown as PyDict;
      return;
    }
    this.out = { buf: [], len: 0 };
    current = this;
    this.builtins = makeBuiltins(this);
  }

  /** A new thread object with the next deterministic id (not yet scheduled). */
  newThread(name: string): ThreadState {
    return new ThreadState(this.nextThreadId++, name);
  }

  // ------------------------------------------------------------ running

  /** Makes the main module the main thread's bottom frame, ready to run. */
  startMain(code: CodeObject, globals: PyDict): void {
    const main = this.mainThread;
    const frame = new Frame(code, globals, globals, null);
    frame.flags |= F_ENTRY;
    main.frame = frame;
    main.depth = 1;
    this.sched.startSlicing();
    this.sched.addThread(main);
  }

  /** True when the main thread and every non-daemon thread have finished (or wait idle for work). */
  isDone(): boolean {
    return this.exitNow !== null || (this.mainDone &&
      this.sched.threads.every((t) => t.daemon || t.state === T_DONE || (t.idle && t.state === T_BLOCKED)));
  }

  private threadEnded(t: ThreadState, exc: PyBaseException | null): void {
    if (t === this.mainThread) {
      this.mainDone = true;
      reportUnawaited(this);
      if (exc !== null) this.status = this.uncaughtStatus(exc);
      // As CPython: after the traceback, an uncaught KeyboardInterrupt ends the process by SIGINT.
      if (exc !== null && excMatches(exc, KeyboardInterrupt)) this.exitNow = { code: 0, signal: 2 };
    } else if (exc !== null) {
      this.threadExceptHook(t, exc);
    }
    t.frame = null;
    t.onEnd?.(exc);
  }

  /**
   * A thread's uncaught exception (SystemExit too): "Exception in thread
   * NAME:" and the traceback, or the program's own threading.excepthook, called with an
   * ExceptHookArgs (an exception in that hook is printed after a line that
   * says so, as CPython prints it).
   */
  private threadExceptHook(t: ThreadState, exc: PyBaseException): void {
    const threading = this.modules.get('threading');
    const ns = threading?.dict as PyDict | undefined;
    const hook = ns?.get('excepthook');
    // (None since the thread was made: CPython falls back on the hook of that time; pygil on the default.)
    if (ns === undefined || hook === undefined || hook === null || hook === ns.get('__excepthook__')) {
      // The default hook says nothing of SystemExit.
      if (!excMatches(exc, SystemExit)) this.writeStderr(`Exception in thread ${t.name}:\n${formatException(exc)}`);
      return;
    }
    const argsType = ns.get('ExceptHookArgs') as StructSeqType;
    try {
      call(hook, [argsType.make([exc.cls, exc, tracebackOf(exc), t.pyThread ?? null])]);
    } catch (err) {
      if (!(err instanceof PyBaseException)) throw err;
      // Only an Exception is reported: a SystemExit (or other BaseException)
      // leaving the hook just ends the thread, as in CPython.
      if (!excMatches(err, exceptionTypes.get('Exception')!)) return;
      this.writeStderr(`Exception in threading.excepthook:\n${formatException(err)}`);
    }
  }

  /** The process has exited: drop its heap (the OS keeps only its table entry). */
  release(): void {
    this.flushStdout();
    this.modules.clear();
    for (const t of this.sched.threads) {
      t.frame = null;
      t.wait = null;
      t.pyThread = null;
      t.onEnd = null;
    }
    this.sched.ready = [];
    this.sched.holder = null;
  }

  /** Prints an exception that ended the main thread; returns the exit status it implies. */
  uncaughtStatus(e: PyBaseException): number {
    if (excMatches(e, SystemExit)) {
      const a = e.args.items;
      const code = a.length === 0 ? null : a.length === 1 ? a[0] : e.args;
      if (code === null) return 0;
      if (typeof code === 'number') return code & 0xff;
      if (typeof code === 'boolean') return code ? 1 : 0;
      // A big int: CPython takes it as a C long (-1, so 255, when it does not fit) cast to int.
      if (typeof code === 'bigint') return code >= -(2n ** 63n) && code < 2n ** 63n ? Number(BigInt.asIntN(32, code)) & 0xff : 255;
      this.writeStderr(str(code) + '\n');
      return 1;
    }
    this.printUncaught(e);
    return 1;
  }

  /**
   * Prints an uncaught exception of the main thread through sys.excepthook
   * when the program replaced it, as CPython does (an exception in the hook
   * is printed before the original one).
   */
  private printUncaught(e: PyBaseException): void {
    const sys = this.modules.get('sys') as PyModule | undefined;
    const hook = sys === undefined ? undefined : (sys.dict as PyDict).get('excepthook');
    if (hook === undefined || hook === (sys!.dict as PyDict).get('__excepthook__')) {
      this.writeStderr(formatException(e));
      return;
    }
    try {
      call(hook, [e.cls, e, tracebackOf(e)]);
    } catch (err) {
      if (!(err instanceof PyBaseException)) throw err;
      this.writeStderr(`Error in sys.excepthook:\n${formatException(err)}\nOriginal exception was:\n${formatException(e)}`);
    }
  }

  /** MODEL.md §6: every blocked thread, what it waits for, who holds it, where. */
  deadlockReport(): string {
    const lines = ['pygil: deadlock: every thread is blocked and none can ever run again.'];
    if (this.mainDone && this.exitNow === null) {
      // Its code has ended: it waits at exit for the non-daemon threads, as CPython's threading._shutdown does.
      const waited = this.sched.threads.filter((t) => t !== this.mainThread && !t.daemon && t.state !== T_DONE).map((t) => t.name);
      if (waited.length > 0) lines.push(`  ${this.mainThread.name} is waiting at exit for ${waited.join(', ')} (non-daemon threads)`);
    }
    for (const t of this.sched.threads) {
      if (t.state !== T_BLOCKED) continue;
      // Show the program's own line, not one inside pygil's Python-written modules.
      let f = t.frame;
      while (f !== null && f.back !== null && f.code.filename.startsWith('<pygil ')) f = f.back;
      const where = f !== null ? `File "${f.code.filename}", line ${f.lineno}, in ${f.code.name}` : 'not started';
      const w = t.wait;
      const holder = w?.holder?.() ?? null;
      const held = holder !== null ? `, held by ${holder.name}` : '';
      lines.push(`  ${t.name} is waiting for ${w?.what ?? 'something'}${held}`);
      lines.push(`    ${where}`);
      const src = f !== null ? f.code.source.split('\n')[f.lineno - 1]?.trim() : undefined;
      if (src) lines.push(`      ${src}`);
    }
    return lines.join('\n') + '\n';
  }

  // ------------------------------------------------------------ output

  writeStdout(s: string): void {
    const o = this.out;
    o.buf.push(s);
    o.len += s.length;
    if (o.len > 1 << 16) this.flushStdoutOrRaise();
  }

  /**
   * Hands the batched output to the host. When nobody reads it any more (a
   * closed pipe) it is dropped, and the process exits as CPython's does
   * when its last flush fails (os-sim.ts: stdoutLost).
   */
  flushStdout(): void {
    try {
      this.sendStdout();
    } catch (e) {
      if (!(e instanceof StdoutClosed)) throw e;
      this.stdoutLost = true;
    }
  }

  /** Set when output was dropped because standard output's reader had gone. */
  stdoutLost = false;

  /**
   * flushStdout for the program's own writes (print's batch, sys.stdout.flush(),
   * input()'s prompt, os.write(1)): there a closed pipe raises BrokenPipeError,
   * as CPython's write does. `explicit`: a flush the program asked for.
   */
  flushStdoutOrRaise(explicit = false): void {
    try {
      this.sendStdout();
    } catch (e) {
      if (!(e instanceof StdoutClosed)) throw e;
      // CPython keeps what an explicit flush could not write, and fails again at exit.
      if (explicit) this.stdoutLost = true;
      throw call(BrokenPipeError, [32, 'Broken pipe']);
    }
  }

  /**
   * Output the host could not write stays batched, except after a closed
   * pipe, which drops it. (Any other host failure, a full disk, leaves the
   * run; index.ts's last flush then meets it again and lets it out.)
   */
  private sendStdout(): void {
    const o = this.out;
    if (o.buf.length === 0) return;
    const text = o.buf.length === 1 ? o.buf[0] : o.buf.join('');
    try {
      this.host.stdout(text);
    } catch (e) {
      if (e instanceof StdoutClosed) {
        o.buf = [];
        o.len = 0;
      }
      throw e;
    }
    o.buf = [];
    o.len = 0;
  }

  writeStderr(s: string): void {
    // Keep the two streams in the order a terminal would show them.
    this.flushStdout();
    this.host.stderr(s);
  }

  // ------------------------------------------------------------ imports

  importModule(name: string, wantTop: boolean): PyModule {
    const mod = this.loadModule(name);
    if (!wantTop && name.includes('.')) return this.loadModule(name.split('.')[0]);
    return mod;
  }

  loadModule(name: string): PyModule {
    let m = this.modules.get(name);
    if (m !== undefined) return m;
    if (name === 'builtins') {
      // The builtins module is the namespace every global lookup falls back to.
      this.builtins.set('__name__', 'builtins');
      this.builtins.set('__package__', '');
      m = new PyModule(name, this.builtins);
      this.modules.set(name, m);
      return m;
    }
    const factory = moduleFactories.get(name);
    if (factory === undefined) {
      const e = pyErr(ModuleNotFoundError, `No module named '${name}'`);
      (e as PyBaseException & { importName?: string }).importName = name;
      throw e;
    }
    const dict = new PyDict();
    dict.set('__name__', name);
    dict.set('__doc__', null);
    dict.set('__package__', '');
    m = new PyModule(name, dict);
    this.modules.set(name, m);
    factory(this, dict, m);
    return m;
  }

  importFrom(mod: unknown, name: string): unknown {
    const v = getAttrMaybe(mod, name);
    if (v !== undefined) return v;
    const modName = mod instanceof PyModule ? mod.name : '?';
    const sub = this.modules.get(`${modName}.${name}`) ?? (moduleFactories.has(`${modName}.${name}`) ? this.loadModule(`${modName}.${name}`) : undefined);
    if (sub !== undefined) return sub;
    const e = pyErr(ImportError, `cannot import name '${name}' from '${modName}' (unknown location)`);
    (e as PyBaseException & { importName?: string }).importName = modName;
    throw e;
  }

  importStar(mod: unknown, into: PyDict): void {
    const d = (mod as PyModule).dict as PyDict;
    loadAllLazy(d);
    const all = d.get('__all__');
    if (all !== undefined) {
      for (const n of all instanceof PyTuple ? all.items : (all as { items: unknown[] }).items) into.set(n, d.get(str(n)));
      return;
    }
    for (const [k, v] of d.entries()) if (typeof k === 'string' && !k.startsWith('_')) into.set(k, v);
  }
}

/** Exit status when pygil stops a deadlocked program (documented in the README). */
export const EXIT_DEADLOCK = 3;

/** The process whose code is running (one at a time: the simulation is single-threaded in JS). */
export let current: Process = null as unknown as Process;
export function setCurrent(p: Process): void {
  current = p;
}

// What the running thread has left under its recursion limit, for builtins that recurse in JS.
recursion.room = () => current.interp.recursionLimit - current.thread.depth;

function routeCall(f: import('../runtime/function.js').PyFunction, args: unknown[], kw: Map<string, unknown> | null): unknown {
  return current.interp.callFunction(f, args, kw);
}
