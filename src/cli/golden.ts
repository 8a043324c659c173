/// <reference types="node" />
// The golden-test engine shared by `pygil golden DIR` and test/golden.test.ts:
// find NAME.py programs, run each in-process with runSource, compare stdout,
// stderr and exit code (and the disassembly, when a NAME.dis exists) with the
// expected files, and explain a mismatch with a unified diff.
//
// Design choices:
// - In-process runs (no child processes): hundreds of programs run in well
//   under a second of start-up, and a failure can be debugged in the same
//   Node process. runSource builds a fresh Process per run, so runs are
//   isolated as long as the runtime keeps no global state.
// - A step budget stands in for a wall-clock timeout: a synchronous run
//   cannot be interrupted, but the VM stops itself after maxSteps.
// - `--update` only rewrites programs marked `# cpython: skip (...)`:
//   everything else has expected output verified against CPython (see
//   scripts/check-cpython.js), which pygil must never overwrite with its own
//   guess. `.dis` files are pygil's own and are always updated.

import { existsSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runSource, compileSource, BufferHost } from '../index.js';
import type { RunOptions } from '../index.js';
import { decodeSource } from '../source-text.js';
import { formatDis } from '../compiler/dis.js';

/** Steps a golden program may run when its header sets no --max-steps. */
export const DEFAULT_STEP_BUDGET = 200_000_000;

export interface Expected {
  /** null when NAME.out does not exist. */
  stdout: string | null;
  stderr: string;
  code: number;
  /** The expected listing, when NAME.dis exists. */
  dis: string | null;
}

export interface GoldenCase {
  /** Path of NAME.py as found (relative to the searched directory's parent when given relative). */
  file: string;
  dir: string;
  stem: string;
  source: string;
  /** CPython's error when the file's bytes cannot be decoded (then `source` is not run), or null. */
  decodeError: string | null;
  args: string[];
  stdin: string;
  options: RunOptions;
  /** Why the case cannot run (an unsupported header flag…), or null. */
  skip: string | null;
  /** True when a `# cpython: skip` header marks the program as pygil-specific. */
  pygilSpecific: boolean;
  expected: Expected;
}

export interface Outcome {
  stdout: string;
  stderr: string;
  code: number;
  dis: string | null;
}

export interface Mismatch {
  what: string;
  /** A unified diff, or '' when the headline says it all. */
  diff: string;
}

// ------------------------------------------------------------ discovery

/** Every NAME.py under `dir`, recursively, in a stable (sorted) order. */
export function findPrograms(dir: string): string[] {
  const found: string[] = [];
  const walk = (d: string): void => {
    const entries = readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules' || e.name === '__pycache__') continue;
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && e.name.endsWith('.py')) found.push(p);
    }
  };
  if (dir.endsWith('.py')) return [dir];
  walk(dir);
  return found;
}

/** The leading comment lines of a program (blank lines allowed), without the '#'. */
function headerComments(source: string): string[] {
  const out: string[] = [];
  for (const line of source.split(/\r?\n/)) {
    const t = line.trim();
    if (t === '') continue;
    if (!t.startsWith('#')) break;
    out.push(t.slice(1).trim());
  }
  return out;
}

export interface HeaderFlags {
  options: RunOptions;
  /** Flags runSource cannot honour yet: the case is skipped rather than run wrongly. */
  unsupported: string[];
}

/**
 * Parses `# pygil: --flag value …` header lines into run options. The one
 * place to teach the golden runner a new flag (mirror `pygil run`'s flags).
 */
