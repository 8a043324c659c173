/// <reference types="node" />
// The `pygil` command line (commander). Reads files and stdin, writes to the
// process's stdout/stderr, and maps results to exit codes.

import { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { runSource } from '../index.js';
import { nodeHost } from './node-host.js';

const VERSION = '0.1.0';

function readSource(file: string): string | null {
  try {
    return file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const why = e.code === 'ENOENT' ? '[Errno 2] No such file or directory' : e.code === 'EISDIR' ? '[Errno 21] Is a directory' : e.message;
    process.stderr.write(`pygil: can't open file '${file}': ${why}\n`);
    return null;
  }
}

interface RunFlags {
  maxSteps?: string;
  recursionLimit?: string;
}

function runFile(file: string, args: string[], flags: RunFlags): number {
  const source = readSource(file);
  if (source === null) return 2;
  const host = nodeHost(file === '-' ? '' : null);
  return runSource(source, file === '-' ? '<stdin>' : file, host, {
    args,
    maxSteps: flags.maxSteps !== undefined ? Number(flags.maxSteps) : Infinity,
  });
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
    .action((opts: { c?: string }) => {
      if (opts.c !== undefined) {
        exitCode = runSource(opts.c, '<string>', nodeHost(null), { args: program.args });
      } else {
        program.help();
      }
    });

  program
    .command('run')
    .description('run a Python file (FILE may be - for standard input)')
    .argument('<file>', 'the program')
    .argument('[args...]', "arguments passed to the program's sys.argv")
    .option('--max-steps <n>', 'stop after N instructions')
    .passThroughOptions()
    .action((file: string, args: string[], flags: RunFlags) => {
      exitCode = runFile(file, args, flags);
    });

  program
    .command('dis')
    .description('disassemble a Python file, like python -m dis')
    .argument('<file>')
    .action(async (file: string) => {
      const { disassembleFile } = await import('./dis-command.js');
      exitCode = disassembleFile(file);
    });

  program
    .command('golden')
    .description('run every NAME.py under DIR and compare with NAME.out/.err/.code')
    .argument('<dir>')
    .option('--update', 'rewrite the expected files from pygil\'s output')
    .action(async (dir: string, flags: { update?: boolean }) => {
      const { goldenCommand } = await import('./golden-command.js');
      exitCode = goldenCommand(dir, flags.update === true);
    });

  program.exitOverride((err) => {
    throw err;
  });
  try {
    program.parse(argv, { from: 'user' });
  } catch (err) {
    const e = err as { exitCode?: number; code?: string };
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
    return e.exitCode ?? 2;
  }
  return exitCode;
}
