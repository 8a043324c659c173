// The str methods against CPython: a corpus of strings (ASCII, CJK, Greek
// sigma, ligatures, exotic whitespace and line breaks) through every method.

import { describe, expect, test } from 'vitest';
import * as m from '../../src/runtime/format/str-methods.js';
import {
  MAKETRANS_CASES,
  MAKETRANS_DICT_CASES,
  METHOD_CASES,
  TRANSLATE_CASES,
} from './data/str-methods.data.js';
import { outcome } from './cases.js';

type Method = (s: string, ...args: any[]) => unknown;

const METHODS: Record<string, Method> = {
  split: m.split, rsplit: m.rsplit, splitlines: m.splitlines,
  find: m.find, rfind: m.rfind, index: m.index, rindex: m.rindex, count: m.count,
  startswith: m.startswith, endswith: m.endswith,
  strip: m.strip, lstrip: m.lstrip, rstrip: m.rstrip,
  center: m.center, ljust: m.ljust, rjust: m.rjust, zfill: m.zfill,
  replace: m.replace, expandtabs: m.expandtabs,
  partition: m.partition, rpartition: m.rpartition,
  removeprefix: m.removeprefix, removesuffix: m.removesuffix,
  upper: m.upper, lower: m.lower, casefold: m.casefold, swapcase: m.swapcase,
  title: m.title, capitalize: m.capitalize,
  isdigit: m.isdigit, isdecimal: m.isdecimal, isnumeric: m.isnumeric, isalpha: m.isalpha,
  isalnum: m.isalnum, isspace: m.isspace, isupper: m.isupper, islower: m.islower,
  istitle: m.istitle, isidentifier: m.isidentifier, isprintable: m.isprintable, isascii: m.isascii,
};

describe('str methods', () => {
  test.each(METHOD_CASES)('%j.%s(%j)', (s, name, args, expected) => {
    expect(outcome(() => METHODS[name](s, ...args))).toEqual(expected);
  });
});

describe('maketrans and translate', () => {
  test.each(MAKETRANS_CASES)('maketrans(%j)', (args, expected) => {
    expect(outcome(() => [...m.maketrans(args[0], args[1], args[2]).entries()])).toEqual(expected);
  });
  test.each(MAKETRANS_DICT_CASES)('maketrans(%j)', (entries, expected) => {
    expect(outcome(() => [...m.maketransFromDict(entries).entries()])).toEqual(expected);
  });
  test.each(TRANSLATE_CASES)('%j.translate(%j)', (s, table, expected) => {
    expect(outcome(() => m.translate(s, new Map(table)))).toEqual(expected);
  });
  test('a lookup function stands for a dict', () => {
    expect(m.translate('abc', (cp) => (cp === 98 ? 'B' : undefined))).toBe('aBc');
  });
});

describe('joinStrings', () => {
  test('joins', () => {
    expect(m.joinStrings(', ', ['a', 'b', 'c'])).toBe('a, b, c');
    expect(m.joinStrings('-', [])).toBe('');
  });
});
