// The `concurrent` package and `concurrent.futures` (with its submodules
// _base, thread and process): the Python source is in
// concurrent-futures-source.ts; this file registers the modules and gives
// that source the few natives it needs.

import { registerModule } from './registry.js';
import { runPythonSource } from './py-source.js';
import { hiddenFiles } from '../vm/traceback.js';
import { PyBuiltin, PyFunction } from '../runtime/function.js';
import { PyType } from '../runtime/object.js';
import { PyTuple } from '../runtime/tuple.js';
import type { PyDict } from '../runtime/dict.js';
import * as ops from '../runtime/ops.js';
import { PyGenericAlias } from '../runtime/generic-alias.js';
import { current } from '../vm/process.js';
import { callerIterates } from '../vm/drain-in-frames.js';
import { FUTURES_FILE, FUTURES_SOURCE, PROCESS_FILE, PROCESS_SOURCE } from './concurrent-futures-source.js';
import { putOnExit } from './multiprocessing.js';

const BASE = 'concurrent.futures._base';
const THREAD = 'concurrent.futures.thread';
const PROCESS = 'concurrent.futures.process';

/** Where each class shows itself to be defined, as in CPython. */
const CLASS_MODULES: Record<string, string> = {
  BrokenThreadPool: THREAD, ThreadPoolExecutor: THREAD, _WorkItem: THREAD,
};

function setClassModule(t: PyType, module: string): void {
  t.module = module;
  if (t.ns.has('__module__')) {
    t.ns.set('__module__', module);
    t.invalidate();
  }
}

function natives(): Record<string, unknown> {
  const f = (name: string, fn: (a: unknown[]) => unknown) => new PyBuiltin(name, (a) => fn(a));
  return {
    _idle: f('_idle', (a) => {
      current.thread.idle = ops.truthy(a[0]);
      return null;
    }),
    _caller_iterates: f('_caller_iterates', () => callerIterates()),
    _put_on_exit: f('_put_on_exit', (a) => {
      putOnExit(a[0], a[1] as number, a[2]);
      return null;
    }),
    _GenericAlias: f('GenericAlias', (a) => new PyGenericAlias(a[0], a[1])),
  };
}

registerModule('concurrent', () => {});

registerModule(BASE, (proc, ns) => {
  hiddenFiles.add(FUTURES_FILE);
  const inner = runPythonSource(proc, FUTURES_FILE, FUTURES_SOURCE, { ...natives(), __name__: BASE });
  for (const [k, v] of inner.entries()) {
    if (typeof k !== 'string' || k === '__builtins__') continue;
    if (v instanceof PyType && v.module === BASE && k in CLASS_MODULES) setClassModule(v, CLASS_MODULES[k]);
    ns.set(k, v);
  }
  ns.set('__name__', BASE);
});

registerModule(THREAD, (proc, ns) => {
  const base = proc.loadModule(BASE).dict as PyDict;
  for (const k of ['BrokenThreadPool', 'ThreadPoolExecutor', '_WorkItem']) ns.set(k, base.get(k));
  ns.set('_base', proc.modules.get(BASE)!);
});

registerModule(PROCESS, (proc, ns) => {
  const baseMod = proc.loadModule(BASE);
  const base = baseMod.dict as PyDict;
  hiddenFiles.add(PROCESS_FILE);
  const inject: Record<string, unknown> = { ...natives(), __name__: PROCESS };
  for (const k of ['Future', 'Executor', 'BrokenExecutor', '_log_error', '_results', '_wait_in_order', '_time']) inject[k] = base.get(k);
  const inner = runPythonSource(proc, PROCESS_FILE, PROCESS_SOURCE, inject);
  for (const [k, v] of inner.entries()) {
    if (typeof k !== 'string' || k === '__builtins__') continue;
    ns.set(k, v);
  }
  ns.set('__name__', PROCESS);
  ns.set('_base', baseMod);
});

const EXPORTS = ['FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError', 'TimeoutError',
  'InvalidStateError', 'BrokenExecutor', 'Future', 'Executor', 'wait', 'as_completed'];

registerModule('concurrent.futures', (proc, ns, mod) => {
  const baseMod = proc.loadModule(BASE);
  const base = baseMod.dict as PyDict;
  for (const k of EXPORTS) ns.set(k, base.get(k));
  ns.set('ThreadPoolExecutor', base.get('ThreadPoolExecutor'));
  // The process half is loaded with the package, so that a fork copies it
  // into the workers (its exception classes travel between processes by name).
  const procMod = proc.loadModule(PROCESS);
  ns.set('ProcessPoolExecutor', (procMod.dict as PyDict).get('ProcessPoolExecutor'));
  ns.set('_base', baseMod);
  ns.set('thread', proc.loadModule(THREAD));
  ns.set('process', procMod);
  ns.set('__all__', new PyTuple([
    'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError', 'TimeoutError', 'BrokenExecutor',
    'Future', 'Executor', 'wait', 'as_completed', 'ProcessPoolExecutor', 'ThreadPoolExecutor',
  ]));
  (proc.loadModule('concurrent').dict as PyDict).set('futures', mod);
});
