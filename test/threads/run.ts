// Runs a program through runSource with an in-memory host (shared by the thread tests).

import { runSource, BufferHost } from '../../src/index.js';
import type { RunOptions } from '../../src/index.js';

export interface Result {
  out: string;
  err: string;
  code: number;
}

export function run(src: string, options: RunOptions = {}): Result {
  const h = new BufferHost('');
  const code = runSource(src, 'prog.py', h, { maxSteps: 20_000_000, ...options });
  return { out: h.stdoutText, err: h.stderrText, code };
}
