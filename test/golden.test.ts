// One test per golden program under programs/ (all subfolders), using the
// same engine as `pygil golden` so a failure prints the same unified diff.
//
// Programs that do not pass yet are listed in test/golden-known-failures.txt
// (`programs/… .py  reason`). They are expected to fail: a listed program
// that passes fails the test with "remove it from the list", so the list
// only ever shrinks. Entries naming programs that no longer exist fail too.
// GOLDEN_PRUNE=1 deletes the lines of programs that now pass (it never adds).

import { describe, it, expect, afterAll } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findPrograms, loadCase, runCase, compareCase, formatFailure, unifiedDiff, parseHeaderFlags } from '../src/cli/golden.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const KNOWN_FILE = path.join(ROOT, 'test', 'golden-known-failures.txt');
const TIMEOUT_MS = 10_000;

function readKnownFailures(): Map<string, string> {
  const known = new Map<string, string>();
  if (!existsSync(KNOWN_FILE)) return known;
  for (const raw of readFileSync(KNOWN_FILE, 'utf8').split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const m = /^(\S+)\s*(.*)$/.exec(line)!;
    known.set(m[1], m[2] || 'no reason given');
  }
  return known;
}

const rel = (p: string): string => path.relative(ROOT, p).split(path.sep).join('/');
const programs = findPrograms(path.join(ROOT, 'programs'));
const known = readKnownFailures();
const nowPassing = new Set<string>();

afterAll(() => {
  if (!process.env.GOLDEN_PRUNE || nowPassing.size === 0) return;
  const kept = readFileSync(KNOWN_FILE, 'utf8').split('\n').filter((l) => !nowPassing.has(l.trim().split(/\s+/)[0]));
  writeFileSync(KNOWN_FILE, kept.join('\n'));
  console.log(`golden: removed ${nowPassing.size} now-passing program(s) from test/golden-known-failures.txt`);
});

const byFolder = new Map<string, string[]>();
for (const p of programs) {
  const folder = path.dirname(rel(p));
  if (!byFolder.has(folder)) byFolder.set(folder, []);
  byFolder.get(folder)!.push(p);
}

for (const [folder, files] of byFolder) {
  describe(folder, () => {
    for (const file of files) {
      const name = rel(file);
      const c = loadCase(file);
      if (c.skip !== null) {
        it.skip(`${path.basename(file)} (${c.skip})`, () => {});
        continue;
      }
      const reason = known.get(name);
      if (reason !== undefined) {
        it(`${path.basename(file)} [known failure: ${reason}]`, () => {
          const mismatches = compareCase(c, runCase(c));
          if (mismatches.length === 0) {
            nowPassing.add(name);
            if (!process.env.GOLDEN_PRUNE) throw new Error(`${name} passes now: remove it from test/golden-known-failures.txt`);
          }
        }, TIMEOUT_MS);
      } else {
        it(path.basename(file), () => {
          const mismatches = compareCase(c, runCase(c));
          if (mismatches.length > 0) expect.fail('\n' + formatFailure({ ...c, file: name }, mismatches));
        }, TIMEOUT_MS);
      }
    }
  });
}

describe('golden-known-failures.txt', () => {
  it('names only existing programs', () => {
    const existing = new Set(programs.map(rel));
    const stale = [...known.keys()].filter((k) => !existing.has(k));
    expect(stale, 'entries for programs that do not exist').toEqual([]);
  });
});

describe('unifiedDiff (expected texts are GNU `diff -u` output)', () => {
  it('splits distant changes into hunks with 3 lines of context', () => {
    const expected = 'a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\n';
    const actual = 'a\nb\nC\nd\ne\nf\ng\nh\ni\nj\nk\nl\n';
    expect(unifiedDiff(expected, actual, 'NAME.out', 'stdout')).toBe(
      '--- NAME.out\n+++ stdout\n@@ -1,6 +1,6 @@\n a\n b\n-c\n+C\n d\n e\n f\n@@ -9,3 +9,4 @@\n i\n j\n k\n+l\n');
  });

  it('shows a missing final newline', () => {
    expect(unifiedDiff('x\ny', 'x\ny\n', 'e', 'a')).toBe('--- e\n+++ a\n@@ -1,2 +1,2 @@\n x\n-y\n\\ No newline at end of file\n+y\n');
  });

  it('diffs against an empty text', () => {
    expect(unifiedDiff('', 'one\n', 'e', 'a')).toBe('--- e\n+++ a\n@@ -0,0 +1 @@\n+one\n');
  });

  it('is empty for equal texts', () => {
    expect(unifiedDiff('same\n', 'same\n')).toBe('');
  });
});

describe('parseHeaderFlags', () => {
  it('reads --max-steps from a leading # pygil: comment', () => {
    expect(parseHeaderFlags('#!/usr/bin/env python3\n# pygil: --max-steps 1000\nprint(1)\n')).toEqual({ options: { maxSteps: 1000 }, unsupported: [] });
    expect(parseHeaderFlags('# pygil: --max-steps=50\n').options.maxSteps).toBe(50);
  });

  it('ignores pygil: comments after the first statement', () => {
    expect(parseHeaderFlags('x = 1\n# pygil: --max-steps 5\n').options).toEqual({});
  });

  it('reports flags it cannot honour (the program is then skipped)', () => {
    expect(parseHeaderFlags('# pygil: --cores 2 --max-steps 10\n')).toEqual({ options: { maxSteps: 10 }, unsupported: ['--cores 2'] });
  });
});
