// The schedule explorer's systematic mode: preemption bounding, as in
// Microsoft's CHESS. Without preemptions a scripted run lets each thread
// keep the GIL until it blocks or ends; a schedule adds at most K forced
// switches ("after step T, thread X takes the GIL"). The search is
// breadth-first by number of switches, so the first schedule found for an
// outcome is one of the shortest: most concurrency bugs need only one or
// two badly placed switches, and few switches make a schedule a person can
// follow.
//
// Where can a switch go? Run a schedule S and record, between consecutive
// scheduling events, which thread ran and which were ready. Every visible
// step T after S's last switch point where some other thread X was ready
// gives a child S + (T, X), with one more preemption: its run is identical
// to S's up to step T, so X is ready there too. Where the GIL was free (its
// holder blocked or ended) and several threads were waiting, picking
// another one is free, as in CHESS: such children keep S's preemption
// count.

import { runSource, type RunOptions } from '../index.js';
import { BufferHost } from '../host.js';
import { quoted } from './explore.js';
import type { SchedEvent } from '../vm/events.js';
import type { Preemption } from '../vm/scheduler.js';
import type { ThreadState } from '../vm/frame.js';
import * as O from '../compiler/opcodes.js';

/**
 * Instructions that read or write state other threads can see, or that call
 * (a lock, a queue…): the only places a switch can change what happens.
 * A switch between two private instructions (LOAD_FAST, BINARY_OP on
 * locals, a jump) has the same effect as one just before the next visible
 * instruction, so the search skips them (a partial-order reduction).
 */
const VISIBLE = new Set<number>([
  O.LOAD_GLOBAL, O.STORE_GLOBAL, O.DELETE_GLOBAL, O.LOAD_NAME, O.STORE_NAME, O.DELETE_NAME,
  O.LOAD_ATTR, O.STORE_ATTR, O.DELETE_ATTR, O.LOAD_METHOD, O.LOAD_DEREF, O.STORE_DEREF, O.LOAD_CLASSDEREF,
  O.BINARY_SUBSCR, O.STORE_SUBSCR, O.DELETE_SUBSCR, O.CONTAINS_OP, O.FOR_ITER,
  O.CALL, O.CALL_FUNCTION_EX, O.BEFORE_WITH, O.RETURN_VALUE,
]);

export interface SystematicOptions extends RunOptions {
  /** At most this many forced switches per schedule (K). */
  maxSwitches: number;
  /** Stop after running this many schedules. */
  maxRuns: number;
}

export interface SystematicOutcome {
  stdout: string;
  stderr: string;
  status: number;
  /** How many schedules gave it. */
  count: number;
  /** The first (so one of the shortest) schedule that gave it. */
  schedule: Preemption[];
  /** How many of its switch points are preemptions (the rest are free choices). */
  preemptions: number;
  /** An uncaught exception (exit status ≠ 0, or a thread that died), a deadlock, the step limit. */
  failing: boolean;
  /** The number of the run that first gave it (breadth-first order). */
  found: number;
}

export interface SystematicResult {
  runs: number;
  /** True when every schedule with at most K switches was run. */
  complete: boolean;
  outcomes: SystematicOutcome[];
  threadNames: Map<number, string>;
}

/** Between two scheduling events: who held the GIL and who was ready. */
interface Stretch {
  from: number;
  to: number;
  running: number;
  ready: number[];
}

/** A moment the GIL was free: who took it, and who else could have. */
interface Choice {
  step: number;
  others: number[];
}

/** A schedule and how many of its switch points are preemptions. */
interface Candidate {
  schedule: Preemption[];
  preemptions: number;
}

function recordStretches(stretches: Stretch[], choices: Choice[], names: Map<number, string>): (e: SchedEvent) => void {
  let running = -1;
  let since = 0;
  const ready = new Set<number>();
  return (e) => {
    names.set(e.tid, e.threadName);
    if (running >= 0 && e.step > since) stretches.push({ from: since, to: e.step, running, ready: [...ready] });
    since = e.step;
    switch (e.kind) {
      case 'thread-start':
      case 'wake':
        ready.add(e.tid);
        break;
      case 'gil-take':
        if (e.from >= 0 && e.detail !== 'interval' && ready.size > 1) {
          choices.push({ step: e.step, others: [...ready].filter((x) => x !== e.tid) });
        }
        running = e.tid;
        ready.delete(e.tid);
        break;
      case 'gil-drop':
        if (e.detail === 'interval') ready.add(e.tid);
        running = -1;
        break;
      case 'block':
        ready.delete(e.tid);
        break;
      default:
        break;
    }
  };
}

export function isFailure(status: number, stderr: string): boolean {
  return status !== 0 || /^Exception in thread /m.test(stderr);
}

