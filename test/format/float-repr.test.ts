// repr(float) against CPython for special values, boundaries and random doubles.

import { describe, expect, test } from 'vitest';
import {
  fixedDigits,
  floatRepr,
  floatToText,
  significantDigits,
} from '../../src/runtime/format/float-repr.js';
import { FLOAT_REPRS } from './data/float-repr.data.js';

function fromBits(hex: string): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setUint32(0, parseInt(hex.slice(0, 8), 16));
  view.setUint32(4, parseInt(hex.slice(8), 16));
  return view.getFloat64(0);
}

describe('floatRepr', () => {
  test.each(FLOAT_REPRS)('bits %s -> %s', (bits, repr) => {
    expect(floatRepr(fromBits(bits))).toBe(repr);
  });

  test('nan and the layout examples', () => {
    expect(floatRepr(NaN)).toBe('nan');
    expect(floatRepr(1e16)).toBe('1e+16');
    expect(floatRepr(1e-5)).toBe('1e-05');
    expect(floatRepr(1000000000000000.0)).toBe('1000000000000000.0');
    expect(floatRepr(123456789012345.67)).toBe('123456789012345.67');
  });
});

describe('exact digits', () => {
  test('ties round half to even on the exact binary value', () => {
    expect(fixedDigits(0.125, 2)).toBe('12');
    expect(fixedDigits(0.375, 2)).toBe('38');
    expect(fixedDigits(2.5, 0)).toBe('2');
    expect(fixedDigits(3.5, 0)).toBe('4');
    expect(fixedDigits(2.675, 2)).toBe('267'); // 2.67499999...
    expect(fixedDigits(1e22, 0)).toBe('10000000000000000000000');
  });

  test('significant digits carry into a new decade', () => {
    expect(significantDigits(9.99, 2)).toEqual({ digits: '10', decpt: 2 });
    expect(significantDigits(0.000999999, 3)).toEqual({ digits: '100', decpt: -2 });
    expect(significantDigits(5e-324, 3)).toEqual({ digits: '494', decpt: -323 });
  });

  test('floatToText layouts', () => {
    expect(floatToText(0.1, 'f', 120)).toBe(
      '0.100000000000000005551115123125782702118158340454101562500000000000000000000000000000000000000000000000000000000000000000',
    );
    expect(floatToText(-0.0, 'f', 1, false, false, true)).toBe('0.0');
    expect(floatToText(-0.04, 'f', 1)).toBe('-0.0');
    expect(floatToText(1.0, 'g', 0, true)).toBe('1.');
    expect(floatToText(123.0, 'g', 3, false, true)).toBe('1.23e+02');
  });
});
