// The sys module: argv, exit, the standard streams, recursion and switch
// knobs, and the version/platform constants of the Python pygil pretends to be.
//
// sys.modules is a dict whose backing Map *is* the process's module table,
// so imports show up in it and `del sys.modules[name]` forgets a module,
// without any copying. sys.setswitchinterval/setcheckinterval are the GIL's
// knob (config.checkInterval): CPython 3.11 dropped setcheckinterval, but it
// is the natural unit in a VM that counts instructions.

import { topmostException } from '../vm/frame.js';
import { tracebackOf, frameView, pythonFrame } from '../runtime/traceback-object.js';
import { formatException } from '../vm/traceback.js';
import { registerModule } from './registry.js';
import { makeStructSeq } from './struct-seq.js';
import { current, type Process } from '../vm/process.js';
import { PyObject, PyFloat, PyType, makeBuiltinType, typeType, computeMro, isInt } from '../runtime/object.js';
import { PyDict } from '../runtime/dict.js';
import { PyList, PyTuple, tupleType } from '../runtime/tuple.js';
import { PyModule } from '../runtime/function.js';
import { PyIter } from '../runtime/iter.js';
import { method, func, getter } from '../runtime/define.js';
import {
  typeError, valueError, pyErr, newException, SystemExit, RecursionError, OverflowError, OSError, ValueError, StopIteration, PyBaseException,
} from '../runtime/exceptions.js';
import * as ops from '../runtime/ops.js';
import { codePointLength } from '../runtime/format/char-class.js';
import { setIntMaxStrDigitsSource } from '../runtime/format/int-text.js';
import { MAX_RECURSION_DEPTH } from '../runtime/limits.js';
import { clinic } from './args.js';

const MAXSIZE = (1n << 63n) - 1n;
const VERSION = [3, 11, 7, 'final', 0] as const;
export const SYS_VERSION = '3.11.7 (pygil) [TypeScript]';

// ---------------------------------------------------------------- streams

/** sys.stdin/stdout/stderr: text streams over the process's host. */
class PyTextStream extends PyIter {
  /** Text read from the host but not yet returned (after readline(limit) or read(n)). */
  private pending = '';
  constructor(readonly proc: Process, readonly name: string, readonly mode: 'r' | 'w', readonly fd: number) {
    super(textIOType);
  }
  /** Iterating a readable stream yields its lines. */
  next(): unknown {
    const line = this.readLine(-1);
    return line === '' ? undefined : line;
  }
  /** The next line (at most `limit` characters when limit >= 0); '' at end of input. */
  readLine(limit: number): string {
    if (this.mode !== 'r') throw pyErr(unsupportedOperation(), 'not readable');
    let line = this.pending;
    this.pending = '';
    if (line === '') line = this.proc.host.readLine();
    if (limit >= 0 && line.length > limit) {
      this.pending = line.slice(limit);
      line = line.slice(0, limit);
    }
    return line;
  }
  /** Up to `n` characters (all that is left when n < 0). */
  read(n: number): string {
    const parts: string[] = [];
    let got = 0;
    while (n < 0 || got < n) {
      const line = this.readLine(n < 0 ? -1 : n - got);
      if (line === '') break;
      parts.push(line);
      got += line.length;
    }
    return parts.join('');
  }
}

const textIOType = makeBuiltinType('TextIOWrapper', null, 'other');
textIOType.module = '_io';

let unsupported: PyType | null = null;
/** io.UnsupportedOperation (a subclass of OSError and ValueError), made on first use. */
function unsupportedOperation(): PyType {
  if (unsupported === null) {
    const t = new PyType('UnsupportedOperation', [OSError, ValueError], 'exception', true, typeType);
    t.mro = computeMro(t)!;
    t.alloc = OSError.alloc;
    t.module = 'io';
    unsupported = t;
  }
  return unsupported;
}

function stream(self: unknown): PyTextStream {
  if (!(self instanceof PyTextStream)) throw typeError(`descriptor requires a '_io.TextIOWrapper' object but received a '${ops.typeName(self)}'`);
  return self;
}

