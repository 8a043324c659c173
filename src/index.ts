// The library entry point: run Python source text with options and output
// sinks. Imports no Node API, so a browser can use it as is.

import { parse } from '../grammar/index.js';
import { compileModule, SyntaxErrorAt, type CompileOptions } from './compiler/compiler.js';
import { RaceDetector } from './tools/race.js';
import { type CodeObject, setJitAfter } from './compiler/code.js';
import { DEFAULT_CONFIG, Config } from './config.js';
import type { Host } from './host.js';
import { Process, setCurrent } from './vm/process.js';
import { SimOS, MAIN_PID } from './vm/os-sim.js';
import { PyDict } from './runtime/dict.js';
import { formatSyntaxError, sourceLine } from './vm/traceback.js';
import { StepLimitExceeded } from './vm/interpreter.js';
import { attachGilTrace, attachTaskTrace, formatStats, formatProcessStats } from './vm/trace.js';
import type { SchedEvent } from './vm/events.js';
import type { Preemption } from './vm/scheduler.js';
import type { ThreadState } from './vm/frame.js';
import { resetObjectIds, forgetUserSubclasses, typeType } from './runtime/object.js';
import { PyTuple } from './runtime/tuple.js';
import { PyModule } from './runtime/function.js';
import { hostSteps, call } from './runtime/ops.js';

export { BufferHost } from './host.js';
export type { Host } from './host.js';
export type { Config } from './config.js';

export interface RunOptions extends Partial<Config> {
  /** sys.argv[1:] */
  args?: string[];
  /** sys.argv[0] when it is not the file name: '-c' for `pygil -c`, '-' for a program read from stdin (as CPython). */
  argv0?: string;
  /** 'gil': report every GIL hand-off; 'tasks': every asyncio task switch (see src/vm/trace.ts). */
  trace?: 'gil' | 'tasks' | null;
  /** Where trace lines go (default: the host's stderr). */
  traceWrite?: (line: string) => void;
  /** Print per-thread statistics to stderr at exit. */
  stats?: boolean;
  /** A scripted schedule (`--schedule FILE`): switch points instead of check intervals. */
  schedule?: Preemption[];
  /** Report data races (`--race`, src/tools/race.ts). */
  race?: boolean;
  /** The explorer's per-instruction probe (scheduler.ts `probe`). */
  probe?: (t: ThreadState, step: number) => void;
  /** Called with every scheduling event (timelines, tools). */
  listen?: (e: SchedEvent) => void;
}

/** Exit code used when pygil itself fails (EX_SOFTWARE). */
export const EXIT_INTERNAL = 70;
/** Exit code when --max-steps stops a program. */
export const EXIT_STEP_LIMIT = 124;

/** A compiled program, with the text of its SyntaxWarnings (as CPython prints them on stderr), or the SyntaxError text. */
export type CompileResult = { ok: true; code: CodeObject; warnings: string } | { ok: false; message: string };

/** Parses and compiles; on failure returns the SyntaxError text CPython would print. */
/**
 * The main module's namespace as CPython 3.11 starts it, names in its
 * order (dir() and globals() show them): a -c program has no file, and its
 * loader is the BuiltinImporter class rather than a SourceFileLoader.
 */
function mainGlobals(proc: Process, filename: string): PyDict {
  const globals = new PyDict();
  const fromFile = filename !== '<string>';
  const loaderClass = (name: string, module: string) => {
    const ns = new PyDict();
    ns.set('__module__', module);
    return call(typeType, [name, new PyTuple([]), ns]);
  };
  globals.set('__name__', '__main__');
  globals.set('__doc__', null);
  globals.set('__package__', null);
  globals.set('__loader__', fromFile
    ? call(loaderClass('SourceFileLoader', '_frozen_importlib_external'), [])
    : loaderClass('BuiltinImporter', '_frozen_importlib'));
  globals.set('__spec__', null);
  globals.set('__annotations__', new PyDict());
  // __main__'s is the builtins module; other modules' is its dict.
  globals.set('__builtins__', proc.loadModule('builtins'));
  if (fromFile) {
    globals.set('__file__', filename);
    globals.set('__cached__', null);
  }
  return globals;
}

export function compileSource(source: string, filename: string, options: CompileOptions = {}): CompileResult {
  try {
    return parseAndCompile(source, filename, options);
  } catch (err) {
    // An expression nested past what the host stack takes (a chain of
    // thousands of `+`): CPython's words for its own compiler's limit.
    if (err instanceof RangeError && /call stack|Stack overflow/.test(err.message)) {
      return { ok: false, message: 'RecursionError: maximum recursion depth exceeded during compilation\n' };
    }
    throw err;
  }
}

