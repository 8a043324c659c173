/// <reference types="node" />
// `pygil explore FILE`: runs a program under many schedules in this process
// and prints the distinct outcomes with the seed that reproduces each
// (src/tools/explore.ts does the work).

import { readFileSync } from 'node:fs';
import { exploreRandom, formatExploreReport, checkCompiles } from '../tools/explore.js';

export interface ExploreFlags {
  runs?: string;
  checkInterval?: string;
  gilModel?: string;
  tickNs?: string;
  maxSteps?: string;
  realtime?: boolean;
}

/** Default per-run step limit: a run that does not end must not stall the exploration. */
const DEFAULT_MAX_STEPS = 100_000_000;

function positiveInt(name: string, v: string | undefined, dflt: number): number | null {
  if (v === undefined) return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) {
    process.stderr.write(`pygil: ${name} must be an integer >= 1, not '${v}'\n`);
    return null;
  }
  return n;
}

export function exploreCommand(file: string, args: string[], flags: ExploreFlags): number {
  if (flags.realtime) {
    process.stderr.write('pygil: explore: --realtime is refused: exploring compares runs, which needs the deterministic virtual clock\n');
    return 2;
  }
  if (flags.gilModel !== undefined && flags.gilModel !== 'py2' && flags.gilModel !== 'py311') {
    process.stderr.write(`pygil: --gil-model must be one of py2, py311, not '${flags.gilModel}'\n`);
    return 2;
  }
  const runs = positiveInt('--runs', flags.runs, 100);
  const checkInterval = positiveInt('--check-interval', flags.checkInterval, 100);
  const tickNs = positiveInt('--tick-ns', flags.tickNs, 20);
  const maxSteps = positiveInt('--max-steps', flags.maxSteps, DEFAULT_MAX_STEPS);
  if (runs === null || checkInterval === null || tickNs === null || maxSteps === null) return 2;
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    process.stderr.write(`pygil: can't open file '${file}': ${e.code === 'ENOENT' ? '[Errno 2] No such file or directory' : e.message}\n`);
    return 2;
  }
  const syntax = checkCompiles(source, file);
  if (syntax !== null) {
    process.stderr.write(syntax);
    return 1;
  }
  const runFlags: string[] = [];
  if (flags.checkInterval !== undefined) runFlags.push('--check-interval', String(checkInterval));
  if (flags.gilModel !== undefined) runFlags.push('--gil-model', flags.gilModel);
  if (flags.tickNs !== undefined) runFlags.push('--tick-ns', String(tickNs));
  if (flags.maxSteps !== undefined) runFlags.push('--max-steps', String(maxSteps));
  const result = exploreRandom(source, file, {
    runs, checkInterval, tickNs, maxSteps, args,
    gilModel: (flags.gilModel as 'py2' | 'py311' | undefined) ?? 'py2',
  });
  process.stdout.write(formatExploreReport(result, file, runFlags));
  const stopped = result.outcomes.filter((o) => o.status === 124).reduce((n, o) => n + o.seeds.length, 0);
  if (stopped > 0) {
    process.stdout.write(`\n${stopped} run(s) hit the step limit of ${maxSteps} instructions (--max-steps) and were stopped.\n`);
  }
  return 0;
}