method(textIOType, 'write', (args) => {
  if (args.length !== 2) throw typeError(`TextIOWrapper.write() takes exactly one argument (${args.length - 1} given)`);
  const s = stream(args[0]);
  const text = args[1];
  if (typeof text !== 'string') throw typeError(`write() argument must be str, not ${ops.typeName(text)}`);
  if (s.mode !== 'w') throw pyErr(unsupportedOperation(), 'not writable');
  if (s.fd === 1) s.proc.writeStdout(text);
  else s.proc.writeStderr(text);
  return codePointLength(text);
});
method(textIOType, 'writelines', (args) => {
  const s = stream(args[0]);
  for (const line of ops.toArray(args[1])) ops.callMethod(s, 'write', [line]);
  return null;
});
method(textIOType, 'flush', (args) => {
  const s = stream(args[0]);
  if (s.fd === 1) s.proc.flushStdoutOrRaise(true);
  return null;
});
/** A size argument: negative for "no limit"; read() also takes None, readline() does not. */
function sizeArg(args: unknown[], noneOk: boolean): number {
  if (args.length < 2 || (noneOk && args[1] === null)) return -1;
  const v = args[1];
  if (noneOk && !ops.isIntLike(v) && !(v instanceof PyObject && v.cls.lookup('__index__') !== undefined)) {
    throw typeError(`argument should be integer or None, not '${ops.typeName(v)}'`);
  }
  return Number(ops.toIndex(v));
}
method(textIOType, 'readline', (args) => stream(args[0]).readLine(sizeArg(args, false)));
method(textIOType, 'read', (args) => stream(args[0]).read(sizeArg(args, true)));
method(textIOType, 'readlines', (args) => {
  const s = stream(args[0]);
  const out: unknown[] = [];
  for (let line = s.readLine(-1); line !== ''; line = s.readLine(-1)) out.push(line);
  return new PyList(out);
});
method(textIOType, '__iter__', (args) => stream(args[0]));
method(textIOType, '__next__', (args) => {
  const v = stream(args[0]).next();
  if (v === undefined) throw newException(StopIteration, []);
  return v;
});
method(textIOType, 'isatty', () => false);
method(textIOType, 'readable', (args) => stream(args[0]).mode === 'r');
method(textIOType, 'writable', (args) => stream(args[0]).mode === 'w');
method(textIOType, 'fileno', (args) => stream(args[0]).fd);
method(textIOType, 'close', () => null);
method(textIOType, '__enter__', (args) => args[0]);
method(textIOType, '__exit__', () => null);
method(textIOType, '__repr__', (args) => {
  const s = stream(args[0]);
  return `<_io.TextIOWrapper name='${s.name}' mode='${s.mode}' encoding='utf-8'>`;
});
getter(textIOType, 'name', (s) => stream(s).name);
getter(textIOType, 'mode', (s) => stream(s).mode);
getter(textIOType, 'encoding', () => 'utf-8');
getter(textIOType, 'errors', () => 'strict');
getter(textIOType, 'closed', () => false);
getter(textIOType, 'line_buffering', () => false);

// ---------------------------------------------------------------- struct sequences

const versionInfoType = makeStructSeq('sys', 'version_info', ['major', 'minor', 'micro', 'releaselevel', 'serial']);
const floatInfoType = makeStructSeq('sys', 'float_info', [
  'max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds',
]);
const intInfoType = makeStructSeq('sys', 'int_info', [
  'bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold',
]);
const flagsType = makeStructSeq('sys', 'flags', [
  'debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode', 'no_user_site', 'no_site',
  'ignore_environment', 'verbose', 'bytes_warning', 'quiet', 'hash_randomization', 'isolated', 'dev_mode',
  'utf8_mode', 'warn_default_encoding', 'safe_path', 'int_max_str_digits',
]);

