// The atexit module: register(func, *args, **kwargs), unregister(func),
// and the callbacks run, newest first, when the process exits normally.
//
// The table and the run are Python (so a forked child inherits its
// parent's callbacks with the rest of the heap); the simulated OS calls the
// run through its one exit hook (vm/os-sim.ts atNormalExit) when CPython
// would: after the main thread has ended and the non-daemon threads have
// been joined, and not after os._exit(). The callbacks run in a nested run
// on the main thread, like the finalizers that follow them: they may print,
// sleep, take a free lock, join a finished thread, raise; but waiting for
// another thread (a lock a daemon holds, a queue it should fill) raises
// RuntimeError there, since no other thread runs in a nested run (CPython
// lets daemon threads run while an exit callback waits).

import { registerModule } from './registry.js';
import { runPythonSource } from './py-source.js';
import { PyBuiltin, PyModule } from '../runtime/function.js';
import { PyDict } from '../runtime/dict.js';
import { PyBaseException } from '../runtime/exceptions.js';
import * as ops from '../runtime/ops.js';
import { current, type Process } from '../vm/process.js';
import { atNormalExit } from '../vm/os-sim.js';
import { ProcessExit } from '../vm/interpreter.js';
import { formatExceptionAlone, hiddenFiles } from '../vm/traceback.js';

const FILE = '<pygil atexit>';

// CPython keeps the callbacks in a C array: unregister() empties a slot
// (so _ncallbacks() still counts it), a run goes down from the last slot
// it started with and then clears the table.
const SOURCE = `
_callbacks = []


def register(*args, **kwargs):
    if not args:
        raise TypeError('register() takes at least 1 argument (0 given)')
    func = args[0]
    if not callable(func):
        raise TypeError('the first argument must be callable')
    _callbacks.append((func, args[1:], kwargs))
    return func


def unregister(*args, **kwargs):
    if kwargs:
        raise TypeError('atexit.unregister() takes no keyword arguments')
    if len(args) != 1:
        raise TypeError('atexit.unregister() takes exactly one argument (%d given)' % len(args))
    func = args[0]
    for i in range(len(_callbacks)):
        entry = _callbacks[i]
        if entry is not None and (entry[0] is func or entry[0] == func):
            _callbacks[i] = None


def _ncallbacks():
    return len(_callbacks)


def _clear():
    _callbacks.clear()


def _run_exitfuncs():
    i = len(_callbacks) - 1
    while i >= 0:
        entry = _callbacks[i] if i < len(_callbacks) else None
        if entry is not None:
            func, args, kwargs = entry
            try:
                func(*args, **kwargs)
            except BaseException as exc:
                _unraisable(func, exc)
        i -= 1
    _callbacks.clear()
`;

/** CPython's default unraisable hook, for an exception that left a callback. */
const unraisable = new PyBuiltin('_unraisable', (args) => {
  const [func, exc] = args;
  let what: string;
  try {
    what = ops.repr(func);
  } catch (err) {
    if (!(err instanceof PyBaseException)) throw err;
    what = '<object repr() failed>';
  }
  current.writeStderr(`Exception ignored in atexit callback: ${what}\n${formatExceptionAlone(exc as PyBaseException)}`);
  return null;
});

/** The exit hook: the process's callbacks, if it ever imported atexit. */
function runAtExit(p: Process): void {
  const mod = p.modules.get('atexit');
  if (!(mod instanceof PyModule) || !(mod.dict instanceof PyDict)) return;
  const run = mod.dict.get('_run_exitfuncs');
  if (run === undefined) return;
  try {
    ops.call(run, []);
  } catch (err) {
    // os._exit() in a callback ends the process there, as in CPython.
    if (err instanceof ProcessExit) return;
    throw err;
  }
}

let hooked = false;

registerModule('atexit', (proc, ns) => {
  // Hooked on first import, not at load: os-sim.js may still be loading then.
  if (!hooked) {
    atNormalExit.push(runAtExit);
    hooked = true;
  }
  hiddenFiles.add(FILE);
  const internal = runPythonSource(proc, FILE, SOURCE, { __name__: 'atexit', _unraisable: unraisable });
  for (const name of ['register', 'unregister', '_ncallbacks', '_clear', '_run_exitfuncs']) ns.set(name, internal.get(name));
});
