#!/usr/bin/env node
// Check the golden test corpus against CPython (the specification).
//
// Usage: node scripts/check-cpython.js [PATH...]
//   PATH is a directory (searched recursively for *.py) or a single .py file;
//   the default is `programs`.
//
// For every NAME.py this runs CPython ($PYTHON or python3) the way the golden
// runner runs pygil: cwd = the program's directory, argv = [NAME.py, ...lines of
// NAME.args], stdin = NAME.in (or empty).  It then compares
//   stdout    with NAME.out   (required)
//   stderr    with NAME.err   (missing = empty)
//   exit code with NAME.code  (missing = 0)
// and prints each mismatch with a short diff, the skipped programs with their
// reasons, and a summary line "N passed, M failed, K skipped".
//
// CPython 3.9+ reports the main script with its absolute path in tracebacks
// (File "/abs/dir/NAME.py", line 3); the expected files use the bare name
// (File "NAME.py", line 3), so the program's directory is stripped from
// File "..." references in CPython's output before comparing.
//
// A program whose leading comment lines contain
//   # cpython: skip (reason)
// is pygil-specific (its expected output differs from CPython's by design) and
// is skipped.
//
// Exit status: 0 if everything passed, 1 if any program mismatched, 2 on a
// usage or setup error.

import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { resolvePython, pythonVersion } from './cpython.js';

const TIMEOUT_MS = 60_000;
const MAX_DIFF_LINES = 12;
const MAX_LINE_CHARS = 160;

function usage() {
  console.log('usage: node scripts/check-cpython.js [DIR|FILE.py ...]   (default: programs)');
}

function collectPrograms(targets) {
  const found = [];
  const walk = (dir) => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules' || e.name === '__pycache__') continue;
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && e.name.endsWith('.py')) found.push(p);
    }
  };
  for (const t of targets) {
    if (!existsSync(t)) {
      console.error(`check-cpython: no such file or directory: ${t}`);
      process.exit(2);
    }
    if (statSync(t).isDirectory()) walk(t);
    else if (t.endsWith('.py')) found.push(t);
    else {
      console.error(`check-cpython: not a directory or .py file: ${t}`);
      process.exit(2);
    }
  }
  return [...new Set(found.map((p) => path.resolve(p)))].sort();
}

// The reason from a `# cpython: skip (reason)` header among the leading
// comment/blank lines of the program, or null.
function skipReason(source) {
  for (const line of source.split(/\r?\n/)) {
    const t = line.trim();
    if (t === '') continue;
    if (!t.startsWith('#')) break;
    const m = /^#\s*cpython:\s*skip\b\s*(.*)$/.exec(t);
    if (m) {
      let reason = m[1].trim();
      if (reason.startsWith('(') && reason.endsWith(')')) reason = reason.slice(1, -1).trim();
      return reason || 'no reason given';
    }
  }
  return null;
}

function readArgs(file) {
  if (!existsSync(file)) return [];
  const lines = readFileSync(file, 'utf8').split('\n');
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines.map((l) => l.replace(/\r$/, ''));
}

function runProgram(python, pyFile) {
  const dir = path.dirname(pyFile);
  const base = path.basename(pyFile);
  const stem = base.slice(0, -3);
  const inFile = path.join(dir, stem + '.in');
  const args = readArgs(path.join(dir, stem + '.args'));
  const input = existsSync(inFile) ? readFileSync(inFile) : null;
  const env = { ...process.env };
  if (!env.PYTHONIOENCODING) env.PYTHONIOENCODING = 'utf-8';
  delete env.PYTHONSTARTUP;
  delete env.PYTHONINSPECT;

  return new Promise((resolve) => {
    const child = spawn(python, [base, ...args], {
      cwd: dir,
      env,
      stdio: [input === null ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    const out = [];
    const err = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, TIMEOUT_MS);
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    if (input !== null) {
      child.stdin.on('error', () => {}); // the program may exit without reading all input
      child.stdin.end(input);
    }
    child.on('error', (e) => {
      clearTimeout(timer);
      resolve({ error: e.message });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({
        stdout: Buffer.concat(out),
        stderr: Buffer.concat(err),
        code,
        signal,
        timedOut,
      });
    });
  });
}

// Names of files in the program's directory made relative, as pygil shows them: `File "/abs/dir/NAME.py"`
// becomes `File "NAME.py"`, and the same in coroutine reprs and warnings.
function normalizePaths(text, dir) {
  const prefixes = new Set([dir + path.sep]);
  try {
    prefixes.add(realpathSync(dir) + path.sep);
  } catch {
    /* ignore */
  }
  let result = text;
  for (const p of prefixes) result = result.split(`File "${p}`).join('File "');
  // Coroutine and task reprs: `<bg() running at /abs/dir/NAME.py:3>`, `defined at /abs/dir/NAME.py:9`.
  for (const p of prefixes) result = result.split(` at ${p}`).join(' at ');
  // Warnings (`/abs/dir/NAME.py:3: RuntimeWarning: …`) name the file at a line start.
  for (const p of prefixes) {
    result = result.split(`\n${p}`).join('\n');
    if (result.startsWith(p)) result = result.slice(p.length);
  }
  return result;
}

function splitLines(text) {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  else lines[lines.length - 1] += '\\ No newline at end';
  return lines;
}

function clip(line) {
  // Make tabs, carriage returns and other control characters visible.
  const shown = line.replace(/[\x00-\x1f\x7f]/g, (c) =>
    c === '\t' ? '\\t' : c === '\r' ? '\\r' : '\\x' + c.charCodeAt(0).toString(16).padStart(2, '0'),
  );
  return shown.length > MAX_LINE_CHARS ? shown.slice(0, MAX_LINE_CHARS) + '…' : shown;
}

// A short unified-ish diff: common prefix/suffix are trimmed, a line of
// context is kept on each side, and the changed block is truncated.
function shortDiff(expected, actual) {
  const a = splitLines(expected);
  const b = splitLines(actual);
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const lines = [];
  const ctxStart = Math.max(0, pre - 1);
  lines.push(`      @@ line ${pre + 1}: expected ${a.length} lines, got ${b.length} lines @@`);
  for (let i = ctxStart; i < pre; i++) lines.push('        ' + clip(a[i]));
  const removed = a.slice(pre, a.length - suf);
  const added = b.slice(pre, b.length - suf);
  const half = Math.max(2, Math.floor(MAX_DIFF_LINES / 2));
  const emit = (arr, sign) => {
    const limit = arr.length > half && (removed.length + added.length) > MAX_DIFF_LINES ? half : arr.length;
    for (let i = 0; i < limit; i++) lines.push(`      ${sign} ${clip(arr[i])}`);
    if (arr.length > limit) lines.push(`      ${sign} … ${arr.length - limit} more line(s)`);
  };
  emit(removed, '-');
  emit(added, '+');
  if (suf > 0) lines.push('        ' + clip(a[a.length - suf]));
  return lines;
}

async function pool(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  });
  await Promise.all(workers);
  return results;
}