function parseAndCompile(source: string, filename: string, options: CompileOptions): CompileResult {
  const nul = source.indexOf('\0');
  if (nul >= 0) {
    // CPython's tokenizer refuses them before anything else, showing the line up to the NUL.
    const lineno = source.slice(0, nul).split('\n').length;
    const text = source.slice(source.lastIndexOf('\n', nul - 1) + 1, nul);
    return {
      ok: false,
      message: formatSyntaxError({ type: 'SyntaxError', msg: 'source code cannot contain null bytes', filename, lineno, offset: 0, endOffset: 0, text }),
    };
  }
  const r = parse(source, filename);
  if (!r.ok && r.error.type === 'RecursionError') return { ok: false, message: `RecursionError: ${r.error.msg}\n` };
  if (!r.ok) {
    const e = r.error;
    // A file or stdin, as CPython runs them: an error at the end of the input has no column.
    const offset = e.atEof === true && filename !== '<string>' ? 0 : e.offset;
    return {
      ok: false,
      message: formatSyntaxError({
        type: e.type, msg: e.msg, filename, lineno: e.lineno, offset,
        endOffset: e.end_offset ?? e.offset, text: sourceLine(source, e.lineno),
      }),
    };
  }
  try {
    const warnings: string[] = [];
    const warn = (msg: string, lineno: number): void => {
      // As the warnings module shows it: the source line, stripped, under the message.
      const line = filename.startsWith('<') ? undefined : sourceLine(source, lineno)?.trim();
      warnings.push(`${filename}:${lineno}: SyntaxWarning: ${msg}\n${line ? `  ${line}\n` : ''}`);
    };
    const code = compileModule(r.module, filename, source, { ...options, warn });
    return { ok: true, code, warnings: warnings.join('') };
  } catch (err) {
    if (err instanceof SyntaxErrorAt) {
      const n = err.node;
      const text = sourceLine(source, n.lineno);
      return {
        ok: false,
        message: formatSyntaxError({
          type: 'SyntaxError', msg: err.msg, filename, lineno: n.lineno, offset: n.col_offset + 1,
          endOffset: n.end_lineno === n.lineno ? n.end_col_offset + 1 : (text?.length ?? 0) + 1, text,
        }),
      };
    }
    throw err;
  }
}

function statsText(os: SimOS | null, main: Process): string {
  return os !== null && os.multi ? formatProcessStats(os) : formatStats(main.sched);
}

/** Runs a program; returns its exit code. All output goes to `host`. */
export function runSource(source: string, filename: string, host: Host, options: RunOptions = {}): number {
  const config: Config = { ...DEFAULT_CONFIG, ...options, filename };
  let proc: Process | null = null;
  let os: SimOS | null = null;
  try {
    resetObjectIds();
    forgetUserSubclasses();
    hostSteps.left = config.maxSteps;
    hostSteps.stop = () => {
      throw new StepLimitExceeded();
    };
    const compiled = compileSource(source, filename, { race: options.race === true });
    if (!compiled.ok) {
      host.stderr(compiled.message);
      return 1;
    }
    if (compiled.warnings !== '') host.stderr(compiled.warnings);
    if (config.jitAfter !== DEFAULT_CONFIG.jitAfter) setJitAfter(compiled.code, config.jitAfter);
    proc = new Process(MAIN_PID, config, host, [options.argv0 ?? filename, ...(options.args ?? [])]);
    os = new SimOS(config);
    setCurrent(proc);
    const globals = mainGlobals(proc, filename);
    proc.modules.set('__main__', new PyModule('__main__', globals));
    os.admit(proc);
    const listen = options.listen;
    if (listen !== undefined) os.listen((events) => events.on(listen));
    // A scripted schedule, the explorer's probe and the race detector watch the first process.
    if (options.schedule !== undefined) proc.sched.script = options.schedule;
    if (options.probe !== undefined) proc.sched.probe = options.probe;
    if (options.race === true) proc.race = new RaceDetector((s) => proc!.writeStderr(s));
    if (options.trace === 'gil') {
      const write = options.traceWrite ?? ((s: string) => proc!.writeStderr(s));
      const sim = os;
      sim.listen((events, p) => attachGilTrace(events, write, () => (sim.multi ? p.pid : 0)));
    }
    if (options.trace === 'tasks') {
      const write = options.traceWrite ?? ((s: string) => proc!.writeStderr(s));
      os.listen((events) => attachTaskTrace(events, write));
    }
    proc.startMain(compiled.code, globals);
    const status = os.run(proc);
    if (options.stats) proc.writeStderr(statsText(os, proc));
    if (proc.race !== null) proc.writeStderr(proc.race.summary());
    return status;
  } catch (err) {
    proc?.flushStdout();
    if (err instanceof StepLimitExceeded) {
      if (options.stats && proc !== null) proc.writeStderr(statsText(os, proc));
      host.stderr(`pygil: stopped after ${config.maxSteps} steps (--max-steps); the program may be in an endless loop\n`);
      return EXIT_STEP_LIMIT;
    }
    const detail = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    host.stderr(`pygil: internal error: ${detail}\nThis is a bug in pygil, not in your program. Please report it with the program that triggered it.\n`);
    return EXIT_INTERNAL;
  }
}


