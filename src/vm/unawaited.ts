// The "coroutine '…' was never awaited" RuntimeWarning. CPython prints it
// when a coroutine that never started is garbage-collected; pygil has no
// such moment, so it reports every coroutine still never started when the
// main thread ends (before its traceback, if any) and again at exit, in
// creation order, pointing at the line that created it, with CPython's text
// and its once-per-location rule.

import type { PyGenerator } from './generator.js';
import { GEN_CREATED } from './generator.js';
import type { Process } from './process.js';

const pending = new WeakMap<Process, PyGenerator[]>();
const seen = new WeakMap<Process, Set<string>>();

/** Records a new coroutine object (called when one is made). */
export function noteCoroutine(proc: Process, g: PyGenerator): void {
  let list = pending.get(proc);
  if (list === undefined) pending.set(proc, (list = []));
  list.push(g);
  // Keep the list short: drop coroutines that have started or closed.
  if (list.length >= 1024 && (list.length & (list.length - 1)) === 0) {
    const live = list.filter((c) => c.state === GEN_CREATED);
    list.length = 0;
    list.push(...live);
  }
}

/** Prints the warnings for coroutines that were never started. */
export function reportUnawaited(proc: Process): void {
  const list = pending.get(proc);
  if (list === undefined || list.length === 0) return;
  pending.set(proc, []);
  let done = seen.get(proc);
  if (done === undefined) seen.set(proc, (done = new Set()));
  let out = '';
  for (const g of list) {
    if (g.state !== GEN_CREATED || g.madeCode === null) continue;
    const code = g.madeCode;
    const text = `coroutine '${g.qualname}' was never awaited`;
    const key = `${code.filename}:${g.madeLine}:${text}`;
    if (done.has(key)) continue;
    done.add(key);
    out += `${code.filename}:${g.madeLine}: RuntimeWarning: ${text}\n`;
    const src = code.source.split('\n')[g.madeLine - 1]?.trim();
    if (src) out += `  ${src}\n`;
    out += 'RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n';
  }
  if (out !== '') proc.writeStderr(out);
}
