// str.format against CPython, through a mock object model.

import { describe, expect, test } from 'vitest';
import {
  MarkupIterator,
  splitFieldName,
  strFormat,
  strFormatMap,
} from '../../src/runtime/format/str-format.js';
import { STRFORMAT_CASES } from './data/str-format.data.js';
import { outcome } from './cases.js';
import { MockPyError, strFormatHost } from './mock-host.js';

describe('str.format', () => {
  test.each(STRFORMAT_CASES)('%j', (fmt, args, kwargs, expected) => {
    const kw = new Map(Object.entries(kwargs));
    expect(outcome(() => strFormat(fmt, args, kw, strFormatHost))).toEqual(expected);
  });
});

describe('markup parser', () => {
  test('chunks', () => {
    const it = new MarkupIterator('a{{b}}c{0.x[1]!r:>{w}}d');
    const chunks = [];
    for (let c = it.next(); c !== null; c = it.next()) chunks.push(c);
    expect(chunks).toEqual([
      { literal: 'a{' },
      { literal: 'b}' },
      { literal: 'c', field: { name: '0.x[1]', conversion: 'r', spec: '>{w}', specHasFields: true } },
      { literal: 'd' },
    ]);
  });

  test('field names', () => {
    expect(splitFieldName('0.x[1][k]')).toEqual({
      first: 0,
      rest: [{ attr: 'x' }, { key: 1 }, { key: 'k' }],
    });
    expect(splitFieldName('')).toEqual({ first: '', rest: [] });
    expect(splitFieldName('name')).toEqual({ first: 'name', rest: [] });
  });
});

describe('str.format_map', () => {
  // A dict subclass whose __missing__ returns '<key>' (expectations from CPython).
  const lookup = (key: string): unknown => (key === 'a' ? 'xy' : `<${key}>`);
  test.each([
    ['{a} {b}', 'xy <b>'],
    ['{0}', ['!', 'ValueError', 'Format string contains positional fields']],
    ['{}', ['!', 'ValueError', 'Format string contains positional fields']],
    ['{a[0]}', 'x'],
    ['{a!r:>6}', "  'xy'"],
  ])('%j', (fmt, expected) => {
    expect(outcome(() => strFormatMap(fmt, lookup, strFormatHost))).toEqual(expected);
  });

  test('the mapping raises its own KeyError', () => {
    const strict = (key: string): unknown => {
      throw new MockPyError('KeyError', `'${key}'`);
    };
    expect(outcome(() => strFormatMap('{zz}', strict, strFormatHost))).toEqual(['!', 'KeyError', "'zz'"]);
  });
});
