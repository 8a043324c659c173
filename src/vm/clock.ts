// The clocks the time module reads. A pygil process never reads the host's
// clock (unless --realtime): its "now" is the scheduler's virtual time —
// instructions executed times config.tickNs, plus the jumps the scheduler
// makes when every thread sleeps — so programs print the same times on every
// run and sleeping costs no real time. See scheduler.ts.

import type { Process } from './process.js';

/** 2025-01-01T00:00:00Z: what time.time() returns when a program starts. */
export const EPOCH_START_S = 1735689600;

export class VirtualClock {
  constructor(private readonly proc: Process) {}

  /** CPU time of the process: its instructions times the tick (time.process_time). */
  cpuNs(): number {
    return this.proc.interp.ticks * this.proc.config.tickNs;
  }

  /** Nanoseconds since the process started, sleeps included (perf_counter, monotonic). */
  nowNs(): number {
    return this.proc.sched.now();
  }

  /**
   * A sleep that cannot block (called from inside a builtin's callback):
   * the process's clock jumps forward instead.
   */
  sleep(ns: number): void {
    this.proc.sched.clockNs += ns;
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
