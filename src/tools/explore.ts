// The schedule explorer's random mode: run one program under many seeded
// random schedules, in this process, and group the runs by what they
// printed. Each distinct outcome comes with the first seed that produced
// it, so `pygil run --sched random --seed N FILE` shows it again.
//
// A run is "what the user would see": stdout, stderr and the exit status
// together. The random scheduler already jitters the check interval per
// hand-off (scheduler.ts), so seeds vary both who runs next and when.

import { runSource, compileSource, type RunOptions } from '../index.js';
import { BufferHost } from '../host.js';

export interface Outcome {
  stdout: string;
  stderr: string;
  status: number;
  /** Seeds that gave this outcome, in the order they ran. */
  seeds: number[];
}

export interface ExploreResult {
  runs: number;
  /** Most frequent first; ties in order of first appearance. */
  outcomes: Outcome[];
}

export interface ExploreOptions extends RunOptions {
  runs: number;
  /** Called after each run (progress display). */
  progress?: (done: number) => void;
}

/** Runs `source` under seeds 1..runs of the random scheduler. */
export function exploreRandom(source: string, filename: string, opts: ExploreOptions): ExploreResult {
  const byText = new Map<string, Outcome>();
  const order: Outcome[] = [];
  const { runs, progress, ...runOpts } = opts;
  for (let seed = 1; seed <= runs; seed++) {
    const host = new BufferHost('');
    const status = runSource(source, filename, host, { ...runOpts, sched: 'random', seed });
    const stdout = host.stdoutText, stderr = host.stderrText;
    const key = `${status}\u0000${stdout}\u0000${stderr}`;
    let o = byText.get(key);
    if (o === undefined) {
      o = { stdout, stderr, status, seeds: [] };
      byText.set(key, o);
      order.push(o);
    }
    o.seeds.push(seed);
    progress?.(seed);
  }
  const outcomes = order.slice().sort((a, b) => b.seeds.length - a.seeds.length || a.seeds[0] - b.seeds[0]);
  return { runs, outcomes };
}

/** Reports a syntax error once instead of N identical runs. */
export function checkCompiles(source: string, filename: string): string | null {
  const r = compileSource(source, filename);
  return r.ok ? null : r.message;
}

const QUOTE = '  | ';

/** `text` as indented `| ` lines, at most `maxLines` of them. */
export function quoted(text: string, maxLines: number): string[] {
  const lines = text.endsWith('\n') ? text.slice(0, -1).split('\n') : text.split('\n');
  if (text === '') return [`${QUOTE}(nothing)`];
  const shown = lines.slice(0, maxLines).map((l) => QUOTE + l);
  if (lines.length > maxLines) shown.push(`${QUOTE}… ${lines.length - maxLines} more line(s)`);
  return shown;
}

/** Outcomes listed one by one; the rest are summed up in one line. */
const SHOWN = 20;

/** Columns a terminal gives `s`: East Asian wide characters (the seed prints Chinese) take two. */
function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) ||
      (c >= 0x20000 && c <= 0x3fffd) ? 2 : 1;
  }
  return w;
}

function padEndWide(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

function isOneLiner(o: Outcome): boolean {
  return o.status === 0 && o.stderr === '' && o.stdout.endsWith('\n') && o.stdout.indexOf('\n') === o.stdout.length - 1;
}

/** The histogram the `explore` command prints. */
export function formatExploreReport(r: ExploreResult, file: string, runFlags: string[]): string {
  const out: string[] = [];
  const n = r.outcomes.length;
  out.push(`pygil explore: ${r.runs} random schedule(s) of ${file} (seeds 1..${r.runs}): ${n} distinct outcome(s)`);
  out.push('');
  const most = Math.max(...r.outcomes.map((o) => o.seeds.length), 1);
  const bar = (o: Outcome) => '#'.repeat(Math.max(1, Math.round((24 * o.seeds.length) / most)));
  const pct = (o: Outcome) => `${((100 * o.seeds.length) / r.runs).toFixed(1)}%`;
  const shown = r.outcomes.slice(0, SHOWN);
  if (shown.every(isOneLiner)) {
    // One line of output per run: a table.
    const texts = shown.map((o) => o.stdout.slice(0, -1));
    const w = Math.min(60, Math.max(7, ...texts.map(displayWidth)));
    out.push(`   runs       %  ${'output'.padEnd(w)}  first seed`);
    shown.forEach((o, i) => {
      let text = texts[i];
      if (displayWidth(text) > w) {
        while (displayWidth(text) > w - 1) text = text.slice(0, -1);
        text += '…';
      }
      out.push(`${String(o.seeds.length).padStart(7)}  ${pct(o).padStart(6)}  ${padEndWide(text, w)}  ${String(o.seeds[0]).padStart(10)}  ${bar(o)}`);
    });
  } else {
    shown.forEach((o, i) => {
      if (i > 0) out.push('');
      out.push(`outcome ${i + 1}: ${o.seeds.length} run(s), ${pct(o)}, first seed ${o.seeds[0]}  ${bar(o)}`);
      out.push(...quoted(o.stdout, 8));
      if (o.status !== 0 || o.stderr !== '') {
        out.push(`  exit status ${o.status}${o.stderr !== '' ? ', stderr:' : ''}`);
        if (o.stderr !== '') out.push(...quoted(o.stderr, 8));
      }
    });
  }
  if (n > SHOWN) {
    const rest = r.outcomes.slice(SHOWN).reduce((k, o) => k + o.seeds.length, 0);
    out.push(`  … and ${n - SHOWN} more outcome(s) from ${rest} run(s)`);
  }
  out.push('');
  const flags = runFlags.length > 0 ? runFlags.join(' ') + ' ' : '';
  out.push(`To see an outcome again: pygil run ${flags}--sched random --seed SEED ${file}`);
  return out.join('\n') + '\n';
}
