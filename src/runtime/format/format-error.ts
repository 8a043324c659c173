// The one error type thrown by the text-formatting helpers in this folder.
// These helpers know nothing of the object model, so they cannot build
// Python exception objects; they name the Python class and carry CPython's
// exact message, and the caller turns that into a real exception.

export type FormatErrorType =
  | 'ValueError'
  | 'TypeError'
  | 'KeyError'
  | 'IndexError'
  | 'OverflowError'
  | 'MemoryError';

export class FormatError extends Error {
  readonly pyType: FormatErrorType;

  constructor(pyType: FormatErrorType, message: string) {
    super(message);
    this.name = 'FormatError';
    this.pyType = pyType;
  }
}

// JS strings cannot grow past about 2**29 code units (V8's limit); CPython
// would raise MemoryError long before a teaching program gets there, so we
// raise it too instead of letting the engine throw a RangeError.
export const MAX_STRING_LENGTH = 0x1fffffe8;

export function checkLength(n: number): void {
  if (n > MAX_STRING_LENGTH) throw new FormatError('MemoryError', '');
}
