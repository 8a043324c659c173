// Python exceptions: the BaseException layout, the builtin hierarchy, and the
// helpers the rest of the runtime uses to raise them.
//
// A Python exception is thrown as the PyBaseException object itself (not a JS
// Error), so raising costs no host stack capture. Anything else that reaches
// the VM's catch is a bug in pygil and is reported as an internal error.

import { PyObject, PyType, makeBuiltinType, computeMro, typeType, registerBuiltinType } from './object.js';
import { PyTuple, EMPTY_TUPLE, tuple } from './tuple.js';
import type { CodeObject } from '../compiler/code.js';

/** One traceback line: which code object, and the instruction index in it. */
export interface TbEntry {
  code: CodeObject;
  ip: number;
}

export class PyBaseException extends PyObject {
  args: PyTuple = EMPTY_TUPLE;
  /**
   * Innermost frame first, the reverse of the printed order: unwinding adds
   * each outer frame at the end (a push, where an insertion at the front
   * would make re-raising one exception object over and over quadratic).
   */
  tb: TbEntry[] = [];
  cause: PyBaseException | null = null;
  context: PyBaseException | null = null;
  suppressContext = false;
  constructor(cls: PyType) {
    super(cls);
  }
}

export const baseExceptionType = makeBuiltinType('BaseException', null, 'exception');
baseExceptionType.alloc = (cls) => {
  const e = new PyBaseException(cls);
  return e;
};

/** Every builtin exception type, by name (the builtins module exports them all). */
export const exceptionTypes = new Map<string, PyType>();
exceptionTypes.set('BaseException', baseExceptionType);

function sub(name: string, base: PyType): PyType {
  const t = new PyType(name, [base], 'exception', true, typeType);
  t.mro = computeMro(t)!;
  t.alloc = baseExceptionType.alloc;
  exceptionTypes.set(name, t);
  registerBuiltinType(t);
  return t;
}

export const SystemExit = sub('SystemExit', baseExceptionType);
export const KeyboardInterrupt = sub('KeyboardInterrupt', baseExceptionType);
export const GeneratorExit = sub('GeneratorExit', baseExceptionType);
export const Exception = sub('Exception', baseExceptionType);
export const StopIteration = sub('StopIteration', Exception);
export const StopAsyncIteration = sub('StopAsyncIteration', Exception);
export const ArithmeticError = sub('ArithmeticError', Exception);
export const FloatingPointError = sub('FloatingPointError', ArithmeticError);
export const OverflowError = sub('OverflowError', ArithmeticError);
export const ZeroDivisionError = sub('ZeroDivisionError', ArithmeticError);
export const AssertionError = sub('AssertionError', Exception);
export const AttributeError = sub('AttributeError', Exception);
export const BufferError = sub('BufferError', Exception);
export const EOFError = sub('EOFError', Exception);
export const ImportError = sub('ImportError', Exception);
export const ModuleNotFoundError = sub('ModuleNotFoundError', ImportError);
export const LookupError = sub('LookupError', Exception);
export const IndexError = sub('IndexError', LookupError);
export const KeyError = sub('KeyError', LookupError);
export const MemoryError = sub('MemoryError', Exception);
export const NameError = sub('NameError', Exception);
export const UnboundLocalError = sub('UnboundLocalError', NameError);
export const OSError = sub('OSError', Exception);
export const BlockingIOError = sub('BlockingIOError', OSError);
export const ChildProcessError = sub('ChildProcessError', OSError);
export const ConnectionError = sub('ConnectionError', OSError);
export const BrokenPipeError = sub('BrokenPipeError', ConnectionError);
export const ConnectionAbortedError = sub('ConnectionAbortedError', ConnectionError);
export const ConnectionRefusedError = sub('ConnectionRefusedError', ConnectionError);
export const ConnectionResetError = sub('ConnectionResetError', ConnectionError);
export const FileExistsError = sub('FileExistsError', OSError);
export const FileNotFoundError = sub('FileNotFoundError', OSError);
export const InterruptedError = sub('InterruptedError', OSError);
export const IsADirectoryError = sub('IsADirectoryError', OSError);
export const NotADirectoryError = sub('NotADirectoryError', OSError);
export const PermissionError = sub('PermissionError', OSError);
export const ProcessLookupError = sub('ProcessLookupError', OSError);
export const TimeoutError = sub('TimeoutError', OSError);
export const ReferenceError = sub('ReferenceError', Exception);
export const RuntimeError = sub('RuntimeError', Exception);
export const NotImplementedError = sub('NotImplementedError', RuntimeError);
export const RecursionError = sub('RecursionError', RuntimeError);
export const SyntaxError = sub('SyntaxError', Exception);
export const IndentationError = sub('IndentationError', SyntaxError);
export const TabError = sub('TabError', IndentationError);
export const SystemError = sub('SystemError', Exception);
export const TypeError = sub('TypeError', Exception);
export const ValueError = sub('ValueError', Exception);
export const UnicodeError = sub('UnicodeError', ValueError);
export const UnicodeDecodeError = sub('UnicodeDecodeError', UnicodeError);
export const UnicodeEncodeError = sub('UnicodeEncodeError', UnicodeError);
export const Warning = sub('Warning', Exception);
export const DeprecationWarning = sub('DeprecationWarning', Warning);
export const PendingDeprecationWarning = sub('PendingDeprecationWarning', Warning);
export const RuntimeWarning = sub('RuntimeWarning', Warning);
export const SyntaxWarning = sub('SyntaxWarning', Warning);
export const UserWarning = sub('UserWarning', Warning);
export const FutureWarning = sub('FutureWarning', Warning);
export const ImportWarning = sub('ImportWarning', Warning);
export const UnicodeWarning = sub('UnicodeWarning', Warning);
export const BytesWarning = sub('BytesWarning', Warning);
export const ResourceWarning = sub('ResourceWarning', Warning);

