// Shared helpers of the container-type tests: run a program through pygil
// and compare with the output CPython 3.11 printed for it.
import { it, expect } from 'vitest';
import { runSource, BufferHost } from '../../src/index.js';

export function run(src: string): { out: string; err: string; code: number } {
  const h = new BufferHost();
  const code = runSource(src, 'prog.py', h);
  return { out: h.stdoutText, err: h.stderrText, code };
}

export function lastLine(text: string): string {
  const lines = text.replace(/\n+$/, '').split('\n');
  return lines[lines.length - 1];
}

/** Programs whose stdout must be CPython's, with nothing on stderr. */
export function programTests(programs: [string, string, string][], skip: Record<string, string> = {}): void {
  for (const [name, src, out] of programs) {
    (name in skip ? it.skip : it)(name, () => {
      const r = run(src);
      expect(r.err).toBe('');
      expect(r.out).toBe(out);
      expect(r.code).toBe(0);
    });
  }
}

/** One-liners that must fail with CPython's exception line. */
export function errorTests(errors: [string, string][]): void {
  for (const [src, line] of errors) {
    it(src, () => {
      const r = run(src);
      expect(lastLine(r.err)).toBe(line);
      expect(r.code).toBe(1);
    });
  }
}
