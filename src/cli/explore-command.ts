/// <reference types="node" />
// `pygil explore FILE`: runs a program under many schedules in this process
// and prints the distinct outcomes with the seed that reproduces each
// (src/tools/explore.ts does the work).

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { writeAll } from './node-host.js';
import { exploreRandom, formatExploreReport, checkCompiles } from '../tools/explore.js';
import { exploreSystematic, formatSystematicReport, shortestFailure } from '../tools/explore-systematic.js';
import { formatSchedule } from '../tools/schedule-file.js';

export interface ExploreFlags {
  runs?: string;
  checkInterval?: string;
  gilModel?: string;
  tickNs?: string;
  maxSteps?: string;
  realtime?: boolean;
  systematic?: boolean;
  maxSwitches?: string;
  save?: string;
}

/** Default per-run step limit: a run that does not end must not stall the exploration. */
const DEFAULT_MAX_STEPS = 100_000_000;

function positiveInt(name: string, v: string | undefined, dflt: number): number | null {
  if (v === undefined) return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) {
    writeAll(2, `pygil: ${name} must be an integer >= 1, not '${v}'\n`);
    return null;
  }
  return n;
}

export function exploreCommand(file: string, args: string[], flags: ExploreFlags): number {
  if (flags.realtime) {
    writeAll(2, 'pygil: explore: --realtime is refused: exploring compares runs, which needs the deterministic virtual clock\n');
    return 2;
  }
  if (flags.gilModel !== undefined && flags.gilModel !== 'py2' && flags.gilModel !== 'py311') {
    writeAll(2, `pygil: --gil-model must be one of py2, py311, not '${flags.gilModel}'\n`);
    return 2;
  }
  const runs = positiveInt('--runs', flags.runs, flags.systematic ? 10_000 : 100);
  const maxSwitches = flags.maxSwitches === '0' ? 0 : positiveInt('--max-switches', flags.maxSwitches, 2);
  if (maxSwitches === null) return 2;
  if (!flags.systematic && (flags.maxSwitches !== undefined || flags.save !== undefined)) {
    writeAll(2, 'pygil: explore: --max-switches and --save go with --systematic\n');
    return 2;
  }
  const checkInterval = positiveInt('--check-interval', flags.checkInterval, 100);
  const tickNs = positiveInt('--tick-ns', flags.tickNs, 20);
  const maxSteps = positiveInt('--max-steps', flags.maxSteps, DEFAULT_MAX_STEPS);
  if (runs === null || checkInterval === null || tickNs === null || maxSteps === null) return 2;
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    writeAll(2, `pygil: can't open file '${file}': ${e.code === 'ENOENT' ? '[Errno 2] No such file or directory' : e.message}\n`);
    return 2;
  }
  const syntax = checkCompiles(source, file);
  if (syntax !== null) {
    writeAll(2, syntax);
    return 1;
  }
  const runFlags: string[] = [];
  if (flags.checkInterval !== undefined) runFlags.push('--check-interval', String(checkInterval));
  if (flags.gilModel !== undefined) runFlags.push('--gil-model', flags.gilModel);
  if (flags.tickNs !== undefined) runFlags.push('--tick-ns', String(tickNs));
  if (flags.maxSteps !== undefined) runFlags.push('--max-steps', String(maxSteps));
  if (flags.systematic) {
    return systematic(source, file, args, { maxSwitches, runs, tickNs, maxSteps, save: flags.save });
  }
  const result = exploreRandom(source, file, {
    runs, checkInterval, tickNs, maxSteps, args,
    gilModel: (flags.gilModel as 'py2' | 'py311' | undefined) ?? 'py2',
  });
  writeAll(1, formatExploreReport(result, file, runFlags));
  const stopped = result.outcomes.filter((o) => o.status === 124).reduce((n, o) => n + o.seeds.length, 0);
  if (stopped > 0) {
    writeAll(1, `\n${stopped} run(s) hit the step limit of ${maxSteps} instructions (--max-steps) and were stopped.\n`);
  }
  return 0;
}

interface SystematicFlags {
  maxSwitches: number;
  runs: number;
  tickNs: number;
  maxSteps: number;
  save?: string;
}

/** `--systematic`: every schedule with at most K switches (up to --runs of them). */
function systematic(source: string, file: string, args: string[], f: SystematicFlags): number {
  const result = exploreSystematic(source, file, { maxSwitches: f.maxSwitches, maxRuns: f.runs, tickNs: f.tickNs, maxSteps: f.maxSteps, args });
  writeAll(1, formatSystematicReport(result, file, f.maxSwitches));
  const name = (id: number) => result.threadNames.get(id) ?? `thread ${id}`;
  const stem = path.basename(file).replace(/\.py$/, '');
  try {
    if (f.save !== undefined) {
      mkdirSync(f.save, { recursive: true });
      result.outcomes.forEach((o, i) => {
        writeFileSync(path.join(f.save!, `${stem}.outcome-${i + 1}.schedule`), formatSchedule(o.schedule, file, name));
      });
      writeAll(1, `\nThe shortest schedule of each outcome is in ${f.save}/${stem}.outcome-N.schedule.\n`);
    }
    const fail = shortestFailure(result);
    if (fail !== null) {
      const out = `${stem}.schedule`;
      writeFileSync(out, formatSchedule(fail.schedule, file, name));
      writeAll(1, `\nThe shortest failing schedule (${fail.preemptions} preemption(s), ${fail.schedule.length} switch point(s)) is saved in ${out}; replay it with:\n` +
        `  pygil run --schedule ${out} ${file}\n`);
    } else {
      writeAll(1, `\nNo schedule${result.complete ? '' : ' tried'} fails (no uncaught exception, dead thread, deadlock or step limit).\n`);
    }
  } catch (err) {
    writeAll(2, `pygil: explore: cannot write a schedule file: ${(err as Error).message}\n`);
    return 2;
  }
  return 0;
}
