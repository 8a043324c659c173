/// <reference types="node" />
// `pygil dis FILE`: compiles a file and prints its bytecode listing, laid out
// like `python3 -m dis FILE` (the listing itself is src/compiler/dis.ts).
//
// The exit code is also stored in process.exitCode: main.ts calls this from
// an async commander action, whose result the synchronous parse() cannot
// wait for, so a returned code alone would be lost.

import { writeSync } from 'node:fs';
import { readSource } from './read-source.js';
import { compileSource } from '../index.js';
import { formatDis } from '../compiler/dis.js';

function finish(code: number): number {
  process.exitCode = code;
  return code;
}

/** Reads, compiles and disassembles `file`; returns the exit code (1 on a syntax error, 2 if unreadable). */
export function disassembleFile(file: string): number {
  const source = readSource(file);
  if (typeof source === 'number') return finish(source);
  const compiled = compileSource(source, file === '-' ? '<stdin>' : file);
  if (!compiled.ok) {
    process.stderr.write(compiled.message);
    return finish(1);
  }
  // writeSync: a long listing piped into `head` must not be cut short by an
  // exit before the stream drains.
  writeAll(formatDis(compiled.code));
  return finish(0);
}

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
