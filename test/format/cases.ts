// Shapes of the generated expectation tables in data/, and the helper that
// turns a thrown error into the same ['!', type, message] form the
// generator records for a Python exception.

import { FormatError } from '../../src/runtime/format/format-error.js';
import { MockPyError } from './mock-host.js';

/** A value, or the Python exception CPython raised: ['!', 'ValueError', 'message']. */
export type Expected<T> = T | ['!', string, string];

export type FormatCase = ['i' | 'f' | 's' | 'b', number | bigint | string, string, Expected<string>];
export type PercentCase = [string, unknown, Expected<string>];
export type StrFormatCase = [string, unknown[], Record<string, unknown>, Expected<string>];
export type MethodCase = [string, string, unknown[], unknown];
export type MaketransCase = [string[], Expected<[number, number | null][]>];
export type MaketransDictCase = [[number | string, unknown][], Expected<[number, unknown][]>];
export type TranslateCase = [string, [number, number | string | null][], Expected<string>];

/** Runs fn, catching the errors our code raises in the shape the tables use. */
export function outcome<T>(fn: () => T): Expected<T> {
  try {
    return fn();
  } catch (e) {
    if (e instanceof FormatError || e instanceof MockPyError) return ['!', e.pyType, e.message];
    throw e;
  }
}
