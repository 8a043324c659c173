/// <reference types="node" />
// `pygil golden DIR [--update]`: runs every NAME.py under DIR and compares
// with NAME.out/.err/.code (engine in golden.ts). Exit code 1 when any fails.
//
// The exit code is also stored in process.exitCode: main.ts calls this from
// an async commander action, whose result the synchronous parse() cannot
// wait for, so a returned code alone would be lost.

import { existsSync, writeSync } from 'node:fs';
import { runGolden } from './golden.js';

export function goldenCommand(dir: string, update: boolean): number {
  if (!existsSync(dir)) {
    process.stderr.write(`pygil golden: no such file or directory: ${dir}\n`);
    process.exitCode = 2;
    return 2;
  }
  const s = runGolden(dir, update, (text) => writeAll(text));
  const code = s.failed > 0 ? 1 : 0;
  process.exitCode = code;
  return code;
}

// Synchronous writes keep the report in order with anything the runtime
// prints and complete before the process exits.
function writeAll(text: string): void {
  const buf = Buffer.from(text, 'utf8');
  let off = 0;
  while (off < buf.length) {
    try {
      off += writeSync(1, buf, off, buf.length - off);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') continue;
      if (code === 'EPIPE') return;
      throw err;
    }
  }
}
