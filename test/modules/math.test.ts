// The math module against CPython 3.11. The programs and expected outputs
// live with the number tests (test/types/cases/math_*.py, errors.ts), made
// by test/types/generate-expectations.py from python3.

import { describe } from 'vitest';
import '../../src/modules/math.js';
import { caseTests, errorTests } from '../types/run-cases.js';
import { MATH_ERRORS } from '../types/errors.js';

describe('math programs (test/types/cases/math_*.py)', () => caseTests('math_'));
describe('math error messages', () => errorTests(MATH_ERRORS));
