// A simulated process: its own heap of modules, its builtins, its threads and
// its interpreter state. (Issue-level note: fork and the scheduler build on
// this; for now a process runs one thread.)

import { PyDict } from '../runtime/dict.js';
import { PyModule } from '../runtime/function.js';
import { PyTuple } from '../runtime/tuple.js';
import { pyErr, ModuleNotFoundError, ImportError } from '../runtime/exceptions.js';
import { getAttrMaybe, str } from '../runtime/ops.js';
import { Interpreter } from './interpreter.js';
import { ThreadState, Frame, F_ENTRY } from './frame.js';
import { Scheduler, T_BLOCKED, T_DONE } from './scheduler.js';
import type { CodeObject } from '../compiler/code.js';
import { PyBaseException, SystemExit, excMatches } from '../runtime/exceptions.js';
import { formatException } from './traceback.js';
import { reportUnawaited } from './unawaited.js';
import type { Config } from '../config.js';
import type { Host } from '../host.js';
import { moduleFactories } from '../modules/registry.js';
import { makeBuiltins } from '../modules/builtins.js';
import '../modules/all-modules.js';

export class Process {
  readonly builtins: PyDict;
  readonly modules = new Map<string, PyModule>();
  readonly interp: Interpreter;
  /** The thread running right now (the scheduler switches it). */
  thread: ThreadState;
  readonly mainThread: ThreadState;
  readonly sched: Scheduler;
  private nextThreadId = 1;
  /** Text written to sys.stdout and not yet handed to the host. */
  private outBuf: string[] = [];
  private outLen = 0;

  constructor(readonly pid: number, readonly config: Config, readonly host: Host, readonly argv: string[]) {
    this.thread = this.mainThread = this.newThread('MainThread');
    this.interp = new Interpreter(this);
    this.sched = new Scheduler(this, config.sched, config.seed, config.gilModel);
    this.interp.recursionLimit = config.recursionLimit;
    this.interp.maxSteps = config.maxSteps;
    current = this;
    this.builtins = makeBuiltins(this);
  }

  /** A new thread object with the next deterministic id (not yet scheduled). */
  newThread(name: string): ThreadState {
    return new ThreadState(this.nextThreadId++, name);
  }

  // ------------------------------------------------------------ running

  /**
   * Runs the main module as the main thread, then waits for the other
   * non-daemon threads, as CPython's interpreter shutdown does. Returns the
   * process's exit status.
   */
  runMain(code: CodeObject, globals: PyDict): number {
    const main = this.mainThread;
    const frame = new Frame(code, globals, globals, null);
    frame.flags |= F_ENTRY;
    main.frame = frame;
    main.depth = 1;
    this.sched.addThread(main);
    let status = 0;
    let mainDone = false;
    const finished = () => mainDone && this.sched.threads.every((t) => t.daemon || t.state === T_DONE);
    this.sched.runUntil(finished, (t, exc) => {
      if (t === main) {
        mainDone = true;
        reportUnawaited(this);
        if (exc !== null) status = this.uncaughtStatus(exc);
      } else if (exc !== null && !excMatches(exc, SystemExit)) {
        this.writeStderr(`Exception in thread ${t.name}:\n${formatException(exc)}`);
      }
      t.frame = null;
      t.onEnd?.(exc);
    });
    reportUnawaited(this);
    if (!finished()) {
      this.flushStdout();
      this.writeStderr(this.deadlockReport());
      return EXIT_DEADLOCK;
    }
    this.flushStdout();
    return status;
  }

  /** Prints an exception that ended the main thread; returns the exit status it implies. */
  uncaughtStatus(e: PyBaseException): number {
    if (excMatches(e, SystemExit)) {
      const a = e.args.items;
      const code = a.length === 0 ? null : a.length === 1 ? a[0] : e.args;
      if (code === null) return 0;
      if (typeof code === 'number') return code & 0xff;
      if (typeof code === 'boolean') return code ? 1 : 0;
      this.writeStderr(str(code) + '\n');
      return 1;
    }
    this.writeStderr(formatException(e));
    return 1;
  }

  /** MODEL.md §6: every blocked thread, what it waits for, who holds it, where. */
  deadlockReport(): string {
    const lines = ['pygil: deadlock: every thread is blocked and none can ever run again.'];
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
    this.outBuf.push(s);
    this.outLen += s.length;
    if (this.outLen > 1 << 16) this.flushStdout();
  }

  flushStdout(): void {
    if (this.outBuf.length > 0) {
      this.host.stdout(this.outBuf.join(''));
      this.outBuf = [];
      this.outLen = 0;
    }
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
    const factory = moduleFactories.get(name);
    if (factory === undefined) {
      const e = pyErr(ModuleNotFoundError, `No module named '${name}'`);
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
    throw pyErr(ImportError, `cannot import name '${name}' from '${modName}' (unknown location)`);
  }

  importStar(mod: unknown, into: PyDict): void {
    const d = (mod as PyModule).dict as PyDict;
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
