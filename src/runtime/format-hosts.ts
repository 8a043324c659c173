// The object-model callbacks that the pure formatting library needs
// (percent formatting and str.format), implemented once.

import type { PercentHost } from './format/percent.js';
import type { StrFormatHost } from './format/str-format.js';
import { PyFloat, typeOf } from './object.js';
import { PyTuple } from './tuple.js';
import { str, repr, getItem, getAttr, typeName, toIndex, callDescr } from './ops.js';
import { ascii, format } from './format-value.js';
import { intToFloat } from './int-math.js';
import { typeError } from './exceptions.js';

export const percentHost: PercentHost = {
  isTuple: (v) => v instanceof PyTuple,
  tupleItems: (v) => (v as PyTuple).items,
  isMapping: (v) => !(v instanceof PyTuple) && typeof v !== 'string' && typeOf(v).lookup('__getitem__') !== undefined,
  getItem: (m, k) => getItem(m, k),
  str,
  repr,
  ascii,
  typeName,
  isFloat: (v) => v instanceof PyFloat,
  toIntForFormat: (v) => {
    if (typeof v === 'number' || typeof v === 'bigint') return v;
    if (typeof v === 'boolean') return v ? 1 : 0;
    if (v instanceof PyFloat) return null;
    if (typeOf(v).lookup('__index__') === undefined) return null;
    return toIndex(v);
  },
  toFloat: (v) => {
    if (v instanceof PyFloat) return v.v;
    if (typeof v === 'number') return v;
    if (typeof v === 'bigint') return intToFloat(v);
    if (typeof v === 'boolean') return v ? 1 : 0;
    const f = typeOf(v).lookup('__float__');
    if (f === undefined) return null;
    const r = callDescr(f, v, []);
    if (!(r instanceof PyFloat)) throw typeError(`${typeName(v)}.__float__ returned non-float (type ${typeName(r)})`);
    return r.v;
  },
};

export const strFormatHost: StrFormatHost = {
  getAttr: (v, name) => getAttr(v, name),
  getItem: (v, k) => getItem(v, k),
  formatValue: (v, spec) => format(v, spec),
  str,
  repr,
  ascii,
};
