// One test per golden program under programs/ (all subfolders), using the
// same engine as `pygil golden` so a failure prints the same unified diff.
//
// Programs that do not pass yet are listed in test/golden-known-failures.txt
// (`programs/… .py  reason`). They are expected to fail: a listed program
// that passes fails the test with "remove it from the list", so the list
// only ever shrinks. Entries naming programs that no longer exist fail too.
// GOLDEN_PRUNE=1 deletes the lines of programs that now pass (it never adds).

import { describe, it, expect, afterAll } from 'vitest';
import { existsSync, readFileSync, writeFileSync, mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findPrograms, loadCase, runCase, compareCase, formatFailure, unifiedDiff, parseHeaderFlags, runGolden, summaryLine } from '../src/cli/golden.js';

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
    expect(parseHeaderFlags('# pygil: --frobnicate 2 --max-steps 10\n')).toEqual({ options: { maxSteps: 10 }, unsupported: ['--frobnicate 2'] });
  });
});

describe('runGolden on a scratch directory', () => {
  // Program outputs below are what python3 prints for these one-liners.
  function scratch(files: Record<string, string>): string {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pygil-golden-'));
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), text);
    }
    return dir;
  }

  it('counts passes, failures and skips, recursively, and prints diffs', () => {
    const dir = scratch({
      'a/ok.py': 'print(1)\n', 'a/ok.out': '1\n',
      'b/bad.py': 'print(2)\n', 'b/bad.out': '3\n',
      'b/exit.py': 'import sys\nsys.exit(4)\n', 'b/exit.out': '', 'b/exit.code': '4\n',
      'c/args.py': 'import sys\nprint(sys.argv, input())\n', 'c/args.out': "['args.py', 'x y', 'z'] hi\n", 'c/args.args': 'x y\nz\n', 'c/args.in': 'hi\n',
      'c/flags.py': '# pygil: --frobnicate 2\nprint(1)\n', 'c/flags.out': '1\n',
    });
    try {
      let log = '';
      const s = runGolden(dir, false, (t) => { log += t; });
      expect(s).toEqual({ passed: 3, failed: 1, skipped: 1 });
      expect(log).toContain('-3\n+2\n');
      expect(log).toContain('SKIP');
      expect(log.trimEnd().split('\n').pop()).toBe('3 passed, 1 failed, 1 skipped');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--update rewrites pygil-specific programs only, deleting stale .err/.code', () => {
    const dir = scratch({
      'mine.py': '# cpython: skip (pygil-specific)\nprint("new")\n', 'mine.out': 'old\n', 'mine.err': 'stale\n', 'mine.code': '1\n',
      'theirs.py': 'print("new")\n', 'theirs.out': 'old\n',
    });
    try {
      let log = '';
      const s = runGolden(dir, true, (t) => { log += t; });
      expect(readFileSync(path.join(dir, 'mine.out'), 'utf8')).toBe('new\n');
      expect(existsSync(path.join(dir, 'mine.err'))).toBe(false);
      expect(existsSync(path.join(dir, 'mine.code'))).toBe(false);
      expect(readFileSync(path.join(dir, 'theirs.out'), 'utf8')).toBe('old\n');
      expect(log).toContain('NOT UPDATED');
      expect(s).toEqual({ passed: 1, failed: 1, skipped: 0 });
      expect(runGolden(dir, false, () => {})).toEqual({ passed: 1, failed: 1, skipped: 0 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('words the summary line exactly', () => {
    expect(summaryLine({ passed: 5, failed: 0, skipped: 0 })).toBe('5 passed, 0 failed');
    expect(summaryLine({ passed: 5, failed: 2, skipped: 1 })).toBe('5 passed, 2 failed, 1 skipped');
  });
});
