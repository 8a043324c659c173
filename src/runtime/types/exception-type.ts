// The special methods and attributes of BaseException and the builtin
// exceptions whose str() or attributes differ (KeyError, StopIteration,
// SystemExit, OSError, SyntaxError …).

import { PyType, typeOf } from '../object.js';
import { method, constructor } from '../define.js';
import { PyBuiltin, PyProperty } from '../function.js';
import {
  PyBaseException, baseExceptionType, KeyError, StopIteration, SystemExit, OSError, exceptionTypes, typeError,
  SyntaxError, NameError, AttributeError, ImportError, UnicodeDecodeError, UnicodeEncodeError,
} from '../exceptions.js';
import { PyBytes } from '../bytes.js';
import { tuple, PyTuple, PyList } from '../tuple.js';
import { PyDict } from '../dict.js';
import { repr, str, allocInstance, plainException, toIndex, typeName } from '../ops.js';
import { strValue } from './str-type.js';
import { PyTraceback, tracebackOf, setTraceback } from '../traceback-object.js';

for (const t of exceptionTypes.values()) t.hasInstanceDict = true;

constructor(baseExceptionType, (args) => {
  const t = args[0] as PyType;
  const e = allocInstance(t) as PyBaseException;
  e.args = tuple(args.slice(1));
  return e;
});
method(baseExceptionType, '__init__', (args, kw) => {
  const e = args[0] as PyBaseException;
  if (kw !== null && kw.size > 0) throw typeError(`${e.cls.name}() takes no keyword arguments`);
  e.args = tuple(args.slice(1));
  return null;
});
plainException.new = baseExceptionType.ns.get('__new__');
plainException.init = baseExceptionType.ns.get('__init__');
function argsStr(e: PyBaseException): string {
  const a = e.args.items;
  if (a.length === 0) return '';
  if (a.length === 1) return str(a[0]);
  return repr(new PyTuple(a));
}
method(baseExceptionType, '__str__', (args) => argsStr(args[0] as PyBaseException));
method(baseExceptionType, '__repr__', (args) => {
  const e = args[0] as PyBaseException;
  const a = e.args.items;
  const name = e.cls.name;
  if (a.length === 1) return `${name}(${repr(a[0])})`;
  return `${name}${a.length === 0 ? '()' : repr(e.args)}`;
});
method(baseExceptionType, 'with_traceback', (args) => {
  setTraceback(args[0] as PyBaseException, checkTraceback(args[1]));
  return args[0];
});

function checkTraceback(v: unknown): PyTraceback | null {
  if (v !== null && !(v instanceof PyTraceback)) throw typeError('__traceback__ must be a traceback or None');
  return v;
}
method(baseExceptionType, 'add_note', (args) => {
  const e = args[0] as PyBaseException;
  const note = args[1];
  if (typeof note !== 'string') throw typeError(`note must be a str, not '${typeOf(note).name}'`);
  // Exceptions the VM raises itself may have no attribute dict yet.
  const d = (e.dict ??= new PyDict()) as PyDict;
  let notes = d.get('__notes__');
  if (notes === undefined) d.set('__notes__', (notes = new PyList([])));
  if (!(notes instanceof PyList)) throw typeError('Cannot add note: __notes__ is not a list');
  notes.items.push(note);
  return null;
});

function prop(t: PyType, name: string, get: (e: PyBaseException) => unknown, set?: (e: PyBaseException, v: unknown) => void): void {
  const g = new PyBuiltin(name, (a) => get(a[0] as PyBaseException));
  const s = set ? new PyBuiltin(name, (a) => { set(a[0] as PyBaseException, a[1]); return null; }) : null;
  t.ns.set(name, new PyProperty(g, s, null, null));
}

