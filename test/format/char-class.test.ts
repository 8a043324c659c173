// Per-character Unicode classes and case mappings over the whole BMP,
// against CPython 3.11's unicodedata (Unicode 14). The JS engine's Unicode
// is newer; characters unassigned in Unicode 14 are skipped, and the few
// assigned characters whose properties changed since are listed.

import { describe, expect, test } from 'vitest';
import * as m from '../../src/runtime/format/str-methods.js';
import { decimalValueAt } from '../../src/runtime/format/char-class.js';
import {
  BMP_CLASSES,
  CASE_MAPPINGS,
  DECIMAL_ZEROS,
  UNASSIGNED_IN_UNICODE_14,
} from './data/unicode.data.js';

function parseRanges(text: string): Set<number> {
  const set = new Set<number>();
  for (const r of text.split(' ')) {
    if (r === '') continue;
    const [a, b] = r.split('-').map((h) => parseInt(h, 16));
    for (let c = a; c <= (b ?? a); c++) set.add(c);
  }
  return set;
}

const unassigned = parseRanges(UNASSIGNED_IN_UNICODE_14);

// Assigned characters whose properties Unicode changed after version 14.
const CHANGED_SINCE_14: Record<string, number[]> = {
  // U+0295 stopped being lowercase; modifier letters U+10FC, U+A7F2-A7F4 and
  // U+AB69 became Other_Lowercase.
  islower: [0x295, 0x10fc, 0xa7f2, 0xa7f3, 0xa7f4, 0xab69],
};

const PREDICATES: Record<string, (s: string) => boolean> = {
  isalpha: m.isalpha, isdecimal: m.isdecimal, isdigit: m.isdigit, isnumeric: m.isnumeric,
  isalnum: m.isalnum, isspace: m.isspace, isupper: m.isupper, islower: m.islower,
  isprintable: m.isprintable, isidentifier: m.isidentifier, istitle: m.istitle,
};

describe('character classes over the BMP', () => {
  test.each(Object.keys(PREDICATES))('%s', (name) => {
    const expected = parseRanges(BMP_CLASSES[name]);
    const changed = new Set(CHANGED_SINCE_14[name] ?? []);
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if ((c >= 0xd800 && c <= 0xdfff) || unassigned.has(c) || changed.has(c)) continue;
      if (PREDICATES[name](String.fromCharCode(c)) !== expected.has(c)) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });
});

describe('case mappings of single characters', () => {
  test('upper, lower, title, casefold, swapcase, capitalize', () => {
    const wrong: string[] = [];
    for (const [c, ...maps] of CASE_MAPPINGS) {
      if (unassigned.has(c)) continue;
      const ch = String.fromCharCode(c);
      const got = [m.upper(ch), m.lower(ch), m.title(ch), m.casefold(ch), m.swapcase(ch), m.capitalize(ch)];
      if (got.join('|') !== maps.join('|')) wrong.push(`${c.toString(16)}: ${got} != ${maps}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('decimal digit values', () => {
  test('every Unicode decimal digit, astral ones included', () => {
    for (const zero of DECIMAL_ZEROS) {
      for (let d = 0; d < 10; d++) {
        expect(decimalValueAt(String.fromCodePoint(zero + d), 0)).toBe(d);
      }
    }
    expect(decimalValueAt('x', 0)).toBe(-1);
    expect(decimalValueAt('²', 0)).toBe(-1);
  });
});
