// The operator module: CPython-recorded cases (data/operator.cases.ts, made by
// make-expectations.py), plus the behaviour that is pygil's own.

import { describe } from 'vitest';
import { cases } from './data/operator.cases.js';
import { runCases } from './run.js';

describe('operator: same output as CPython', () => runCases(cases));
