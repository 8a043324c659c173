// The logging module: Python source (logging-source.ts) over three small JS
// helpers that read the running thread's frames directly (sys._getframe
// would make frame objects, which keep their frames from being recycled,
// at every record):
// - _find_caller: the file, line and function of the call that logged (the
//   first frame outside logging, stacklevel as CPython counts it), and the
//   stack_info text;
// - _stack_text: the stack below logging, for a handler's error report;
// - _deprecated: the DeprecationWarning of warn(), shown once per line of
//   the main module, as CPython's default warning filters show it.
// (The format checks it needs are JS too: logging-checks.ts.)
//
// The source runs in the module's own namespace, so that a program setting
// logging.lastResort, logging.raiseExceptions or logging.logThreads changes
// what the module's functions read, as in CPython. A forked child gets the
// module's locks unlocked, as CPython's at-fork handler leaves them.

import { registerModule } from './registry.js';
import { runPythonSource } from './py-source.js';
import { LOGGING_FILE, LOGGING_SOURCE } from './logging-source.js';
import { loggingChecks } from './logging-checks.js';
import { PyBuiltin, PyModule } from '../runtime/function.js';
import { PyList, tuple } from '../runtime/tuple.js';
import { PyDict } from '../runtime/dict.js';
import { PyObject } from '../runtime/object.js';
import type { TbEntry } from '../runtime/exceptions.js';
import * as ops from '../runtime/ops.js';
import { current, type Process } from '../vm/process.js';
import type { Frame } from '../vm/frame.js';
import { formatFrameParts, hiddenFiles } from '../vm/traceback.js';
import { afterForkInChild } from '../vm/heap-copy.js';
import { PyRLock } from './threading.js';

/** The innermost frame of the running thread that is not logging's own. */
function outsideLogging(): Frame | null {
  let f = current.thread.frame;
  while (f !== null && f.code.filename === LOGGING_FILE) f = f.back;
  return f;
}

/** The stack from `f` outwards, as traceback.print_stack prints it. */
function stackText(f: Frame | null): string {
  const entries: TbEntry[] = [];
  for (let g = f; g !== null; g = g.back) entries.push({ code: g.code, ip: Math.max(0, g.ip - 1) });
  return formatFrameParts(entries, null, true).join('');
}

/**
 * Logger.findCaller(stack_info, stacklevel), called from logging's own
 * frame: steps out one frame at a time, counting only frames outside
 * logging, until `stacklevel` of them are passed (or the stack ends).
 */
const findCaller = new PyBuiltin('_find_caller', (args) => {
  let f = current.thread.frame;
  if (f === null) return tuple(['(unknown file)', 0, '(unknown function)', null]);
  let level = typeof args[1] === 'number' ? args[1] : 1;
  while (level > 0 && f.back !== null) {
    f = f.back;
    if (f.code.filename !== LOGGING_FILE) level--;
  }
  const sinfo = ops.truthy(args[0]) ? `Stack (most recent call last):\n${stackText(f)}`.replace(/\n$/, '') : null;
  return tuple([f.code.filename, f.lineno, f.code.name, sinfo]);
});

const stackBelowLogging = new PyBuiltin('_stack_text', () => stackText(outsideLogging()));

/** Locations already warned about, per process (the warnings registry's "default" action). */
const warned = new WeakMap<Process, Set<string>>();

const deprecated = new PyBuiltin('_deprecated', (args) => {
  const msg = args[0] as string;
  const proc = current;
  const f = outsideLogging();
  // DeprecationWarning is shown by default only when the main module triggers it.
  if (f === null || f.globals.get('__name__') !== '__main__') return null;
  const key = `${f.code.filename}:${f.lineno}:${msg}`;
  let seen = warned.get(proc);
  if (seen === undefined) warned.set(proc, (seen = new Set()));
  if (seen.has(key)) return null;
  seen.add(key);
  // Code with no file (-c, stdin) has no line to show, as in CPython.
  const name = f.code.filename;
  const line = name.startsWith('<') && name.endsWith('>') ? undefined : f.code.source.split(/\r?\n/)[f.lineno - 1]?.trim();
  proc.writeStderr(`${f.code.filename}:${f.lineno}: DeprecationWarning: ${msg}\n${line ? `  ${line}\n` : ''}`);
  return null;
});

/**
 * After a fork, every handler's lock and the module's lock are free in the
 * child, as CPython's logging re-initialises them there: a thread of the
 * parent that was in the middle of a record does not exist in the child,
 * and its lock would never be released.
 */
afterForkInChild.push((child) => {
  const mod = child.modules.get('logging');
  if (!(mod instanceof PyModule) || !(mod.dict instanceof PyDict)) return;
  unlock(mod.dict.get('_lock'));
  const handlers = mod.dict.get('_handlerList');
  if (!(handlers instanceof PyList)) return;
  for (const h of handlers.items) if (h instanceof PyObject && h.dict instanceof PyDict) unlock(h.dict.get('lock'));
});

function unlock(lock: unknown): void {
  if (!(lock instanceof PyRLock)) return;
  lock.owner = null;
  lock.count = 0;
  lock.waiters = [];
}

registerModule('logging', (proc, ns, mod) => {
  // Its frames stay out of tracebacks: CPython's would name logging/__init__.py lines pygil cannot match.
  hiddenFiles.add(LOGGING_FILE);
  const internal = runPythonSource(proc, LOGGING_FILE, LOGGING_SOURCE, {
    __name__: 'logging',
    __doc__: ns.get('__doc__'),
    __package__: 'logging',
    _find_caller: findCaller,
    _stack_text: stackBelowLogging,
    _deprecated: deprecated,
    ...loggingChecks,
  });
  mod.dict = internal;
});