/** types.SimpleNamespace, for sys.implementation: attributes shown as `namespace(a=1)`. */
const namespaceType = makeBuiltinType('SimpleNamespace', null, 'other');
namespaceType.module = 'types';
namespaceType.hasInstanceDict = true;
method(namespaceType, '__repr__', (args) => {
  const o = args[0] as PyObject;
  return ops.reprGuard(o, 'namespace(...)', () => {
    const parts: string[] = [];
    for (const [k, v] of (o.dict as PyDict).entries()) parts.push(`${ops.str(k)}=${ops.repr(v)}`);
    return `namespace(${parts.join(', ')})`;
  });
});

function makeNamespace(values: [string, unknown][]): PyObject {
  const o = new PyObject(namespaceType);
  const d = new PyDict();
  for (const [k, v] of values) d.set(k, v);
  o.dict = d;
  return o;
}

const f = (x: number) => new PyFloat(x);

// ---------------------------------------------------------------- the module

registerModule('sys', (proc, ns) => {
  const name = 'sys';
  ns.set('argv', new PyList(proc.argv.slice()));
  ns.set('orig_argv', new PyList(['pygil', ...proc.argv]));
  ns.set('stdin', new PyTextStream(proc, '<stdin>', 'r', 0));
  ns.set('stdout', new PyTextStream(proc, '<stdout>', 'w', 1));
  ns.set('stderr', new PyTextStream(proc, '<stderr>', 'w', 2));
  ns.set('__stdin__', ns.get('stdin'));
  ns.set('__stdout__', ns.get('stdout'));
  ns.set('__stderr__', ns.get('stderr'));
  // The default hook prints as an uncaught exception is printed; Process.uncaughtStatus calls a replacement.
  const excepthook = func(ns, 'excepthook', (args) => {
    if (args.length !== 3) throw typeError(`excepthook expected 3 arguments, got ${args.length}`);
    const v = args[1];
    if (!(v instanceof PyBaseException)) {
      proc.writeStderr(`TypeError: print_exception(): Exception expected for value, ${ops.typeName(v)} found\n`);
      return null;
    }
    proc.writeStderr(formatException(v));
    return null;
  }, name);
  ns.set('__excepthook__', excepthook);

  const versionInfo = versionInfoType.make([...VERSION]);
  ns.set('version_info', versionInfo);
  ns.set('version', SYS_VERSION);
  ns.set('hexversion', 0x030b07f0);
  ns.set('api_version', 1013);
  ns.set('platform', 'linux');
  ns.set('byteorder', 'little');
  ns.set('maxsize', MAXSIZE);
  ns.set('maxunicode', 0x10ffff);
  ns.set('executable', 'pygil');
  ns.set('prefix', '/usr');
  ns.set('exec_prefix', '/usr');
  ns.set('copyright', 'pygil: a teaching interpreter for Python 3.11 (not CPython).');
  ns.set('path', new PyList([]));
  ns.set('meta_path', new PyList([]));
  ns.set('dont_write_bytecode', true);
  ns.set('builtin_module_names', new PyTuple(['builtins', 'sys']));
  ns.set('implementation', makeNamespace([
    ['name', 'pygil'], ['cache_tag', null], ['version', versionInfo], ['hexversion', 0x030b07f0],
  ]));
  ns.set('float_info', floatInfoType.make([
    f(Number.MAX_VALUE), 1024, 308, f(2.2250738585072014e-308), -1021, -307, 15, 53, f(Number.EPSILON), 2, 1,
  ]));
  ns.set('int_info', intInfoType.make([30, 4, 4300, 640]));
  ns.set('flags', flagsType.make([0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, false, 0, 0, false, -1]));

  const modules = new PyDict();
  registerMain(proc);
  modules.map = proc.modules as Map<unknown, unknown>;
  ns.set('modules', modules);

  func(ns, 'exit', (args, kw) => {
    if (kw !== null && kw.size > 0) throw typeError('sys.exit() takes no keyword arguments');
    if (args.length > 1) throw typeError(`exit expected at most 1 argument, got ${args.length}`);
    // As PyErr_SetObject: None means no args, and a tuple becomes the args.
    const status = args.length === 0 ? null : args[0];
    if (status === null) throw newException(SystemExit, []);
    if (status instanceof PyTuple && status.cls === tupleType) throw newException(SystemExit, status.items);
    throw newException(SystemExit, [status]);
  }, name);

  func(ns, 'getrecursionlimit', (args) => {
    noArgs('sys.getrecursionlimit', args);
    return current.interp.recursionLimitSet;
  }, name);
  func(ns, 'setrecursionlimit', (args) => {
    oneArg('setrecursionlimit', args);
    const n = cInt(args[0]);
    if (n < 1) throw valueError('recursion limit must be greater or equal than 1');
    // CPython counts the frame calling setrecursionlimit and the call itself.
    const depth = current.thread.depth + 1;
    if (depth >= n) {
      throw pyErr(RecursionError, `cannot set the recursion limit to ${n} at the recursion depth ${depth}: the limit is too low`);
    }
    // The depth pygil allows stops at MAX_RECURSION_DEPTH whatever the limit
    // (frames take memory; past a few million the host runs out).
    current.interp.recursionLimitSet = n;
    current.interp.recursionLimit = Math.min(n, MAX_RECURSION_DEPTH);
    return null;
  }, name);

  // The cap on decimal digits of int <-> str conversions (CPython 3.11's
  // defence against quadratic-time conversions), which its ValueError names.
  func(ns, 'get_int_max_str_digits', (args) => {
    noArgs('sys.get_int_max_str_digits', args);
    return current.interp.intMaxStrDigits;
  }, name);
  func(ns, 'set_int_max_str_digits', (args, kw) => {
    const [v] = clinic('set_int_max_str_digits', args, kw, ['maxdigits'], 1);
    const n = cInt(v);
    if (n !== 0 && n < 640) throw valueError('maxdigits must be 0 or larger than 640');
    current.interp.intMaxStrDigits = n;
    return null;
  }, name);

  func(ns, 'getcheckinterval', (args) => {
    noArgs('sys.getcheckinterval', args);
    return current.config.checkInterval;
  }, name);
  func(ns, 'setcheckinterval', (args) => {
    oneArg('setcheckinterval', args);
    const n = cInt(args[0]);
    if (n < 1) throw valueError('check interval must be greater or equal than 1');
    current.config.checkInterval = n;
    return null;
  }, name);
  func(ns, 'getswitchinterval', (args) => {
    noArgs('sys.getswitchinterval', args);
    // py311 keeps CPython's time-based interval; py2's is the check interval in ticks.
    if (current.sched.model === 'py311') return new PyFloat(current.sched.switchIntervalNs / 1e9);
    return new PyFloat((current.config.checkInterval * current.config.tickNs) / 1e9);
  }, name);
  func(ns, 'setswitchinterval', (args) => {
    oneArg('setswitchinterval', args);
    const v = args[0];
    const s = ops.toFloatMaybe(v);
    if (s === undefined) throw typeError(`must be real number, not ${ops.typeName(v)}`);
    if (!(s > 0)) throw valueError('switch interval must be strictly positive');
    // (An interval past 2**52 ns or instructions, inf included, is as good as none.)
    if (current.sched.model === 'py311') {
      current.sched.switchIntervalNs = Math.min(s * 1e9, 2 ** 52);
      return null;
    }
    // The interval is kept in whole instructions: round, but never to zero.
    current.config.checkInterval = Math.min(2 ** 52, Math.max(1, Math.round((s * 1e9) / current.config.tickNs)));
    return null;
  }, name);

  func(ns, 'exc_info', (args) => {
    noArgs('sys.exc_info', args);
    const e = topmostException(current.thread);
    if (e === null) return new PyTuple([null, null, null]);
    return new PyTuple([e.cls, e, tracebackOf(e)]);
  }, name);
  // The frame `depth` calls up from the caller (frames standing for C code not counted).
  func(ns, '_getframe', (args) => {
    if (args.length > 1) throw typeError(`_getframe expected at most 1 argument, got ${args.length}`);
    const depth = args.length > 0 ? ops.toIndex(args[0]) : 0;
    if (typeof depth !== 'number') throw pyErr(OverflowError, 'Python int too large to convert to C int');
    const f = pythonFrame(current.thread.frame, depth);
    if (f === null) throw valueError('call stack is not deep enough');
    return frameView(f);
  }, name);
  func(ns, 'exception', (args) => {
    noArgs('sys.exception', args);
    return topmostException(current.thread);
  }, name);
  func(ns, 'intern', (args) => {
    oneArg('intern', args);
    if (typeof args[0] !== 'string') throw typeError(`intern() argument must be str, not ${ops.typeName(args[0])}`);
    return args[0];
  }, name);
  func(ns, 'getdefaultencoding', () => 'utf-8', name);
  func(ns, 'getfilesystemencoding', () => 'utf-8', name);
  func(ns, 'getsizeof', (args) => {
    if (args.length < 1 || args.length > 2) throw typeError(`getsizeof() takes at most 2 arguments (${args.length} given)`);
    return sizeOf(args[0]);
  }, name);
  func(ns, 'getrefcount', (args) => {
    oneArg('getrefcount', args);
    return 2;
  }, name);
});

