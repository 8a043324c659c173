/// <reference types="node" />
// Re-verifies cases.ts against CPython: PYGIL_CHECK_CPYTHON=1 npx vitest run test/threads
// (skipped otherwise, so the suite does not need python3). Each race-free case
// is run three times, so an expectation that only holds by luck shows up.

import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cases } from './cases.js';

const enabled = process.env.PYGIL_CHECK_CPYTHON === '1';
const python = process.env.PYTHON ?? 'python3';

describe.skipIf(!enabled)('cases.ts agrees with CPython', () => {
  for (const c of cases.filter((x) => x.cpython)) {
    it(c.name, () => {
      for (let i = 0; i < 3; i++) {
        const r = spawnSync(python, ['-c', c.src], { encoding: 'utf8', timeout: 30_000 });
        expect(r.stdout).toBe(c.stdout);
        expect(r.status).toBe(c.code ?? 0);
        for (const piece of c.stderr ?? []) expect(r.stderr).toContain(piece);
      }
    }, 120_000);
  }
});
