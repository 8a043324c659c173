// The text form of a scripted schedule, as `pygil explore --systematic`
// writes it and `pygil run --schedule FILE` reads it:
//
//   # pygil schedule for race.py: 2 switch point(s)
//   23 3    # after 23 instructions, give the GIL to thread 3 (Thread-2 (run))
//   41 2
//
// One switch per line: the process's instruction count, then the thread id
// (1 is the main thread; later threads count up in creation order). `#`
// starts a comment. Between switches no thread loses the GIL for using up
// its check interval: it runs until it blocks or ends.

import type { Preemption } from '../vm/scheduler.js';

export type ParsedSchedule = { ok: true; schedule: Preemption[] } | { ok: false; message: string };

export function parseSchedule(text: string): ParsedSchedule {
  const schedule: Preemption[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/#.*/, '').trim();
    if (line === '') continue;
    const m = /^(\d+)\s+(\d+)$/.exec(line);
    if (m === null) return { ok: false, message: `line ${i + 1}: expected 'STEP THREAD' (two integers), not '${lines[i].trim()}'` };
    const at = Number(m[1]), to = Number(m[2]);
    if (schedule.length > 0 && at <= schedule[schedule.length - 1].at) {
      return { ok: false, message: `line ${i + 1}: steps must increase (${at} after ${schedule[schedule.length - 1].at})` };
    }
    schedule.push({ at, to });
  }
  return { ok: true, schedule };
}

export function formatSchedule(schedule: Preemption[], file: string, threadName: (id: number) => string): string {
  const lines = [`# pygil schedule for ${file}: ${schedule.length} switch point(s)`,
    '# STEP THREAD: after STEP instructions in all, THREAD takes the GIL'];
  for (const p of schedule) lines.push(`${p.at} ${p.to}    # ${threadName(p.to)}`);
  return lines.join('\n') + '\n';
}
