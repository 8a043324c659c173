// format(value, spec) and the conversions of f-strings (!s, !r, !a): the
// bridge between the object model and the pure formatting library.

import { PyFloat, PyObject, typeOf, objectType } from './object.js';
import { str, repr, callDescr, typeName } from './ops.js';
import { formatInt, formatFloat, formatStr } from './format/format-spec.js';
import { escapeNonAscii } from './format/int-text.js';
import { typeError } from './exceptions.js';
import { PyBuiltin } from './function.js';

export function ascii(v: unknown): string {
  return escapeNonAscii(repr(v));
}

/** FORMAT_VALUE: conversion 0 none, 1 str, 2 repr, 3 ascii; then format(). */
export function formatValue(v: unknown, conversion: number, spec: string): string {
  if (conversion === 1) v = str(v);
  else if (conversion === 2) v = repr(v);
  else if (conversion === 3) v = ascii(v);
  if (spec === '' && typeof v === 'string') return v;
  return format(v, spec);
}

/** The builtin format(v, spec): type(v).__format__(v, spec). */
export function format(v: unknown, spec: string): string {
  switch (typeof v) {
    case 'string': return formatStr(v, spec);
    case 'number': case 'bigint': return formatInt(v, spec);
    case 'boolean':
      return spec === '' ? (v ? 'True' : 'False') : formatInt(v ? 1 : 0, spec, 'bool');
  }
  if (v instanceof PyFloat && v.cls.builtin) return formatFloat(v.v, spec);
  const f = typeOf(v).lookup('__format__');
  if (f === objectFormat || f === undefined) return objectFormatImpl(v, spec);
  // A subclass of str, int or float formatted with an empty spec is str(v),
  // so an __str__ (or __repr__) it overrides is used, as in CPython.
  if (spec === '' && v instanceof PyObject && !v.cls.builtin && f instanceof PyBuiltin && f.owner !== null &&
    f.owner.builtin && f.owner !== objectType) {
    return str(v);
  }
  const r = callDescr(f, v, [spec]);
  if (typeof r !== 'string') throw typeError(`__format__ must return a str, not ${typeName(r)}`);
  return r;
}

function objectFormatImpl(v: unknown, spec: string): string {
  if (spec !== '') throw typeError(`unsupported format string passed to ${typeName(v)}.__format__`);
  return str(v);
}

export const objectFormat = new PyBuiltin('__format__', (args) => {
  if (args.length !== 2) throw typeError(`object.__format__() takes exactly one argument (${args.length - 1} given)`);
  const spec = args[1];
  if (typeof spec !== 'string') throw typeError(`__format__() argument must be str, not ${typeName(spec)}`);
  // Called directly (object.__format__(1, 'd')), it is object's own, whatever v is.
  return objectFormatImpl(args[0], spec);
}, true);
objectType.ns.set('__format__', objectFormat);
