// The functools module: CPython-recorded cases (data/functools.cases.ts, made by
// make-expectations.py), plus the behaviour that is pygil's own.

import { describe } from 'vitest';
import { cases } from './data/functools.cases.js';
import { runCases } from './run.js';

describe('functools: same output as CPython', () => runCases(cases));
