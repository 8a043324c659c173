// The grammar saved at build time (grammar/gast-snapshot.ts): it must load
// back to the grammar Chevrotain records, and a parser built from it must
// parse every program exactly as a parser that recorded its grammar.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseWith } from '../../grammar/index.js';
import { PythonParser } from '../../grammar/parser.js';
import { loadGrammar, saveGrammar } from '../../grammar/gast-snapshot.js';
import { allTokens } from '../../grammar/tokens.js';
import { findPrograms } from '../../src/cli/golden.js';
import { dump } from './ast-dump.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const recording = new PythonParser(false, null);
const saved = saveGrammar(Object.values(recording.getGAstProductions()));

describe('the saved grammar', () => {
  it('loads back to the recorded grammar', () => {
    const rules = loadGrammar(saved, allTokens);
    expect([...rules.keys()]).toEqual(Object.keys(recording.getGAstProductions()));
    expect(saveGrammar([...rules.values()])).toBe(saved);
  });

  it('holds every kind of production the recorder makes', () => {
    for (const kind of ['T', 'N', 'O', 'R', 'M', 'A']) expect(saved).toContain(`["${kind}",`);
  });

  it('is used instead of recording when it matches the rules', () => {
    const parser = new PythonParser(false, saved);
    // Its rules are the loaded ones: saving them gives the same text.
    expect(saveGrammar(Object.values(parser.getGAstProductions()))).toBe(saved);
    expect((parser as unknown as { savedRules: unknown }).savedRules).not.toBeNull();
  });

  it('is ignored when it does not name exactly the parser rules (the parser records instead)', () => {
    const stale = JSON.stringify((JSON.parse(saved) as unknown[]).slice(1));
    const parser = new PythonParser(false, stale);
    expect((parser as unknown as { savedRules: unknown }).savedRules).toBeNull();
    expect(saveGrammar(Object.values(parser.getGAstProductions()))).toBe(saved);
  });

  it('parses every golden program as the recording parser does', () => {
    const fromSaved = new PythonParser(false, saved);
    const programs = findPrograms(path.join(ROOT, 'programs'));
    expect(programs.length).toBeGreaterThan(100);
    for (const file of programs) {
      const src = readFileSync(file, 'utf8');
      const a = parseWith(fromSaved, src);
      const b = parseWith(recording, src);
      if (a.ok && b.ok) expect(dump(a.module, true), file).toBe(dump(b.module, true));
      else expect(a, file).toEqual(b);
    }
  });
});
