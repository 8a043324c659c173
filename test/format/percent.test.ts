// str % args against CPython, through a mock object model.

import { describe, expect, test } from 'vitest';
import { percentFormat } from '../../src/runtime/format/percent.js';
import { PERCENT_CASES } from './data/percent.data.js';
import { outcome } from './cases.js';
import { percentHost, pyRepr } from './mock-host.js';

describe('str % args', () => {
  test.each(PERCENT_CASES.map((c) => [c[0], pyRepr(c[1]), c[1], c[2]] as const))(
    '%j %% %s',
    (fmt, _shown, args, expected) => {
      expect(outcome(() => percentFormat(fmt, args, percentHost))).toEqual(expected);
    },
  );
});
