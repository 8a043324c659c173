/// <reference types="node" />
// Coroutine and generator cases: each cases/NAME.py is run by pygil and must
// print exactly cases/NAME.out, which was produced by CPython 3.11
// (re-check with PYGIL_CHECK_CPYTHON=1: every case is deterministic there);
// cases/NAME.err, when present, is the expected stderr (CPython's, with the
// directory stripped from file names).

import { describe, it, expect } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runSource, BufferHost } from '../../src/index.js';

const DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'cases');
const names = readdirSync(DIR).filter((f) => f.endsWith('.py')).sort();

function runPygil(src: string, file: string): { out: string; err: string; code: number } {
  const h = new BufferHost('');
  const code = runSource(src, file, h, { maxSteps: 50_000_000 });
  return { out: h.stdoutText, err: h.stderrText, code };
}

describe('coroutine cases (pygil)', () => {
  for (const name of names) {
    it(name, () => {
      const src = readFileSync(path.join(DIR, name), 'utf8');
      const expected = readFileSync(path.join(DIR, name.replace(/\.py$/, '.out')), 'utf8');
      const r = runPygil(src, name);
      const errFile = path.join(DIR, name.replace(/\.py$/, '.err'));
      expect(r.err).toBe(existsSync(errFile) ? readFileSync(errFile, 'utf8') : '');
      expect(r.out).toBe(expected);
      expect(r.code).toBe(0);
    }, 60_000);
  }
});

describe.skipIf(process.env.PYGIL_CHECK_CPYTHON !== '1')('coroutine cases (CPython)', () => {
  for (const name of names) {
    it(name, () => {
      const r = spawnSync(process.env.PYTHON ?? 'python3', [path.join(DIR, name)], { encoding: 'utf8' });
      expect(r.stdout).toBe(readFileSync(path.join(DIR, name.replace(/\.py$/, '.out')), 'utf8'));
    }, 60_000);
  }
});
