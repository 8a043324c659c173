// A simulated process: its own heap of modules, its builtins, its threads and
// its interpreter state. (Issue-level note: fork and the scheduler build on
// this; for now a process runs one thread.)

import { PyDict } from '../runtime/dict.js';
import { PyModule } from '../runtime/function.js';
import { PyTuple } from '../runtime/tuple.js';
import { pyErr, ModuleNotFoundError, ImportError } from '../runtime/exceptions.js';
import { getAttrMaybe, str } from '../runtime/ops.js';
import { Interpreter } from './interpreter.js';
import { ThreadState } from './frame.js';
import type { Config } from '../config.js';
import type { Host } from '../host.js';
import { moduleFactories } from '../modules/registry.js';
import { makeBuiltins } from '../modules/builtins.js';
import '../modules/all-modules.js';

export class Process {
  readonly builtins: PyDict;
  readonly modules = new Map<string, PyModule>();
  readonly interp: Interpreter;
  thread: ThreadState;
  /** Text written to sys.stdout and not yet handed to the host. */
  private outBuf: string[] = [];
  private outLen = 0;

  constructor(readonly pid: number, readonly config: Config, readonly host: Host, readonly argv: string[]) {
    this.thread = new ThreadState(1, 'MainThread');
    this.interp = new Interpreter(this);
    this.interp.recursionLimit = config.recursionLimit;
    this.interp.maxSteps = config.maxSteps;
    current = this;
    this.builtins = makeBuiltins(this);
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

/** The process whose code is running (one at a time: the simulation is single-threaded in JS). */
export let current: Process = null as unknown as Process;
export function setCurrent(p: Process): void {
  current = p;
}
