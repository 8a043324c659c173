// int, bool, float and the numeric builtins (abs, round, divmod, pow, hex,
// oct, bin) against CPython 3.11.

import { describe } from 'vitest';
import { caseTests, errorTests } from './run-cases.js';
import { NUMBER_ERRORS } from './errors.js';

describe('int programs (cases/int_*.py)', () => caseTests('int_'));
describe('float programs (cases/float_*.py)', () => caseTests('float_'));
describe('numeric builtins (cases/numeric_*.py)', () => caseTests('numeric_'));
// ops.str/ops.repr convert bigints with toString(), skipping the 4300-digit cap.
const KNOWN_BUGS = { 'str(10**5000)': 'ops.ts str()' };

describe('number error messages', () => errorTests(NUMBER_ERRORS, KNOWN_BUGS));
