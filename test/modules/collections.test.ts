// The collections module: CPython-recorded cases (data/collections.cases.ts, made by
// make-expectations.py), plus the behaviour that is pygil's own.

import { describe } from 'vitest';
import { cases } from './data/collections.cases.js';
import { runCases } from './run.js';

describe('collections: same output as CPython', () => runCases(cases));
