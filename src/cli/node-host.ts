/// <reference types="node" />
// The Node host adapter: the only place where the core's Host interface
// meets process.stdout, process.stderr and standard input.

import { readFileSync, writeSync } from 'node:fs';
import { StdoutClosed, type Host } from '../host.js';

/**
 * Writes all of `text` to fd 1 or 2, synchronously. A closed pipe (`| head`)
 * ends the writing: quietly, or with StdoutClosed when `raise` is set (the
 * program's own output, where CPython raises BrokenPipeError).
 */
export function writeAll(fd: number, text: string, raise = false): void {
  const buf = Buffer.from(text, 'utf8');
  let off = 0;
  while (off < buf.length) {
    try {
      off += writeSync(fd, buf, off, buf.length - off);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EAGAIN') continue;
      if ((err as NodeJS.ErrnoException).code === 'EPIPE') {
        if (raise) throw new StdoutClosed();
        return;
      }
      throw err;
    }
  }
}

/** `stdinText`: the whole input when the program itself came from stdin (so input() sees EOF). */
export function nodeHost(stdinText: string | null): Host {
  let input: string | null = stdinText;
  let pos = 0;
  return {
    monotonicNs: () => Number(process.hrtime.bigint()),
    sleepNs: (ns) => {
      // A real, blocking sleep: the simulated threads are all in this JS thread.
      const ms = Math.ceil(ns / 1e6);
      if (ms > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
    },
    stdout: (t) => writeAll(1, t, true),
    stderr: (t) => writeAll(2, t),
    readLine: () => {
      if (input === null) {
        try {
          input = readFileSync(0, 'utf8');
        } catch {
          input = '';
        }
      }
      if (pos >= input.length) return '';
      const nl = input.indexOf('\n', pos);
      const end = nl < 0 ? input.length : nl + 1;
      const line = input.slice(pos, end);
      pos = end;
      return line;
    },
  };
}
