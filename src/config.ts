// Every tunable knob of the VM in one place, each with its default.

export interface Config {
  /** Instructions a thread may run while others wait before it drops the GIL (Python 2's default). */
  checkInterval: number;
  /** sys.getrecursionlimit() default, as CPython. */
  recursionLimit: number;
  /** Virtual nanoseconds one instruction costs. */
  tickNs: number;
  /** Simulated CPU cores (os.cpu_count()). */
  cores: number;
  /** Upper bound on live simulated processes (fork bombs stop here). */
  maxProcesses: number;
  /** Stop the program after this many instructions (Infinity: no limit). */
  maxSteps: number;
  /** Seed for `random` when the program does not seed it, and for --sched random. */
  seed: number;
  /** Name shown in tracebacks for the main file. */
  filename: string;
  /** Who gets the GIL next: the longest waiter, or a random one (seeded by `seed`). */
  sched: 'fifo' | 'random';
  /** py2: switch at any instruction boundary; py311: only at CPython 3.10+'s check points. */
  gilModel: 'py2' | 'py311';
  /** Use the host's clock and really sleep, instead of virtual time. */
  realtime: boolean;
  /** Compile hot code to JavaScript (src/vm/jit/); off, everything is interpreted. Output is the same either way. */
  jit: boolean;
  /**
   * Calls of the program's code (or backward jumps of a loop in code that
   * runs once) before it is compiled; the tests use 1, so that everything
   * runs compiled.
   */
  jitAfter: number;
}

export const DEFAULT_CONFIG: Config = {
  checkInterval: 100,
  recursionLimit: 1000,
  tickNs: 20,
  cores: 4,
  maxProcesses: 256,
  maxSteps: Infinity,
  seed: 0,
  filename: '<string>',
  sched: 'fifo',
  gilModel: 'py2',
  realtime: false,
  jit: true,
  jitAfter: 20,
};