/** Makes `import __main__` and `'__main__' in sys.modules` work: the bottom frame's globals. */
function registerMain(proc: Process): void {
  if (proc.modules.has('__main__')) return;
  let frame = proc.thread.frame;
  while (frame !== null && frame.back !== null) frame = frame.back;
  if (frame === null || frame.globals.get('__name__') !== '__main__') return;
  proc.modules.set('__main__', new PyModule('__main__', frame.globals));
}

// int <-> str conversions read the running process's cap.
setIntMaxStrDigitsSource(() => (current === null ? 4300 : current.interp.intMaxStrDigits));

function noArgs(name: string, args: unknown[]): void {
  if (args.length !== 0) throw typeError(`${name}() takes no arguments (${args.length} given)`);
}

function oneArg(name: string, args: unknown[]): void {
  if (args.length !== 1) throw typeError(`${name}() takes exactly one argument (${args.length} given)`);
}

/** An argument that CPython converts to a C int. */
function cInt(v: unknown): number {
  if (v instanceof PyFloat) throw typeError(`'float' object cannot be interpreted as an integer`);
  const n = ops.toIndex(v);
  if (typeof n === 'bigint' || n > 0x7fffffff || n < -0x80000000) {
    throw pyErr(OverflowError, 'Python int too large to convert to C int');
  }
  return n;
}