export function parseHeaderFlags(source: string): HeaderFlags {
  const options: RunOptions = {};
  const unsupported: string[] = [];
  for (const c of headerComments(source)) {
    const m = /^pygil:\s*(.*)$/.exec(c);
    if (!m) continue;
    const words = m[1].split(/\s+/).filter((w) => w !== '');
    for (let i = 0; i < words.length; i++) {
      let flag = words[i];
      let value: string | undefined;
      const eq = flag.indexOf('=');
      if (flag.startsWith('--') && eq > 0) {
        value = flag.slice(eq + 1);
        flag = flag.slice(0, eq);
      }
      const takeValue = (): string | undefined => value ?? words[++i];
      switch (flag) {
        case '--max-steps':
        case '--check-interval':
        case '--seed':
        case '--tick-ns':
        case '--cores':
        case '--max-processes': {
          const v = takeValue();
          const n = v === undefined ? NaN : Number(v);
          const min = flag === '--seed' ? 0 : 1;
          if (!Number.isInteger(n) || n < min) {
            unsupported.push(`${flag} ${v ?? ''}`.trim());
          } else if (flag === '--max-steps') options.maxSteps = n;
          else if (flag === '--check-interval') options.checkInterval = n;
          else if (flag === '--seed') options.seed = n;
          else if (flag === '--cores') options.cores = n;
          else if (flag === '--max-processes') options.maxProcesses = n;
          else options.tickNs = n;
          break;
        }
        case '--sched':
        case '--gil-model': {
          const v = takeValue();
          if (flag === '--sched' && (v === 'fifo' || v === 'random')) options.sched = v;
          else if (flag === '--gil-model' && (v === 'py2' || v === 'py311')) options.gilModel = v;
          else unsupported.push(`${flag} ${v ?? ''}`.trim());
          break;
        }
        case '--stats':
          options.stats = true;
          break;
        case '--race':
          options.race = true;
          break;
        case '--trace': {
          const v = takeValue();
          if (v === 'gil' || v === 'tasks') options.trace = v;
          else unsupported.push(`${flag} ${v ?? ''}`.trim());
          break;
        }
        default: {
          // Unknown: keep its value words with it, for the skip message.
          let text = words[i];
          while (i + 1 < words.length && !words[i + 1].startsWith('--')) text += ' ' + words[++i];
          unsupported.push(text);
        }
      }
    }
  }
  return { options, unsupported };
}

function isPygilSpecific(source: string): boolean {
  return headerComments(source).some((c) => /^cpython:\s*skip\b/.test(c));
}

