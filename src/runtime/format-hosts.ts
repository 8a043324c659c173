// The object-model callbacks that the pure formatting library needs
// (percent formatting and str.format), implemented once.

import type { PercentHost } from './format/percent.js';
import type { StrFormatHost } from './format/str-format.js';
import { PyFloat, typeOf } from './object.js';
import { PyTuple } from './tuple.js';
import { str, repr, getItem, getAttr, typeName, toIndex, callDescr } from './ops.js';
import { PyBytes, latin1Bytes, latin1String } from './bytes.js';
import { ascii, format } from './format-value.js';
import { PyBaseException, TypeError, excMatches, typeError } from './exceptions.js';
import { toInt } from './types/int-type.js';
import { strValue } from './types/str-type.js';
import { realToFloat } from './types/float-type.js';

const NUMBER_SLOTS = ['__index__', '__int__', '__float__'];

export const percentHost: PercentHost = {
  isTuple: (v) => v instanceof PyTuple,
  tupleItems: (v) => (v as PyTuple).items,
  isMapping: (v) => !(v instanceof PyTuple) && strValue(v) === undefined && typeOf(v).lookup('__getitem__') !== undefined,
  getItem: (m, k) => getItem(m, k),
  str,
  repr,
  ascii,
  typeName,
  strSubclassText: (v) => (typeof v === 'string' ? v : strValue(v) ?? null),
  isFloat: (v) => v instanceof PyFloat,
  toIntForFormat: (v) => {
    if (typeof v === 'number' || typeof v === 'bigint') return v;
    if (typeof v === 'boolean') return v ? 1 : 0;
    if (v instanceof PyFloat) return null;
    if (typeOf(v).lookup('__index__') === undefined) return null;
    return toIndex(v);
  },
  toIntForDecimal: (v) => {
    if (typeof v === 'number' || typeof v === 'bigint') return v;
    if (typeof v === 'boolean') return v ? 1 : 0;
    // CPython's PyNumber_Check: only number-like objects are passed to int(),
    // so a str subclass is "not a real number" rather than parsed.
    const t = typeOf(v);
    if (!NUMBER_SLOTS.some((name) => t.lookup(name) !== undefined)) return null;
    try {
      return toInt(v);
    } catch (e) {
      // int() refusing the object is the same "real number is required" error.
      if (e instanceof PyBaseException && excMatches(e, TypeError)) return null;
      throw e;
    }
  },
  // PyFloat_AsDouble: __float__, else __index__.
  toFloat: (v) => {
    if (typeof v === 'number') return v;
    if (typeof v === 'boolean') return v ? 1 : 0;
    return realToFloat(v) ?? null;
  },
};

/**
 * The host for bytes % args: the format string and result are latin-1
 * strings, %s/%b/%c take bytes, and %(key) looks the key up as bytes.
 */
export const bytesPercentHost: PercentHost = {
  ...percentHost,
  isMapping: (v) => !(v instanceof PyBytes) && percentHost.isMapping(v),
  getItem: (m, k) => getItem(m, new PyBytes(latin1Bytes(k))),
  bytesOf: (v) => {
    if (v instanceof PyBytes) return latin1String(v.b);
    const f = typeOf(v).lookup('__bytes__');
    if (f === undefined || f === null) return null;
    const r = callDescr(f, v, []);
    if (!(r instanceof PyBytes)) throw typeError(`__bytes__ returned non-bytes (type ${typeName(r)})`);
    return latin1String(r.b);
  },
  isBytesLike: (v) => v instanceof PyBytes,
};

export const strFormatHost: StrFormatHost = {
  getAttr: (v, name) => getAttr(v, name),
  getItem: (v, k) => getItem(v, k),
  formatValue: (v, spec) => format(v, spec),
  str,
  repr,
  ascii,
};
