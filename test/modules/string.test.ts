// The string module: CPython-recorded cases (data/string.cases.ts, made by
// make-expectations.py), plus the behaviour that is pygil's own.

import { describe } from 'vitest';
import { cases } from './data/string.cases.js';
import { runCases } from './run.js';

describe('string: same output as CPython', () => runCases(cases));
