// Runs a Python program through pygil for the module tests, and the shape of
// the CPython-recorded cases in data/*.cases.ts.

import { it, expect } from 'vitest';
import '../../src/modules/all-modules.js';
import { runSource, BufferHost } from '../../src/index.js';
import type { RunOptions } from '../../src/index.js';

export interface ModuleCase {
  name: string;
  src: string;
  stdin?: string;
  args?: string[];
  /** CPython's output for the program. */
  out: string;
  err: string;
  code: number;
  /** Why pygil cannot pass this case yet (a bug outside the module). */
  skip?: string;
}

export interface RunResult {
  out: string;
  err: string;
  code: number;
}

export function run(src: string, opts: { stdin?: string; args?: string[]; options?: RunOptions } = {}): RunResult {
  const h = new BufferHost(opts.stdin ?? '');
  const code = runSource(src, 'prog.py', h, { args: opts.args ?? [], ...opts.options });
  return { out: h.stdoutText, err: h.stderrText, code };
}

/** One vitest test per recorded case: pygil must print exactly what CPython printed. */
export function runCases(cases: ModuleCase[]): void {
  for (const c of cases) {
    const test = c.skip !== undefined ? it.skip : it;
    test(c.skip !== undefined ? `${c.name} (skipped: ${c.skip})` : c.name, () => {
      const r = run(c.src, { stdin: c.stdin, args: c.args });
      expect({ out: r.out, err: r.err, code: r.code }).toEqual({ out: c.out, err: c.err, code: c.code });
    });
  }
}
