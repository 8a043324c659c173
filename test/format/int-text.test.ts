// str(int), bin/oct/hex, int(str, base), float(str), repr(str), ascii(str)
// and repr(bytes) against CPython.

import { describe, expect, test } from 'vitest';
import {
  bytesRepr,
  escapeNonAscii,
  floatLiteralErrorMessage,
  intToString,
  invalidIntLiteralMessage,
  parseFloatLiteral,
  parseIntLiteral,
  strAscii,
  strRepr,
} from '../../src/runtime/format/int-text.js';
import {
  BYTES_REPRS,
  FLOAT_LITERAL_MESSAGES,
  INT_LITERAL_MESSAGES,
  INT_TO_STRING,
  PARSE_FLOAT,
  PARSE_INT,
  STR_REPRS,
} from './data/int-text.data.js';
import { outcome } from './cases.js';

describe('intToString', () => {
  test.each(INT_TO_STRING)('%s in base %s', (v, base, expected) => {
    expect(outcome(() => intToString(v, base))).toEqual(expected);
  });
});

describe('parseIntLiteral', () => {
  test.each(PARSE_INT)('int(%j, %s)', (text, base, expected) => {
    const got = outcome(() => parseIntLiteral(text, base));
    expect(got).toEqual(expected);
    if (got === 0) expect(Object.is(got, -0)).toBe(false);
  });
  test.each(INT_LITERAL_MESSAGES)('message for %j', (text, base, message) => {
    expect(invalidIntLiteralMessage(text, base)).toBe(message);
  });
});

describe('parseFloatLiteral', () => {
  test.each(PARSE_FLOAT)('float(%j)', (text, expected) => {
    expect(parseFloatLiteral(text)).toBe(expected); // toBe: tells -0 from 0, NaN equals NaN
  });
  test.each(FLOAT_LITERAL_MESSAGES)('message for %j', (text, message) => {
    expect(floatLiteralErrorMessage(text)).toBe(message);
  });
});

describe('strRepr and strAscii', () => {
  test.each(STR_REPRS)('%j', (s, repr, ascii) => {
    expect(strRepr(s)).toBe(repr);
    expect(strAscii(s)).toBe(ascii);
  });
});

describe('bytesRepr', () => {
  test.each(BYTES_REPRS)('%j', (bytes, repr) => {
    expect(bytesRepr(Uint8Array.from(bytes))).toBe(repr);
  });
});

describe('escapeNonAscii', () => {
  test('ascii() of a list repr', () => {
    // ascii(['é', '😀', '\ud800', 'a\x85']) in CPython:
    expect(escapeNonAscii(`['é', '😀', '\\ud800', 'a\\x85']`)).toBe(
      "['\\xe9', '\\U0001f600', '\\ud800', 'a\\x85']",
    );
    expect(escapeNonAscii('plain')).toBe('plain');
  });
});
