// str: methods, special methods, formatting and codecs against CPython 3.11.

import { describe } from 'vitest';
import { caseTests, errorTests } from './run-cases.js';
import { STR_ERRORS } from './errors.js';

describe('str programs (cases/str_*.py)', () => caseTests('str_'));
// arith.ts: the str * x fast path returns undefined (not NotImplemented) for a non-int x.
const KNOWN_BUGS = {
  "'a' * 'b'": 'arith.ts repeatStr',
  "'a' * 2.0": 'arith.ts repeatStr',
};

describe('str error messages', () => errorTests(STR_ERRORS, KNOWN_BUGS));