prop(baseExceptionType, 'args', (e) => e.args, (e, v) => {
  e.args = v instanceof PyTuple ? v : tuple(Array.isArray(v) ? v : [v]);
});
prop(baseExceptionType, '__traceback__', (e) => tracebackOf(e), (e, v) => setTraceback(e, checkTraceback(v)));
prop(baseExceptionType, '__cause__', (e) => e.cause, (e, v) => {
  if (v !== null && !(v instanceof PyBaseException)) throw typeError('exception cause must be None or derive from BaseException');
  e.cause = v as PyBaseException | null;
  e.suppressContext = true;
});
prop(baseExceptionType, '__context__', (e) => e.context, (e, v) => {
  e.context = v as PyBaseException | null;
});
prop(baseExceptionType, '__suppress_context__', (e) => e.suppressContext, (e, v) => {
  e.suppressContext = v === true;
});

method(KeyError, '__str__', (args) => {
  const a = (args[0] as PyBaseException).args.items;
  if (a.length === 1) return repr(a[0]);
  return a.length === 0 ? '' : repr(new PyTuple(a));
});

prop(StopIteration, 'value', (e) => (e.args.items.length > 0 ? e.args.items[0] : null));
prop(SystemExit, 'code', (e) => {
  const a = e.args.items;
  return a.length === 0 ? null : a.length === 1 ? a[0] : e.args;
});
// OSError(errno, ...) makes the subclass for that errno (Linux's numbers), as CPython's does.
const ERRNO_CLASSES = new Map<number, string>([
  [1, 'PermissionError'], [2, 'FileNotFoundError'], [3, 'ProcessLookupError'], [4, 'InterruptedError'],
  [10, 'ChildProcessError'], [11, 'BlockingIOError'], [13, 'PermissionError'], [17, 'FileExistsError'],
  [20, 'NotADirectoryError'], [21, 'IsADirectoryError'], [32, 'BrokenPipeError'], [103, 'ConnectionAbortedError'],
  [104, 'ConnectionResetError'], [108, 'BrokenPipeError'], [110, 'TimeoutError'], [111, 'ConnectionRefusedError'],
  [114, 'BlockingIOError'], [115, 'BlockingIOError'],
]);
constructor(OSError, (args) => {
  let t = args[0] as PyType;
  if (t === OSError && args.length >= 3 && typeof args[1] === 'number') {
    const name = ERRNO_CLASSES.get(args[1]);
    if (name !== undefined) t = exceptionTypes.get(name)!;
  }
  const e = allocInstance(t) as PyBaseException;
  e.args = tuple(args.slice(1));
  return e;
});

// OSError(errno, strerror[, filename[, winerror[, filename2]]]): like CPython,
// a filename is kept as an attribute and left out of args.
type OSErr = PyBaseException & { filename?: unknown; filename2?: unknown };
method(OSError, '__init__', (args) => {
  const e = args[0] as OSErr;
  const a = args.slice(1);
  if (a.length >= 3 && a.length <= 5) {
    e.filename = a[2];
    if (a.length === 5) e.filename2 = a[4];
    e.args = tuple(a.slice(0, 2));
  } else {
    e.args = tuple(a);
  }
  return null;
});
prop(OSError, 'filename', (e) => (e as OSErr).filename ?? null, (e, v) => { (e as OSErr).filename = v; });
prop(OSError, 'filename2', (e) => (e as OSErr).filename2 ?? null, (e, v) => { (e as OSErr).filename2 = v; });
prop(OSError, 'errno', (e) => (e.args.items.length >= 2 ? e.args.items[0] : null));
prop(OSError, 'strerror', (e) => (e.args.items.length >= 2 ? e.args.items[1] : null));
method(OSError, '__str__', (args) => {
  const a = (args[0] as PyBaseException).args.items;
  const fn = (args[0] as OSErr).filename;
  const fn2 = (args[0] as OSErr).filename2;
  if (a.length >= 2 && fn !== undefined && fn !== null) {
    if (fn2 !== undefined && fn2 !== null) return `[Errno ${str(a[0])}] ${str(a[1])}: ${repr(fn)} -> ${repr(fn2)}`;
    return `[Errno ${str(a[0])}] ${str(a[1])}: ${repr(fn)}`;
  }
  if (a.length >= 2) return `[Errno ${str(a[0])}] ${str(a[1])}`;
  if (a.length === 1) return str(a[0]);
  return a.length === 0 ? '' : repr(new PyTuple(a));
});
prop(SyntaxError, 'msg', (e) => (e.args.items.length > 0 ? e.args.items[0] : null));
prop(NameError, 'name', (e) => (e as PyBaseException & { nameAttr?: string }).nameAttr ?? null);
prop(AttributeError, 'name', (e) => (e as PyBaseException & { attrName?: string }).attrName ?? null);
prop(AttributeError, 'obj', (e) => (e as PyBaseException & { attrObj?: unknown }).attrObj ?? null);
prop(ImportError, 'name', (e) => (e as PyBaseException & { importName?: string }).importName ?? null);


