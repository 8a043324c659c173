// format(value, spec) for int, float, bool and str against CPython.

import { describe, expect, test } from 'vitest';
import {
  formatFloat,
  formatInt,
  formatStr,
  parseFormatSpec,
} from '../../src/runtime/format/format-spec.js';
import { FORMAT_CASES } from './data/format-spec.data.js';
import { outcome } from './cases.js';

function format(kind: string, v: number | bigint | string, spec: string): string {
  switch (kind) {
    case 'i':
      return formatInt(v as number | bigint, spec);
    case 'b':
      return formatInt(v as number, spec, 'bool');
    case 'f':
      return formatFloat(v as number, spec);
    default:
      return formatStr(v as string, spec);
  }
}

describe('format()', () => {
  test.each(FORMAT_CASES)('%s %s with %j', (kind, v, spec, expected) => {
    expect(outcome(() => format(kind, v, spec))).toEqual(expected);
  });
});

describe('parseFormatSpec', () => {
  test('all the fields', () => {
    expect(parseFormatSpec('*^+z#012,.3f', '', '>', 'float')).toEqual({
      fill: '*',
      align: '^',
      sign: '+',
      noNegZero: true,
      alternate: true,
      width: 12,
      grouping: ',',
      precision: 3,
      type: 'f',
    });
  });

  test("'0' sets zero fill and, for numbers, '=' alignment", () => {
    expect(parseFormatSpec('05', 'd', '>')).toMatchObject({ fill: '0', align: '=', width: 5 });
    expect(parseFormatSpec('05', 's', '<')).toMatchObject({ fill: '0', align: '<', width: 5 });
    expect(parseFormatSpec('<05', 'd', '>')).toMatchObject({ fill: '0', align: '<', width: 5 });
  });

  test('defaults', () => {
    expect(parseFormatSpec('', 'd', '>')).toMatchObject({ type: 'd', width: -1, precision: -1, align: '>' });
  });
});
