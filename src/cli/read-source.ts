/// <reference types="node" />
// Reading a program for the commands that take a file (run, timeline,
// explore, dis): its bytes from the file or stdin, decoded as CPython decodes
// source (src/source-text.ts), with CPython's messages when that fails.

import { readFileSync } from 'node:fs';
import { decodeSource } from '../source-text.js';

/** The program's text, or the exit status after its error was printed (2: cannot open; 1: cannot decode, as CPython). */
export function readSource(file: string): string | number {
  let bytes: Uint8Array;
  try {
    bytes = file === '-' ? readFileSync(0) : readFileSync(file);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const why = e.code === 'ENOENT' ? '[Errno 2] No such file or directory' : e.code === 'EISDIR' ? '[Errno 21] Is a directory' : e.message;
    process.stderr.write(`pygil: can't open file '${file}': ${why}\n`);
    return 2;
  }
  const r = decodeSource(bytes, file === '-' ? '<stdin>' : file);
  if (r.ok) return r.text;
  process.stderr.write(r.message);
  return 1;
}
