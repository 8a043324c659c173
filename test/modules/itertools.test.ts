// The itertools module: CPython-recorded cases (data/itertools.cases.ts, made by
// make-expectations.py), plus the behaviour that is pygil's own.

import { describe } from 'vitest';
import { cases } from './data/itertools.cases.js';
import { runCases } from './run.js';

describe('itertools: same output as CPython', () => runCases(cases));