/** sys.getsizeof: CPython's sizes for the common 64-bit layouts; a fixed guess for the rest. */
function sizeOf(v: unknown): number {
  if (v === null) return 16;
  if (typeof v === 'boolean') return v ? 28 : 24;
  if (isInt(v) && (typeof v === 'number' || typeof v === 'bigint')) {
    if (v === 0) return 28; // 3.11 still gives zero one digit
    let digits = 0;
    let a = typeof v === 'bigint' ? (v < 0n ? -v : v) : BigInt(Math.abs(v));
    while (a > 0n) {
      digits++;
      a >>= 30n;
    }
    return 24 + 4 * digits;
  }
  if (typeof v === 'string') {
    let max = 0;
    for (const ch of v) max = Math.max(max, ch.codePointAt(0)!);
    const n = codePointLength(v);
    if (max < 128) return 49 + n;
    if (max < 256) return 73 + n;
    if (max < 0x10000) return 74 + 2 * n;
    return 76 + 4 * n;
  }
  if (v instanceof PyFloat) return 24;
  if (v instanceof PyTuple) return 40 + 8 * v.items.length;
  if (v instanceof PyList) return 56 + 8 * v.items.length;
  if (v instanceof PyDict) return v.size === 0 ? 64 : 184 + 8 * Math.max(0, v.size - 5);
  return 48;
}