// UnicodeDecodeError(encoding, object, start, end, reason) and
// UnicodeEncodeError(...): the five values are attributes, settable without
// touching args, and str() is made from them. An error raised by a codec
// (bytes.ts) carries the five args and gets its attributes on first use.
interface UnicodeFields {
  encoding: unknown;
  object: unknown;
  start: unknown;
  end: unknown;
  reason: unknown;
}
type UnicodeErr = PyBaseException & { unicode?: UnicodeFields };

function unicodeFields(e: UnicodeErr): UnicodeFields | undefined {
  if (e.unicode === undefined && e.args.items.length === 5) {
    const [encoding, object, start, end, reason] = e.args.items;
    e.unicode = { encoding, object, start, end, reason };
  }
  return e.unicode;
}

function strArg(v: unknown, n: number): void {
  if (strValue(v) === undefined) throw typeError(`argument ${n} must be str, not ${typeName(v)}`);
}

for (const [t, decoding] of [[UnicodeDecodeError, true], [UnicodeEncodeError, false]] as const) {
  method(t, '__init__', (args, kw) => {
    const e = args[0] as UnicodeErr;
    if (kw !== null && kw.size > 0) throw typeError(`${e.cls.name}() takes no keyword arguments`);
    const a = args.slice(1);
    if (a.length !== 5) throw typeError(`function takes exactly 5 arguments (${a.length} given)`);
    strArg(a[0], 1);
    let object = a[1];
    if (decoding) {
      if (!(object instanceof PyBytes)) throw typeError(`a bytes-like object is required, not '${typeName(object)}'`);
      object = new PyBytes(object.b.slice()); // a bytearray is kept as bytes
    } else strArg(object, 2);
    const start = toIndex(a[2]), end = toIndex(a[3]);
    strArg(a[4], 5);
    e.args = tuple(a);
    e.unicode = { encoding: a[0], object, start, end, reason: a[4] };
    return null;
  });
  for (const name of ['encoding', 'object', 'start', 'end', 'reason'] as const) {
    prop(t, name, (e) => unicodeFields(e)?.[name] ?? null, (e, v) => {
      const f = unicodeFields(e);
      if (f !== undefined) f[name] = v;
    });
  }
  method(t, '__str__', (args) => {
    const e = args[0] as UnicodeErr;
    const f = unicodeFields(e);
    if (f === undefined) return argsStr(e); // made with other arguments than the five
    const start = Number(toIndex(f.start)), end = Number(toIndex(f.end));
    const head = `'${str(f.encoding)}' codec can't ${decoding ? 'decode' : 'encode'}`;
    const tail = `: ${str(f.reason)}`;
    const units = decoding ? (f.object as PyBytes).b : [...(strValue(f.object) ?? '')];
    if (start >= 0 && start < units.length && end === start + 1) {
      if (decoding) return `${head} byte 0x${((units as Uint8Array)[start]).toString(16).padStart(2, '0')} in position ${start}${tail}`;
      return `${head} character '${escapeCodePoint((units as string[])[start].codePointAt(0)!)}' in position ${start}${tail}`;
    }
    return `${head} ${decoding ? 'bytes' : 'characters'} in position ${start}-${end - 1}${tail}`;
  });
}

/** A character as CPython's UnicodeEncodeError names it: \xNN, \uNNNN or \UNNNNNNNN. */
function escapeCodePoint(cp: number): string {
  if (cp < 0x100) return '\\x' + cp.toString(16).padStart(2, '0');
  if (cp < 0x10000) return '\\u' + cp.toString(16).padStart(4, '0');
  return '\\U' + cp.toString(16).padStart(8, '0');
}