function readIf(file: string): string | null {
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

/** Loads NAME.py with its companions (.args, .in, .out, .err, .code, .dis). */
export function loadCase(file: string): GoldenCase {
  const dir = path.dirname(file);
  const stem = path.basename(file, '.py');
  const at = (ext: string): string => path.join(dir, stem + ext);
  // Decoded as `pygil run` decodes it (a coding comment, a BOM).
  const decoded = decodeSource(readFileSync(file), path.basename(file));
  const source = decoded.ok ? decoded.text : readFileSync(file, 'latin1');
  const argsText = readIf(at('.args'));
  const args = argsText === null ? [] : argsText.split('\n').map((l) => l.replace(/\r$/, ''));
  if (args.length > 0 && args[args.length - 1] === '') args.pop();
  const header = parseHeaderFlags(source);
  const codeText = readIf(at('.code'));
  let code = 0;
  let skip = header.unsupported.length > 0 ? `unsupported header flag(s): ${header.unsupported.join(' ')}` : null;
  if (codeText !== null) {
    code = Number(codeText.trim());
    if (!/^-?\d+$/.test(codeText.trim())) skip = `bad ${stem}.code: ${JSON.stringify(codeText.trim())}`;
  }
  return {
    file, dir, stem, source, args, decodeError: decoded.ok ? null : decoded.message,
    stdin: readIf(at('.in')) ?? '',
    options: header.options,
    skip,
    pygilSpecific: isPygilSpecific(source),
    expected: { stdout: readIf(at('.out')), stderr: readIf(at('.err')) ?? '', code, dis: readIf(at('.dis')) },
  };
}

// ------------------------------------------------------------ running

/** Runs one case in-process, as `pygil run NAME.py ARGS < NAME.in` would from its directory. */
export function runCase(c: GoldenCase): Outcome {
  const host = new BufferHost(c.stdin);
  const filename = c.stem + '.py';
  let code: number;
  if (c.decodeError !== null) {
    // What `pygil run` prints for a file it cannot decode.
    host.stderr(c.decodeError);
    return { stdout: '', stderr: host.stderrText, code: 1, dis: null };
  }
  try {
    code = runSource(c.source, filename, host, { maxSteps: DEFAULT_STEP_BUDGET, ...c.options, args: c.args });
  } catch (err) {
    // runSource promises never to throw; if it does, show it as a mismatch.
    host.stderr(`golden: runSource threw: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
    code = 70;
  }
  let dis: string | null = null;
  if (c.expected.dis !== null) {
    const compiled = compileSource(c.source, filename);
    dis = compiled.ok ? formatDis(compiled.code) : compiled.message;
  }
  return { stdout: host.stdoutText, stderr: host.stderrText, code, dis };
}

/** What differs between the expectation and the outcome (empty: the case passes). */
export function compareCase(c: GoldenCase, o: Outcome): Mismatch[] {
  const m: Mismatch[] = [];
  const e = c.expected;
  const name = (ext: string): string => c.stem + ext;
  if (e.stdout === null) m.push({ what: `${name('.out')} is missing`, diff: unifiedDiff('', o.stdout, name('.out'), 'stdout') });
  else if (e.stdout !== o.stdout) m.push({ what: 'stdout differs', diff: unifiedDiff(e.stdout, o.stdout, name('.out'), 'stdout') });
  if (e.stderr !== o.stderr) m.push({ what: 'stderr differs', diff: unifiedDiff(e.stderr, o.stderr, name('.err'), 'stderr') });
  if (e.code !== o.code) m.push({ what: `exit code ${o.code}, expected ${e.code}`, diff: '' });
  if (e.dis !== null && o.dis !== null && e.dis !== o.dis) m.push({ what: 'disassembly differs', diff: unifiedDiff(e.dis, o.dis, name('.dis'), 'pygil dis') });
  return m;
}

/** A readable failure report: the program, each mismatch, each diff. */
export function formatFailure(c: GoldenCase, mismatches: Mismatch[]): string {
  const lines = [`FAIL ${c.file}: ${mismatches.map((x) => x.what).join('; ')}`];
  for (const x of mismatches) if (x.diff) lines.push(x.diff.replace(/\n$/, ''));
  return lines.join('\n') + '\n';
}

// ------------------------------------------------------------ updating

export interface UpdateResult {
  written: string[];
  deleted: string[];
  /** Why nothing was written, when the case is CPython-verified. */
  refused: string | null;
}

/** Rewrites the expected files from an outcome (see the header for which programs). */
export function updateCase(c: GoldenCase, o: Outcome): UpdateResult {
  const r: UpdateResult = { written: [], deleted: [], refused: null };
  const at = (ext: string): string => path.join(c.dir, c.stem + ext);
  const put = (ext: string, text: string): void => {
    if (readIf(at(ext)) === text) return;
    writeFileSync(at(ext), text);
    r.written.push(at(ext));
  };
  const drop = (ext: string): void => {
    if (!existsSync(at(ext))) return;
    unlinkSync(at(ext));
    r.deleted.push(at(ext));
  };
  if (o.dis !== null) put('.dis', o.dis);
  const outputsDiffer = c.expected.stdout !== o.stdout || c.expected.stderr !== o.stderr || c.expected.code !== o.code;
  if (!outputsDiffer) return r;
  if (!c.pygilSpecific) {
    r.refused = 'expected output is CPython-verified (no "# cpython: skip" header); regenerate it with python3';
    return r;
  }
  put('.out', o.stdout);
  if (o.stderr !== '') put('.err', o.stderr);
  else drop('.err');
  if (o.code !== 0) put('.code', `${o.code}\n`);
  else drop('.code');
  return r;
}

// ------------------------------------------------------------ the whole run

export interface GoldenSummary {
  passed: number;
  failed: number;
  skipped: number;
}

/** `N passed, M failed[, K skipped]`. */
export function summaryLine(s: GoldenSummary): string {
  return `${s.passed} passed, ${s.failed} failed` + (s.skipped > 0 ? `, ${s.skipped} skipped` : '');
}

/** Runs (and with `update`, rewrites) every program under `dir`, reporting through `log`. */
export function runGolden(dir: string, update: boolean, log: (text: string) => void): GoldenSummary {
  const s: GoldenSummary = { passed: 0, failed: 0, skipped: 0 };
  for (const file of findPrograms(dir)) {
    const c = loadCase(file);
    if (c.skip !== null) {
      s.skipped++;
      log(`SKIP ${file}: ${c.skip}\n`);
      continue;
    }
    const o = runCase(c);
    const mismatches = compareCase(c, o);
    if (update) {
      const u = updateCase(c, o);
      for (const w of u.written) log(`updated ${w}\n`);
      for (const d of u.deleted) log(`deleted ${d}\n`);
      if (u.refused !== null && mismatches.length > 0) {
        s.failed++;
        log(`NOT UPDATED ${file}: ${u.refused}\n` + formatFailure(c, mismatches));
      } else {
        s.passed++;
      }
      continue;
    }
    if (mismatches.length === 0) s.passed++;
    else {
      s.failed++;
      log(formatFailure(c, mismatches));
    }
  }
  log(summaryLine(s) + '\n');
  return s;
}

// ------------------------------------------------------------ diff

interface DiffLine {
  text: string;
  /** False for a last line that has no newline. */
  eol: boolean;
}

function splitLines(text: string): DiffLine[] {
  if (text === '') return [];
  const parts = text.split('\n');
  const lines = parts.map((p) => ({ text: p, eol: true }));
  if (parts[parts.length - 1] === '') lines.pop();
  else lines[lines.length - 1].eol = false;
  return lines;
}

type Op = { kind: ' ' | '-' | '+'; line: DiffLine; a: number; b: number };

/** Above this many cells the middle of the diff is shown as replaced outright. */
const LCS_MAX_CELLS = 4_000_000;

/** An edit script from an LCS table over the lines between the common prefix and suffix. */
function editScript(a: DiffLine[], b: DiffLine[]): Op[] {
  const same = (x: DiffLine, y: DiffLine): boolean => x.text === y.text && x.eol === y.eol;
  let pre = 0;
  while (pre < a.length && pre < b.length && same(a[pre], b[pre])) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && same(a[a.length - 1 - suf], b[b.length - 1 - suf])) suf++;
  const ops: Op[] = [];
  for (let i = 0; i < pre; i++) ops.push({ kind: ' ', line: a[i], a: i, b: i });
  const n = a.length - pre - suf;
  const m = b.length - pre - suf;
  if (n * m > LCS_MAX_CELLS) {
    for (let i = 0; i < n; i++) ops.push({ kind: '-', line: a[pre + i], a: pre + i, b: pre });
    for (let j = 0; j < m; j++) ops.push({ kind: '+', line: b[pre + j], a: pre + n, b: pre + j });
  } else {
    // lcs[i][j]: length of the LCS of a[pre+i..] and b[pre+j..], in one flat array.
    const w = m + 1;
    const lcs = new Uint32Array((n + 1) * w);
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lcs[i * w + j] = same(a[pre + i], b[pre + j]) ? lcs[(i + 1) * w + j + 1] + 1 : Math.max(lcs[(i + 1) * w + j], lcs[i * w + j + 1]);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && same(a[pre + i], b[pre + j])) {
        ops.push({ kind: ' ', line: a[pre + i], a: pre + i, b: pre + j });
        i++;
        j++;
      } else if (i < n && (j === m || lcs[(i + 1) * w + j] >= lcs[i * w + j + 1])) {
        // Deletions first on a tie, so a changed block reads old-then-new.
        ops.push({ kind: '-', line: a[pre + i], a: pre + i, b: pre + j });
        i++;
      } else {
        ops.push({ kind: '+', line: b[pre + j], a: pre + i, b: pre + j });
        j++;
      }
    }
  }
  for (let k = 0; k < suf; k++) {
    const ia = a.length - suf + k;
    ops.push({ kind: ' ', line: a[ia], a: ia, b: b.length - suf + k });
  }
  return ops;
}

function hunkRange(start: number, count: number): string {
  // As GNU diff: an empty range names the line before it.
  if (count === 0) return `${start},0`;
  return count === 1 ? `${start + 1}` : `${start + 1},${count}`;
}

/**
 * A unified diff of two texts (`-` expected, `+` actual) with `context`
 * lines around each change; '' when they are equal.
 */
export function unifiedDiff(expected: string, actual: string, labelA = 'expected', labelB = 'actual', context = 3): string {
  if (expected === actual) return '';
  const ops = editScript(splitLines(expected), splitLines(actual));
  const changed = ops.map((o, i) => (o.kind !== ' ' ? i : -1)).filter((i) => i >= 0);
  const out = [`--- ${labelA}`, `+++ ${labelB}`];
  let k = 0;
  while (k < changed.length) {
    // Grow a hunk while the next change is within 2*context lines.
    const first = changed[k];
    let last = first;
    while (k + 1 < changed.length && changed[k + 1] - last <= 2 * context) last = changed[++k];
    k++;
    const from = Math.max(0, first - context);
    const to = Math.min(ops.length - 1, last + context);
    const slice = ops.slice(from, to + 1);
    const aCount = slice.filter((o) => o.kind !== '+').length;
    const bCount = slice.filter((o) => o.kind !== '-').length;
    out.push(`@@ -${hunkRange(ops[from].a, aCount)} +${hunkRange(ops[from].b, bCount)} @@`);
    for (const o of slice) {
      out.push(o.kind + o.line.text);
      if (!o.line.eol) out.push('\\ No newline at end of file');
    }
  }
  return out.join('\n') + '\n';
}
