/// <reference types="node" />
// The `pygil` command line (commander). Reads files and stdin, writes to the
// process's stdout/stderr, and maps results to exit codes.

import { Command } from 'commander';
import { readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import { runSource, type RunOptions } from '../index.js';
import { timelineCommand } from './timeline-command.js';
import { exploreCommand, type ExploreFlags } from './explore-command.js';
import { parseSchedule } from '../tools/schedule-file.js';

// Re-exported for the code-cache step of scripts/bundle.js.
export { runSource };
export { setPrecompiledLoader, precompiledData } from '../modules/py-source.js';
import { nodeHost } from './node-host.js';
import { readSource } from './read-source.js';
import { disassembleFile } from './dis-command.js';
import { goldenCommand } from './golden-command.js';

const VERSION = '0.1.0';

interface RunFlags {
  maxSteps?: string;
  checkInterval?: string;
  sched?: string;
  seed?: string;
  gilModel?: string;
  tickNs?: string;
  cores?: string;
  maxProcesses?: string;
  trace?: string;
  traceFile?: string;
  stats?: boolean;
  realtime?: boolean;
  schedule?: string;
  race?: boolean;
  jit?: boolean;
}

function intFlag(name: string, v: string | undefined, min: number): number | undefined {
  if (v === undefined) return undefined;
  // Decimal digits only (Number() would take 1e3, 0x10 and ' 5'), up to 2**53.
  const n = /^-?\d+$/.test(v) ? Number(v) : NaN;
  if (!Number.isSafeInteger(n) || n < min) {
    process.stderr.write(`pygil: ${name} must be an integer >= ${min} (at most 2**53), not '${v}'\n`);
    process.exit(2);
  }
  return n;
}

function choiceFlag<T extends string>(name: string, v: string | undefined, choices: readonly T[]): T | undefined {
  if (v === undefined) return undefined;
  if (!(choices as readonly string[]).includes(v)) {
    process.stderr.write(`pygil: ${name} must be one of ${choices.join(', ')}, not '${v}'\n`);
    process.exit(2);
  }
  return v as T;
}

function runFile(file: string, args: string[], flags: RunFlags, extra: Partial<RunOptions> = {}): number {
  const source = readSource(file);
  if (typeof source === 'number') return source;
  const host = nodeHost(file === '-' ? '' : null);
  const trace = choiceFlag('--trace', flags.trace, ['gil', 'tasks'] as const);
  let traceWrite: ((s: string) => void) | undefined;
  if (flags.traceFile !== undefined) {
    try {
      writeFileSync(flags.traceFile, '');
    } catch (err) {
      process.stderr.write(`pygil: --trace-file: cannot write '${flags.traceFile}': ${errnoText(err)}\n`);
      return 2;
    }
    let failed = false;
    traceWrite = (s) => {
      if (failed) return;
      try {
        appendFileSync(flags.traceFile!, s);
      } catch (err) {
        // The program goes on; its trace stops here.
        failed = true;
        process.stderr.write(`pygil: --trace-file: cannot write '${flags.traceFile}': ${errnoText(err)}; tracing stopped\n`);
      }
    };
  }
  const opts = {
    args,
    maxSteps: intFlag('--max-steps', flags.maxSteps, 1) ?? Infinity,
    checkInterval: intFlag('--check-interval', flags.checkInterval, 1),
    sched: choiceFlag('--sched', flags.sched, ['fifo', 'random'] as const),
    seed: intFlag('--seed', flags.seed, 0),
    gilModel: choiceFlag('--gil-model', flags.gilModel, ['py2', 'py311'] as const),
    tickNs: intFlag('--tick-ns', flags.tickNs, 1),
    cores: intFlag('--cores', flags.cores, 1),
    maxProcesses: intFlag('--max-processes', flags.maxProcesses, 1),
    trace: trace ?? (flags.traceFile !== undefined ? 'gil' as const : undefined),
    traceWrite,
    stats: flags.stats === true,
    realtime: flags.realtime === true ? true : undefined,
    race: flags.race === true ? true : undefined,
    jit: flags.jit === false ? false : undefined,
  };
  if (flags.schedule !== undefined) {
    let text: string;
    try {
      text = readFileSync(flags.schedule, 'utf8');
    } catch (err) {
      process.stderr.write(`pygil: --schedule: cannot read '${flags.schedule}': ${(err as Error).message}\n`);
      return 2;
    }
    const parsed = parseSchedule(text);
    if (!parsed.ok) {
      process.stderr.write(`pygil: --schedule ${flags.schedule}: ${parsed.message}\n`);
      return 2;
    }
    extra = { ...extra, schedule: parsed.schedule };
  }
  // Leave unset options to the defaults in src/config.ts.
  for (const k of Object.keys(opts) as (keyof typeof opts)[]) if (opts[k] === undefined) delete opts[k];
  return runSource(source, file === '-' ? '<stdin>' : file, host, { ...opts, ...extra, ...(file === '-' ? { argv0: '-' } : {}) });
}

/** The options `run` shares with the commands that run a program (timeline). */
function addRunOptions(cmd: Command): Command {
  return cmd
    .option('--max-steps <n>', 'stop after N instructions')
    .option('--check-interval <n>', 'instructions a thread runs before the GIL may change hands (default 100)')
    .option('--sched <policy>', 'who gets the GIL next: fifo (default) or random')
    .option('--seed <n>', 'seed for --sched random and for an unseeded random module (default 0)')
    .option('--gil-model <model>', 'py2 (default): switch at any instruction; py311: only where CPython 3.11 checks')
    .option('--tick-ns <n>', 'virtual nanoseconds per instruction (default 20)')
    .option('--cores <n>', 'simulated CPU cores for processes (default 4)')
    .option('--max-processes <n>', 'most simulated processes alive at once; fork fails beyond (default 256)')
    .option('--trace <what>', 'print events to stderr: gil (every GIL hand-off) or tasks (every asyncio task switch)')
    .option('--trace-file <file>', 'write the --trace output to FILE instead')
    .option('--stats', 'print per-thread (and per-process) statistics at exit')
    .option('--realtime', "use the host's clock and really sleep (not deterministic)")
    .option('--schedule <file>', 'replay a schedule written by pygil explore --systematic')
    .option('--race', 'report data races: unordered accesses of the same global, attribute or item by two threads')
    .option('--no-jit', 'interpret everything (no compiling of hot code to JavaScript; the output is the same)');
}

export function main(argv: string[]): number {
  let exitCode = 0;
  const program = new Command();
  program
    .name('pygil')
    .description('A teaching interpreter for Python 3 that makes the GIL visible.')
    .version(`pygil ${VERSION}`, '-V, --version')
    .option('-c <code>', 'run a program passed as a string')
    .addHelpText('after', `
Examples:
  pygil run programs/seed/money_race.py       run a program
  pygil run --max-steps 1000000 loop.py       stop a runaway program
  pygil -c "print(2**100)"                    run a one-liner
  pygil dis programs/seed/money_race.py       show the bytecode
  pygil golden programs/lang                  check golden outputs`)
    .enablePositionalOptions()
    .allowExcessArguments(true)
    .action((opts: { c?: string }) => {
      if (opts.c !== undefined) {
        // Everything after the code is the program's sys.argv[1:], as `python -c CODE ARGS`.
        exitCode = runSource(opts.c, '<string>', nodeHost(null), { args: program.args, argv0: '-c' });
      } else if (program.args.length > 0) {
        program.error(`error: unknown command '${program.args[0]}'`);
      } else {
        program.help();
      }
    });

  addRunOptions(program
    .command('run')
    .description('run a Python file (FILE may be - for standard input)')
    .argument('<file>', 'the program')
    .argument('[args...]', "arguments passed to the program's sys.argv"))
    .passThroughOptions()
    .action((file: string, args: string[], flags: RunFlags) => {
      exitCode = runFile(file, args, flags);
    });

  addRunOptions(program
    .command('timeline')
    .description('run a program and draw its GIL timeline (one lane per thread) to an .html or .svg file')
    .argument('<file>', 'the program')
    .argument('[args...]', "arguments passed to the program's sys.argv")
    .requiredOption('-o, --output <file>', 'where to write the timeline: NAME.html (interactive) or NAME.svg')
    .option('--from <ms>', 'start of the time shown first, in virtual ms (default 0)')
    .option('--to <ms>', 'end of the time shown first, in virtual ms (default: the end of the run)'))
    .passThroughOptions()
    .action((file: string, args: string[], flags: RunFlags & { output: string; from?: string; to?: string }) => {
      exitCode = timelineCommand(file, flags.output, flags.from, flags.to, (listen) => runFile(file, args, flags, { listen }));
    });

  program
    .command('explore')
    .description('run a program under many random thread schedules and group the outcomes')
    .argument('<file>', 'the program')
    .argument('[args...]', "arguments passed to the program's sys.argv")
    .option('--runs <n>', 'how many schedules to try: seeds 1..N (default 100)')
    .option('--check-interval <n>', 'base check interval; the random scheduler jitters it (default 100)')
    .option('--gil-model <model>', 'py2 (default) or py311')
    .option('--tick-ns <n>', 'virtual nanoseconds per instruction (default 20)')
    .option('--max-steps <n>', 'stop each run after N instructions (default 100000000)')
    .option('--realtime', 'refused: exploring needs the deterministic clock')
    .option('--systematic', 'instead of random schedules, try every schedule with at most K forced switches')
    .option('--max-switches <k>', 'with --systematic: K (default 2)')
    .option('--save <dir>', "with --systematic: write each outcome's shortest schedule to DIR")
    .passThroughOptions()
    .action((file: string, args: string[], flags: ExploreFlags) => {
      exitCode = exploreCommand(file, args, flags);
    });

  program
    .command('dis')
    .description('disassemble a Python file, like python -m dis')
    .argument('<file>')
    .action((file: string) => {
      exitCode = disassembleFile(file);
    });

  program
    .command('golden')
    .description('run every NAME.py under DIR and compare with NAME.out/.err/.code')
    .argument('<dir>')
    .option('--update', 'rewrite the expected files from pygil\'s output')
    .action((dir: string, flags: { update?: boolean }) => {
      exitCode = goldenCommand(dir, flags.update === true);
    });

  // Usage errors throw instead of exiting (main maps them to status 2), in every command.
  for (const cmd of [program, ...program.commands]) {
    cmd.exitOverride((err) => {
      throw err;
    });
  }
  try {
    program.parse(argv, { from: 'user' });
  } catch (err) {
    const e = err as { exitCode?: number; code?: string };
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
    // A usage error (commander has printed it): 2, as CPython's.
    if (typeof e.code === 'string' && e.code.startsWith('commander.')) return 2;
    return hostFailure(err);
  }
  return exitCode;
}

/**
 * What the command does with an error of the host outside the program's
 * run: a failed write of output or a trace (a full disk, a closed pipe) is
 * reported in one line, exit 1; anything else is a bug in pygil, exit 70.
 */
function hostFailure(err: unknown): number {
  const say = (text: string): void => {
    try {
      process.stderr.write(text);
    } catch {
      // stderr itself is gone: the exit status is all that is left.
    }
  };
  if (err instanceof Error && typeof (err as NodeJS.ErrnoException).code === 'string' && (err as NodeJS.ErrnoException).syscall !== undefined) {
    say(`pygil: ${errnoText(err)}\n`);
    return 1;
  }
  const detail = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  say(`pygil: internal error: ${detail}\nThis is a bug in pygil, not in your program. Please report it with the program that triggered it.\n`);
  return 70;
}

/** An operating-system error as Python words it: `[Errno 28] No space left on device`. */
function errnoText(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  const known: Record<string, string> = {
    ENOENT: '[Errno 2] No such file or directory', EISDIR: '[Errno 21] Is a directory', EACCES: '[Errno 13] Permission denied',
    ENOSPC: '[Errno 28] No space left on device', EPIPE: '[Errno 32] Broken pipe', EIO: '[Errno 5] Input/output error',
    ENOTDIR: '[Errno 20] Not a directory', EROFS: '[Errno 30] Read-only file system',
  };
  return (e.code !== undefined ? known[e.code] : undefined) ?? e.message;
}
