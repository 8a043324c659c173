// Shared by the str, bytes, number and math tests: runs a program through
// pygil and checks it against CPython 3.11's output, recorded in cases/*.out
// and errors.ts by generate-expectations.py (the tests never run python3).

import { it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runSource, BufferHost } from '../../src/index.js';

const CASES = join(dirname(fileURLToPath(import.meta.url)), 'cases');

export function run(src: string): { out: string; err: string; code: number } {
  const h = new BufferHost();
  const code = runSource(src, 'prog.py', h);
  return { out: h.stdoutText, err: h.stderrText, code };
}

function lastLine(text: string): string {
  const lines = text.replace(/\n+$/, '').split('\n');
  return lines[lines.length - 1];
}

/** One test per cases/PREFIX*.py: stdout must equal its .out, with nothing on stderr. */
export function caseTests(prefix: string): void {
  for (const file of readdirSync(CASES).filter((f) => f.startsWith(prefix) && f.endsWith('.py')).sort()) {
    const base = join(CASES, file.slice(0, -3));
    it(file, () => {
      const r = run(readFileSync(base + '.py', 'utf8'));
      expect(r.err).toBe('');
      expect(r.out).toBe(readFileSync(base + '.out', 'utf8'));
      expect(r.code).toBe(0);
    });
  }
}

/**
 * One test per failing one-liner: exit code 1 and CPython's exception line.
 * `knownBugs` maps programs that fail because of a bug outside the types
 * (the reason says where) to be skipped until it is fixed.
 */
export function errorTests(errors: [string, string][], knownBugs: Record<string, string> = {}): void {
  for (const [src, line] of errors) {
    const test = src in knownBugs ? it.skip : it;
    test(src, () => {
      const r = run(src);
      expect(lastLine(r.err)).toBe(line);
      expect(r.code).toBe(1);
    });
  }
}