// Exception groups (PEP 654): ExceptionGroup is both a BaseExceptionGroup
// and an Exception. Their methods live in types/exception-group.ts.
export class PyExceptionGroup extends PyBaseException {
  message = '';
  exceptions: PyTuple = EMPTY_TUPLE;
}
export const BaseExceptionGroup = sub('BaseExceptionGroup', baseExceptionType);
BaseExceptionGroup.alloc = (cls) => new PyExceptionGroup(cls);
export const ExceptionGroup = new PyType('ExceptionGroup', [BaseExceptionGroup, Exception], 'exception', true, typeType);
ExceptionGroup.mro = computeMro(ExceptionGroup)!;
ExceptionGroup.alloc = BaseExceptionGroup.alloc;
exceptionTypes.set('ExceptionGroup', ExceptionGroup);
registerBuiltinType(ExceptionGroup);

// Python 3.11 spells these as aliases of OSError.
exceptionTypes.set('EnvironmentError', OSError);
exceptionTypes.set('IOError', OSError);

/** Builds an exception instance of `type` with the given args. */
export function newException(type: PyType, args: unknown[]): PyBaseException {
  const e = (type.alloc ?? baseExceptionType.alloc!)(type) as PyBaseException;
  e.args = tuple(args);
  return e;
}

/** Builds an exception with a single message argument. */
export function pyErr(type: PyType, msg: string): PyBaseException {
  return newException(type, [msg]);
}

export function isException(v: unknown): v is PyBaseException {
  return v instanceof PyBaseException;
}

export function isExceptionType(v: unknown): v is PyType {
  return v instanceof PyType && v.isSubtypeOf(baseExceptionType);
}

/** True when `e` is an instance of exception type `t` (or a subclass). */
export function excMatches(e: PyBaseException, t: PyType): boolean {
  return e.cls.isSubtypeOf(t);
}

// Small helpers that read well at raise sites: `throw typeError('...')`.
export const typeError = (msg: string) => pyErr(TypeError, msg);
export const valueError = (msg: string) => pyErr(ValueError, msg);
export const indexError = (msg: string) => pyErr(IndexError, msg);
export const attributeError = (msg: string) => pyErr(AttributeError, msg);
export const zeroDivisionError = (msg: string) => pyErr(ZeroDivisionError, msg);
export const overflowError = (msg: string) => pyErr(OverflowError, msg);
export const runtimeError = (msg: string) => pyErr(RuntimeError, msg);

export function keyError(key: unknown): PyBaseException {
  return newException(KeyError, [key]);
}

