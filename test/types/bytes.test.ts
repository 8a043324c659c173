// bytes: construction, methods and the utf-8/ascii/latin-1 codecs against CPython 3.11.

import { describe } from 'vitest';
import { caseTests, errorTests } from './run-cases.js';
import { BYTES_ERRORS } from './errors.js';

describe('bytes programs (cases/bytes_*.py)', () => caseTests('bytes_'));
describe('bytes error messages', () => errorTests(BYTES_ERRORS));
