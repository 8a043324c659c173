// File descriptors for os.pipe(): os.pipe, os.read, os.write, os.close,
// and os.write to 1 and 2 (the process's standard output and error).
//
// Each process has its own table of descriptors; os.fork() gives the child
// a copy, so both hold the pipe's ends, as POSIX does. A pipe counts the
// descriptors open on each end across all processes: a read of an empty
// pipe waits while some write end is open and returns b'' once none is
// (the end of input), and a write with no read end left raises
// BrokenPipeError. A process's descriptors close when it exits. Writes do
// not wait for room (a real pipe holds 64 KiB).

import { PyBytes } from '../runtime/bytes.js';
import { PyTuple } from '../runtime/tuple.js';
import { func } from '../runtime/define.js';
import { call, typeName } from '../runtime/ops.js';
import { typeError, OSError, BrokenPipeError, type PyBaseException } from '../runtime/exceptions.js';
import type { PyDict } from '../runtime/dict.js';
import { afterForkInChild } from '../vm/heap-copy.js';
import { current, type Process } from '../vm/process.js';
import { BLOCK } from '../vm/interpreter.js';
import { T_BLOCKED } from '../vm/scheduler.js';
import type { ThreadState } from '../vm/frame.js';

interface Reader {
  proc: Process;
  thread: ThreadState;
  max: number;
}

class Pipe {
  chunks: Uint8Array[] = [];
  size = 0;
  readEnds = 0;
  writeEnds = 0;
  readers: Reader[] = [];

  /** Up to `max` bytes from the front. */
  take(max: number): Uint8Array {
    const n = Math.min(max, this.size);
    const out = new Uint8Array(n);
    let at = 0;
    while (at < n) {
      const c = this.chunks[0];
      const k = Math.min(c.length, n - at);
      out.set(c.subarray(0, k), at);
      at += k;
      if (k === c.length) this.chunks.shift();
      else this.chunks[0] = c.subarray(k);
    }
    this.size -= n;
    return out;
  }

  /** Hands what is there to waiting readers, or the end of input once no write end is open. */
  serve(): void {
    while (this.readers.length > 0 && (this.size > 0 || this.writeEnds === 0)) {
      const r = this.readers.shift()!;
      if (r.thread.state !== T_BLOCKED || r.proc.exitNow !== null) continue;
      r.proc.sched.wake(r.thread, new PyBytes(this.take(r.max)));
    }
  }
}

interface Fd {
  pipe: Pipe;
  write: boolean;
}

const tables = new WeakMap<Process, Map<number, Fd>>();

function tableOf(p: Process): Map<number, Fd> {
  let t = tables.get(p);
  if (t === undefined) {
    t = new Map();
    tables.set(p, t);
    closeAtExit(p);
  }
  return t;
}

/** The process's descriptors close when it ends (its pipe ends with them). */
function closeAtExit(p: Process): void {
  const entry = p.os?.entry(p.pid);
  if (entry === undefined) return;
  entry.onExit.push(() => {
    const t = tables.get(p);
    if (t === undefined) return;
    for (const fd of [...t.keys()]) closeFd(t, fd);
  });
}

function closeFd(t: Map<number, Fd>, fd: number): void {
  const e = t.get(fd)!;
  t.delete(fd);
  if (e.write) e.pipe.writeEnds--;
  else e.pipe.readEnds--;
  e.pipe.serve();
}

// A forked child holds every descriptor its parent held at the fork.
afterForkInChild.push((child) => {
  const parent = tables.get(current);
  if (parent === undefined || parent.size === 0) return;
  const t = tableOf(child as Process);
  for (const [fd, e] of parent) {
    t.set(fd, { pipe: e.pipe, write: e.write });
    if (e.write) e.pipe.writeEnds++;
    else e.pipe.readEnds++;
  }
});

function osError(type: typeof OSError, errno: number, text: string): PyBaseException {
  return call(type, [errno, text]) as PyBaseException;
}
const badFd = (): PyBaseException => osError(OSError, 9, 'Bad file descriptor');

function fdArg(v: unknown): number {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v !== 'number') throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  return v;
}

/** The lowest free descriptor from 3 (0, 1 and 2 are the standard streams). */
function freeFd(t: Map<number, Fd>): number {
  let fd = 3;
  while (t.has(fd)) fd++;
  return fd;
}

/** Adds os.pipe, os.read, os.write and os.close to the os module's namespace. */
export function addPipeFunctions(ns: PyDict): void {
  func(ns, 'pipe', (args) => {
    if (args.length !== 0) throw typeError(`pipe() takes no arguments (${args.length} given)`);
    const t = tableOf(current);
    const pipe = new Pipe();
    const r = freeFd(t);
    t.set(r, { pipe, write: false });
    const w = freeFd(t);
    t.set(w, { pipe, write: true });
    pipe.readEnds = 1;
    pipe.writeEnds = 1;
    return new PyTuple([r, w]);
  }, 'os');

  func(ns, 'read', (args) => {
    if (args.length !== 2) throw typeError(`read expected 2 arguments, got ${args.length}`);
    const fd = fdArg(args[0]);
    const n = fdArg(args[1]);
    if (n < 0) throw osError(OSError, 22, 'Invalid argument');
    const p = current;
    const e = tableOf(p).get(fd);
    if (e === undefined || e.write) throw badFd();
    const pipe = e.pipe;
    if (pipe.size > 0 || pipe.writeEnds === 0 || n === 0) return new PyBytes(pipe.take(n));
    // Empty, with a writer somewhere: wait for bytes or the end of input.
    pipe.readers.push({ proc: p, thread: p.thread, max: n });
    p.sched.block(p.thread, { what: `os.read(${fd})` }, null);
    return BLOCK;
  }, 'os');

  func(ns, 'write', (args) => {
    if (args.length !== 2) throw typeError(`write expected 2 arguments, got ${args.length}`);
    const fd = fdArg(args[0]);
    const data = args[1];
    if (!(data instanceof PyBytes)) throw typeError(`a bytes-like object is required, not '${typeName(data)}'`);
    const p = current;
    if (fd === 1 || fd === 2) {
      // In program order with print(): pygil's output is as CPython's
      // unbuffered (-u) output, which is also what a fork shows once.
      const text = new TextDecoder().decode(data.b);
      if (fd === 1) {
        p.out.buf.push(text);
        p.flushStdoutOrRaise();
      } else {
        p.writeStderr(text);
      }
      return data.b.length;
    }
    const e = tableOf(p).get(fd);
    if (e === undefined || !e.write) throw badFd();
    if (e.pipe.readEnds === 0) throw osError(BrokenPipeError, 32, 'Broken pipe');
    if (data.b.length > 0) {
      e.pipe.chunks.push(data.b.slice());
      e.pipe.size += data.b.length;
      e.pipe.serve();
    }
    return data.b.length;
  }, 'os');

  func(ns, 'close', (args) => {
    if (args.length !== 1) throw typeError(`close() takes exactly one argument (${args.length} given)`);
    const fd = fdArg(args[0]);
    const t = tableOf(current);
    if (!t.has(fd)) throw badFd();
    closeFd(t, fd);
    return null;
  }, 'os');
}
