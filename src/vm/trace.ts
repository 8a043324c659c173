// Formatting of the event stream for people: `--trace gil` (one line per GIL
// hand-off) and `--stats` (a table per thread at exit). Both are listeners
// on the scheduler's EventStream; the counters they print are the ones the
// scheduler keeps on each thread.

import type { EventStream, SchedEvent } from './events.js';
import type { Scheduler } from './scheduler.js';
import { parentPid, type SimOS } from './os-sim.js';

/** Virtual nanoseconds as seconds with 9 decimals, fixed width. */
export function formatTime(ns: number): string {
  const s = Math.floor(ns / 1e9);
  const frac = String(Math.round(ns % 1e9)).padStart(9, '0');
  return `${String(s).padStart(4)}.${frac}`;
}

/** `--trace gil`: who takes the GIL from whom, when and why. */
export function attachGilTrace(events: EventStream, write: (line: string) => void, pidOf: () => number = () => 0): void {
  events.on((ev: SchedEvent) => {
    // With several processes, thread names carry their process: "1001/MainThread", and a GIL take its core.
    const pid = pidOf();
    const e = pid === 0 ? ev : { ...ev, threadName: `${pid}/${ev.threadName}`, fromName: `${pid}/${ev.fromName}`,
      detail: ev.kind === 'gil-take' ? `${ev.detail ? `${ev.detail}, ` : ''}core ${ev.core}` : ev.detail };
    switch (e.kind) {
      case 'gil-take':
        if (e.from === e.tid) return; // kept the GIL: not a hand-off
        write(`[${formatTime(e.time)}] gil ${e.from < 0 ? '(start)' : e.fromName} -> ${e.threadName}` +
          `${e.detail ? ` (${e.detail})` : ''}\n`);
        break;
      case 'block':
        write(`[${formatTime(e.time)}] ${e.threadName} blocks on ${e.detail}\n`);
        break;
      case 'wake':
        write(`[${formatTime(e.time)}] ${e.threadName} wakes (${e.detail})\n`);
        break;
      case 'thread-start':
        write(`[${formatTime(e.time)}] ${e.threadName} starts\n`);
        break;
      case 'gil-drop':
        if (e.detail === 'finished') write(`[${formatTime(e.time)}] ${e.threadName} finishes\n`);
        break;
      case 'process-start':
        write(`[${formatTime(e.time)}] process ${ev.pid} starts (${e.detail})\n`);
        break;
      case 'process-exit':
        write(`[${formatTime(e.time)}] process ${ev.pid} ends (${e.detail})\n`);
        break;
    }
  });
}

/** `--stats` with several processes: one line per process, then each one's thread table. */
export function formatProcessStats(os: SimOS): string {
  const ms = (ns: number) => (ns / 1e6).toFixed(3);
  const pct = (ns: number) => `${os.clockNs > 0 ? ((100 * ns) / os.clockNs).toFixed(1) : '0.0'}%`;
  const out: string[] = [`pygil stats: virtual time ${ms(os.clockNs)} ms on ${os.cores} cores, ${os.table.size} processes`];
  const busy: string[] = [];
  for (let c = 0; c < os.cores; c++) busy.push(`core ${c} ${pct(os.coreBusyNs[c] ?? 0)}`);
  out.push(`core utilisation (busy share of the virtual time): ${busy.join(', ')}`);
  for (const e of os.table.values()) {
    const p = e.proc;
    out.push(`process ${p.pid} (parent ${parentPid(p)}): on a core ${ms(p.coreNs)} ms (${pct(p.coreNs)} of one core), last core ${p.core < 0 ? '-' : p.core}, exit code ${e.exitCode ?? '-'}`);
    for (const line of formatStats(p.sched).split('\n').slice(1)) if (line !== '') out.push('  ' + line);
  }
  return out.join('\n') + '\n';
}

/**
 * `--trace tasks`: one line per asyncio task switch — the virtual time, the
 * task that awaited and the one the event loop resumes, and what the first
 * one now waits for (its thread too, when it is not the main thread).
 */
export function attachTaskTrace(events: EventStream, write: (line: string) => void): void {
  events.on((e: SchedEvent) => {
    if (e.kind !== 'task-switch') return;
    const where = e.threadName === 'MainThread' ? '' : ` [${e.threadName}]`;
    const from = e.fromTask ? e.fromTask : '(loop)';
    const why = e.fromTask ? ` (${e.fromTask} ${e.detail === 'done' ? 'is done' : `waits for ${e.detail}`})` : '';
    write(`[${formatTime(e.time)}] task ${from} -> ${e.task}${why}${where}\n`);
  });
}

/** `--stats`: per-thread totals printed when the program ends. */
export function formatStats(s: Scheduler): string {
  const ms = (ns: number) => (ns / 1e6).toFixed(3);
  const rows = [['thread', 'instructions', 'GIL takes', 'holding ms', 'waiting ms', 'blocked ms']];
  for (const t of s.threads) {
    rows.push([t.name, String(t.ticks), String(t.acquisitions), ms(t.heldNs), ms(t.waitNs), ms(t.blockedNs)]);
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const lines = rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '));
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  const tasks = s.taskSwitches > 0 ? `, asyncio task switches ${s.taskSwitches}` : '';
  return `pygil stats: virtual time ${ms(s.clockNs)} ms, GIL hand-offs ${s.handoffs}, check interval ${s.checkInterval}${tasks}\n` +
    lines.join('\n') + '\n';
}
