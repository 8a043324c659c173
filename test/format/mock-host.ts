// A tiny stand-in for pygil's object model, enough to drive the host
// interfaces of percent.ts and str-format.ts in tests. Python values are
// JS strings (str), numbers/bigints (int), booleans (bool), null (None), and
// the small wrapper classes below; the data files build them with F, T, D.

import type { PercentHost } from '../../src/runtime/format/percent.js';
import type { StrFormatHost } from '../../src/runtime/format/str-format.js';
import { floatRepr } from '../../src/runtime/format/float-repr.js';
import { strRepr } from '../../src/runtime/format/int-text.js';
import { formatFloat, formatInt, formatStr } from '../../src/runtime/format/format-spec.js';

export class PyFloat {
  constructor(readonly value: number) {}
}
export class PyTuple {
  constructor(readonly items: unknown[]) {}
}
export class PyDict {
  constructor(readonly map: Map<unknown, unknown>) {}
}
/** Mirrors class Obj in generate-expectations.py: x = 5, repr 'O!', str 'Ostr', format 'F[spec]'. */
export class Obj {}

export const F = (x: number): PyFloat => new PyFloat(x);
export const T = (...items: unknown[]): PyTuple => new PyTuple(items);
export const D = (entries: [unknown, unknown][]): PyDict => new PyDict(new Map(entries));

/** An exception the mock object model raises (the real VM would raise a Python exception). */
export class MockPyError extends Error {
  constructor(
    readonly pyType: string,
    message: string,
  ) {
    super(message);
  }
}

export function typeName(v: unknown): string {
  if (v === null) return 'NoneType';
  if (typeof v === 'string') return 'str';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number' || typeof v === 'bigint') return 'int';
  if (v instanceof PyFloat) return 'float';
  if (v instanceof PyTuple) return 'tuple';
  if (v instanceof PyDict) return 'dict';
  if (Array.isArray(v)) return 'list';
  if (v instanceof Obj) return 'Obj';
  return 'object';
}

export function pyRepr(v: unknown): string {
  if (v === null) return 'None';
  if (typeof v === 'string') return strRepr(v);
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'number' || typeof v === 'bigint') return v.toString();
  if (v instanceof PyFloat) return floatRepr(v.value);
  if (v instanceof PyTuple) {
    const parts = v.items.map(pyRepr);
    return parts.length === 1 ? `(${parts[0]},)` : `(${parts.join(', ')})`;
  }
  if (Array.isArray(v)) return `[${v.map(pyRepr).join(', ')}]`;
  if (v instanceof PyDict) {
    return `{${[...v.map].map(([k, x]) => `${pyRepr(k)}: ${pyRepr(x)}`).join(', ')}}`;
  }
  if (v instanceof Obj) return 'O!';
  throw new Error('mock repr: unknown value');
}

export function pyStr(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v instanceof Obj) return 'Ostr';
  return pyRepr(v);
}

/** ascii(v): repr(v) with non-ASCII characters backslash-escaped. */
export function pyAscii(v: unknown): string {
  let out = '';
  for (const ch of pyRepr(v)) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out += ch;
    else if (cp <= 0xff) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp <= 0xffff) out += '\\u' + cp.toString(16).padStart(4, '0');
    else out += '\\U' + cp.toString(16).padStart(8, '0');
  }
  return out;
}

function getItem(v: unknown, key: unknown): unknown {
  if (v instanceof PyDict) {
    if (!v.map.has(key)) throw new MockPyError('KeyError', pyRepr(key));
    return v.map.get(key);
  }
  const seq = typeof v === 'string' ? v : Array.isArray(v) ? v : v instanceof PyTuple ? v.items : null;
  if (seq === null) throw new MockPyError('TypeError', `'${typeName(v)}' object is not subscriptable`);
  const kind = typeName(v) === 'str' ? 'string' : typeName(v);
  if (typeof key !== 'number' && typeof key !== 'bigint') {
    throw new MockPyError('TypeError', `${kind} indices must be integers or slices, not ${typeName(key)}`);
  }
  const i = key < 0 ? Number(key) + seq.length : Number(key);
  if (i < 0 || i >= seq.length) throw new MockPyError('IndexError', `${kind} index out of range`);
  return seq[i];
}

export const percentHost: PercentHost = {
  isTuple: (v) => v instanceof PyTuple,
  tupleItems: (v) => (v as PyTuple).items,
  isMapping: (v) => v instanceof PyDict || Array.isArray(v) || v instanceof PyTuple,
  getItem: (m, key) => getItem(m, key),
  str: pyStr,
  repr: pyRepr,
  ascii: pyAscii,
  typeName,
  isFloat: (v) => v instanceof PyFloat,
  toIntForFormat: (v) => (typeof v === 'number' || typeof v === 'bigint' ? v : typeof v === 'boolean' ? +v : null),
  toIntForDecimal: (v) => (typeof v === 'number' || typeof v === 'bigint' ? v : typeof v === 'boolean' ? +v : null),
  strSubclassText: () => null, // the mock has no str subclasses
  toFloat: (v) => {
    if (v instanceof PyFloat) return v.value;
    if (typeof v === 'number' || typeof v === 'boolean') return +v;
    if (typeof v === 'bigint') {
      const x = Number(v);
      if (!Number.isFinite(x)) throw new MockPyError('OverflowError', 'int too large to convert to float');
      return x;
    }
    return null;
  },
};

export const strFormatHost: StrFormatHost = {
  getAttr: (v, name) => {
    if (v instanceof Obj && name === 'x') return 5;
    throw new MockPyError('AttributeError', `'${typeName(v)}' object has no attribute '${name}'`);
  },
  getItem,
  formatValue: (v, spec) => {
    if (typeof v === 'number' || typeof v === 'bigint') return formatInt(v, spec);
    if (typeof v === 'boolean') return spec === '' ? pyStr(v) : formatInt(v ? 1 : 0, spec, 'bool');
    if (v instanceof PyFloat) return formatFloat(v.value, spec);
    if (typeof v === 'string') return formatStr(v, spec);
    if (v instanceof Obj) return `F[${spec}]`;
    if (spec === '') return pyStr(v);
    throw new MockPyError('TypeError', `unsupported format string passed to ${typeName(v)}.__format__`);
  },
  str: pyStr,
  repr: pyRepr,
  ascii: pyAscii,
};
