// Virtual time. A pygil process never reads the host's clock: its "now" is
// the number of instructions it has executed times config.tickNs, plus every
// time.sleep() it has made. Programs that print timings therefore print the
// same numbers on every run and every machine, and sleeping costs no real time.
//
// For now a process runs one thread, so there is one clock per process, kept
// here in a WeakMap rather than as a Process field. Issue 3 (threads) turns
// this into the scheduler's per-core clock: a core's time advances with the
// instructions it runs, a sleeping thread wakes at its deadline on that
// timeline, and time.time() reads the clock of the core running the caller.

import type { Process } from './process.js';
import type { Interpreter } from './interpreter.js';

/** 2025-01-01T00:00:00Z: what time.time() returns when a program starts. */
export const EPOCH_START_S = 1735689600;

/** The interpreter's budget before its first breaker call, and each slice after it. */
const FIRST_SLICE = 1 << 30;
const SLICE = 1 << 20;

/**
 * Instructions the interpreter has executed so far. Prefers an exact counter
 * if the interpreter offers one (`instructionsExecuted()`); otherwise derives
 * it from the step counter and the budget left in the current slice. That
 * estimate lags while a run is in progress, since the loop keeps its budget in
 * a local and only stores it back when a run returns; see the note in the
 * time module's report.
 */
export function instructionsExecuted(interp: Interpreter): number {
  const exact = (interp as unknown as { instructionsExecuted?: () => number }).instructionsExecuted;
  if (typeof exact === 'function') return exact.call(interp);
  const sliceStart = interp.steps === 0 ? FIRST_SLICE : SLICE;
  return Math.max(0, interp.steps + sliceStart - interp.budget);
}

export class VirtualClock {
  /** Nanoseconds spent in time.sleep(). */
  private sleptNs = 0;
  /** Highest instruction count seen, so the clock never runs backwards. */
  private lastInstr = 0;

  constructor(private readonly proc: Process) {}

  /** Instructions executed, never decreasing between calls. */
  private instructions(): number {
    const n = instructionsExecuted(this.proc.interp);
    if (n > this.lastInstr) this.lastInstr = n;
    return this.lastInstr;
  }

  /** CPU time: nanoseconds of instructions executed (time.process_time). */
  cpuNs(): number {
    return this.instructions() * this.proc.config.tickNs;
  }

  /** Nanoseconds since the process started, sleeps included (perf_counter, monotonic). */
  nowNs(): number {
    return this.cpuNs() + this.sleptNs;
  }

  /** time.sleep(): advances the clock without spending any host time. */
  sleep(ns: number): void {
    this.sleptNs += ns;
  }
}

const clocks = new WeakMap<Process, VirtualClock>();

export function clockOf(proc: Process): VirtualClock {
  let c = clocks.get(proc);
  if (c === undefined) {
    c = new VirtualClock(proc);
    clocks.set(proc, c);
  }
  return c;
}