async function main() {
  const argv = process.argv.slice(2);
  if (argv.includes('-h') || argv.includes('--help')) {
    usage();
    return 0;
  }
  const targets = argv.length ? argv : ['programs'];
  const python = resolvePython('check-cpython');
  const programs = collectPrograms(targets);
  console.log(`check-cpython: ${programs.length} program(s), CPython ${pythonVersion(python)} at ${python}`);

  const jobs = Math.max(1, Math.min(8, (os.availableParallelism?.() ?? os.cpus().length) || 1));
  const results = await pool(programs, jobs, async (pyFile) => {
    const rel = path.relative(process.cwd(), pyFile) || pyFile;
    const source = readFileSync(pyFile, 'utf8');
    const reason = skipReason(source);
    if (reason !== null) return { rel, status: 'skip', reason };

    const dir = path.dirname(pyFile);
    const stem = path.basename(pyFile, '.py');
    const outFile = path.join(dir, stem + '.out');
    const errFile = path.join(dir, stem + '.err');
    const codeFile = path.join(dir, stem + '.code');
    const problems = [];
    if (!existsSync(outFile)) {
      return { rel, status: 'fail', problems: [{ what: `missing ${stem}.out`, diff: [] }] };
    }
    const expOut = readFileSync(outFile, 'utf8');
    const expErr = existsSync(errFile) ? readFileSync(errFile, 'utf8') : '';
    let expCode = 0;
    if (existsSync(codeFile)) {
      const txt = readFileSync(codeFile, 'utf8').trim();
      expCode = Number.parseInt(txt, 10);
      if (!/^-?\d+$/.test(txt)) problems.push({ what: `bad ${stem}.code: ${JSON.stringify(txt)}`, diff: [] });
    }

    const r = await runProgram(python, pyFile);
    if (r.error) return { rel, status: 'fail', problems: [{ what: `could not run: ${r.error}`, diff: [] }] };
    if (r.timedOut) problems.push({ what: `timed out after ${TIMEOUT_MS / 1000}s`, diff: [] });

    // Tracebacks can go to stdout too (traceback.print_exc(file=sys.stdout)).
    const gotOut = normalizePaths(r.stdout.toString('utf8'), dir);
    const gotErr = normalizePaths(r.stderr.toString('utf8'), dir);
    if (gotOut !== expOut) problems.push({ what: 'stdout differs', diff: shortDiff(expOut, gotOut) });
    if (gotErr !== expErr) problems.push({ what: 'stderr differs', diff: shortDiff(expErr, gotErr) });
    if (r.signal) problems.push({ what: `killed by ${r.signal} (expected exit code ${expCode})`, diff: [] });
    else if (r.code !== expCode) problems.push({ what: `exit code ${r.code}, expected ${expCode}`, diff: [] });
    return problems.length ? { rel, status: 'fail', problems } : { rel, status: 'pass' };
  });

  let passed = 0;
  let failed = 0;
  const skipped = [];
  for (const res of results) {
    if (res.status === 'pass') passed++;
    else if (res.status === 'skip') skipped.push(res);
    else {
      failed++;
      console.log(`FAIL ${res.rel}: ${res.problems.map((p) => p.what).join('; ')}`);
      for (const p of res.problems) {
        if (!p.diff.length) continue;
        console.log(`    ${p.what}:`);
        for (const line of p.diff) console.log(line);
      }
    }
  }
  for (const s of skipped) console.log(`SKIP ${s.rel}: ${s.reason}`);
  console.log(`${passed} passed, ${failed} failed, ${skipped.length} skipped`);
  return failed ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    console.error(`check-cpython: ${e && e.stack ? e.stack : e}`);
    process.exitCode = 2;
  },
);