export function exploreSystematic(source: string, filename: string, opts: SystematicOptions): SystematicResult {
  const { maxSwitches, maxRuns, ...runOpts } = opts;
  const names = new Map<number, string>();
  const byKey = new Map<string, SystematicOutcome>();
  const order: SystematicOutcome[] = [];
  // levels[k]: schedules with k preemptions still to run; fewer first.
  const levels: Candidate[][] = [[{ schedule: [], preemptions: 0 }]];
  let pending = 1;
  let runs = 0;
  let cut = false; // some schedule was left out for the --runs budget
  for (let k = 0; k < levels.length && runs < maxRuns; k++) {
    const level = levels[k];
    for (let i = 0; i < level.length && runs < maxRuns; i++) {
      const { schedule, preemptions } = level[i];
      level[i] = EMPTY; // let the finished entry's memory go
      pending--;
      const stretches: Stretch[] = [];
      const choices: Choice[] = [];
      const host = new BufferHost('');
      // Only runs that may get preemption children need to know where the visible instructions are.
      const probing = preemptions < maxSwitches;
      const visible = new Set<number>();
      const probe = (t: ThreadState, step: number) => {
        const f = t.frame;
        if (f !== null && VISIBLE.has(f.code.code[f.ip] & 0xff)) visible.add(step);
      };
      const status = runSource(source, filename, host, {
        ...runOpts, sched: 'fifo', schedule: schedule.map((p) => ({ ...p })),
        listen: recordStretches(stretches, choices, names), probe: probing ? probe : undefined,
      });
      runs++;
      const stdout = host.stdoutText, stderr = host.stderrText;
      const key = `${status}\u0000${stdout}\u0000${stderr}`;
      let o = byKey.get(key);
      if (o === undefined) {
        o = { stdout, stderr, status, count: 0, schedule, preemptions, failing: isFailure(status, stderr), found: runs };
        byKey.set(key, o);
        order.push(o);
      }
      o.count++;
      // Children, each with one more switch point after the last one.
      const after = schedule.length > 0 ? schedule[schedule.length - 1].at : -1;
      const add = (at: number, to: number, extra: number): boolean => {
        if (pending >= maxRuns - runs) {
          cut = true;
          return false;
        }
        (levels[k + extra] ??= []).push({ schedule: [...schedule, { at, to }], preemptions: preemptions + extra });
        pending++;
        return true;
      };
      let room = true;
      for (const c of choices) {
        if (c.step <= after) continue;
        for (const to of c.others) if (room) room = add(c.step, to, 0);
      }
      if (!probing) continue;
      for (const st of stretches) {
        if (!room) break;
        if (st.to <= after + 1 || st.ready.length === 0) continue;
        for (let at = Math.max(st.from, after) + 1; at < st.to && room; at++) {
          if (!visible.has(at)) continue;
          for (const to of st.ready) if (to !== st.running && room) room = add(at, to, 1);
        }
      }
    }
  }
  const complete = !cut && pending === 0;
  const outcomes = order.slice().sort((a, b) => b.count - a.count || a.found - b.found);
  return { runs, complete, outcomes, threadNames: names };
}

const EMPTY: Candidate = { schedule: [], preemptions: 0 };

/** The failing outcome with the shortest schedule (the first found among equals), or null. */
export function shortestFailure(r: SystematicResult): SystematicOutcome | null {
  let best: SystematicOutcome | null = null;
  for (const o of r.outcomes) {
    if (o.failing && (best === null || o.found < best.found)) best = o;
  }
  return best;
}

/** Outcomes listed one by one; the rest are summed up in one line. */
const SHOWN = 20;

export function formatSystematicReport(r: SystematicResult, file: string, maxSwitches: number): string {
  const name = (id: number) => r.threadNames.get(id) ?? `thread ${id}`;
  const out: string[] = [];
  out.push(`pygil explore --systematic: ${r.runs} schedule(s) of ${file} with at most ${maxSwitches} preemption(s)` +
    `${r.complete ? ' (all of them)' : ' (stopped at the --runs limit)'}: ${r.outcomes.length} distinct outcome(s)`);
  r.outcomes.slice(0, SHOWN).forEach((o, i) => {
    out.push('');
    out.push(`outcome ${i + 1}: ${o.count} schedule(s)${o.failing ? ', FAILS' : ''}; the shortest has ${o.preemptions} preemption(s)`);
    out.push(...quoted(o.stdout, 6));
    if (o.status !== 0 || o.stderr !== '') {
      out.push(`  exit status ${o.status}${o.stderr !== '' ? ', stderr:' : ''}`);
      if (o.stderr !== '') out.push(...quoted(o.stderr, 6));
    }
    if (o.schedule.length > 0) {
      out.push('  switch points: ' + o.schedule.map((p) => `after step ${p.at} ${name(p.to)} [${p.to}] takes the GIL`).join('; '));
    }
  });
  if (r.outcomes.length > SHOWN) out.push(`\n… and ${r.outcomes.length - SHOWN} more outcome(s)`);
  return out.join('\n') + '\n';
}
