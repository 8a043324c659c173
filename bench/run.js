#!/usr/bin/env node
// pygil benchmarks: runs each bench/*.py workload under pygil and under
// CPython, alternating the two so that machine noise hits both alike, checks
// they print the same thing, and prints median wall-clock times and ratios.
//
// Usage: node bench/run.js [--runs N] [--filter NAME] [--steady [R]] [--profile [NAME]]
//   --runs N         runs per interpreter and workload (default 5)
//   --filter NAME    only workloads whose name contains NAME
//   --steady [R]     afterwards, run each workload R times (default 6) inside
//                    one process and compare the first round with the later
//                    ones: the first pays for V8's JIT warm-up, the later ones
//                    show the interpreter's steady speed
//   --profile [NAME] afterwards, profile NAME (default: the workload with the
//                    worst ratio) with `node --cpu-prof` and print the 15
//                    functions with the most self time
//
// Wall-clock times include process start-up, which is measured separately
// (pygil running print('hello') against `node -e 0`) so it can be discounted.
// CPython is run through its real executable: `python3` on PATH may be a
// pyenv shim that costs ~50 ms per start. pygil is run as its users run it:
// the bin/pygil.cjs command, started through its #! line.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.dirname(BENCH_DIR);
const PYGIL = path.join(ROOT, 'bin', 'pygil.cjs');
const TIMEOUT_MS = 300_000;

function parseArgs(argv) {
  const opts = { runs: 5, filter: null, profile: false, profileName: null, steady: 0 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--runs') opts.runs = Number(argv[++i]);
    else if (a === '--filter') opts.filter = argv[++i];
    else if (a === '--steady') {
      opts.steady = argv[i + 1] && /^\d+$/.test(argv[i + 1]) ? Number(argv[++i]) : 6;
      if (opts.steady < 2) {
        console.error('bench: --steady needs at least 2 rounds');
        process.exit(2);
      }
    }
    else if (a === '--profile') {
      opts.profile = true;
      if (argv[i + 1] && !argv[i + 1].startsWith('--')) opts.profileName = argv[++i];
    } else if (a === '-h' || a === '--help') {
      console.log('usage: node bench/run.js [--runs N] [--filter NAME] [--steady [R]] [--profile [NAME]]');
      process.exit(0);
    } else {
      console.error(`bench: unknown argument ${a}`);
      process.exit(2);
    }
  }
  if (!Number.isInteger(opts.runs) || opts.runs < 1) {
    console.error('bench: --runs needs a positive integer');
    process.exit(2);
  }
  return opts;
}

function resolvePython() {
  const r = spawnSync(process.env.PYTHON || 'python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' });
  if (r.status !== 0 || !r.stdout.trim()) {
    console.error(`bench: cannot run python3: ${r.error?.message ?? r.stderr}`);
    process.exit(2);
  }
  return r.stdout.trim();
}

/** Runs a command once; returns its wall time in ms and its stdout. */
function timeRun(cmd, args, env = undefined) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, {
    cwd: BENCH_DIR, encoding: 'utf8', timeout: TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024,
    env: env && { ...process.env, ...env },
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.error) throw new Error(`${cmd} ${args.join(' ')}: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
  return { ms, stdout: r.stdout };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function geomean(xs) {
  return Math.exp(xs.reduce((acc, x) => acc + Math.log(x), 0) / xs.length);
}

function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  return rows
    .map((r) => r.map((cell, c) => (c === 0 ? String(cell).padEnd(widths[c]) : String(cell).padStart(widths[c]))).join('  '))
    .join('\n');
}

function benchWorkload(name, python, runs) {
  const file = `${name}.py`;
  const pygilTimes = [];
  const cpyTimes = [];
  let pygilOut = null;
  let cpyOut = null;
  for (let i = 0; i < runs; i++) {
    const p = timeRun(PYGIL, ['run', file]);
    const c = timeRun(python, [file]);
    pygilTimes.push(p.ms);
    cpyTimes.push(c.ms);
    pygilOut = p.stdout;
    cpyOut = c.stdout;
  }
  const same = pygilOut === cpyOut;
  return { name, pygil: median(pygilTimes), cpython: median(cpyTimes), same, pygilOut, cpyOut };
}

/**
 * Median start-up of pygil and CPython running print('hello'), and of bare
 * `node -e 0` under the environment the pygil command gives Node: its
 * launcher line empties NODE_EXTRA_CA_CERTS, whose certificates Node 20
 * reads at every start, TLS or not (nodejs/node#40524). `withCerts` is
 * `node -e 0` with the variable as set, when it is set, so the report can
 * say what the launcher saves.
 */
function startup(python, runs) {
  const pygil = [];
  const cpython = [];
  const node = [];
  const withCerts = [];
  const certs = process.env.NODE_EXTRA_CA_CERTS;
  for (let i = 0; i < Math.max(runs, 5); i++) {
    pygil.push(timeRun(PYGIL, ['-c', "print('hello')"]).ms);
    cpython.push(timeRun(python, ['-c', "print('hello')"]).ms);
    node.push(timeRun(process.execPath, ['-e', '0'], { NODE_EXTRA_CA_CERTS: '' }).ms);
    if (certs) withCerts.push(timeRun(process.execPath, ['-e', '0']).ms);
  }
  return { pygil: median(pygil), cpython: median(cpython), node: median(node), nodeWithCerts: certs ? median(withCerts) : null };
}

// ------------------------------------------------------------ steady state

/**
 * The workload's source run `rounds` times at module level (names stay
 * globals, as in the original), each round's wall time written to stderr.
 */
function repeatedSource(src, rounds) {
  const body = src.split('\n').map((l) => (l.trim() === '' ? '' : '    ' + l)).join('\n');
  return `import sys as _bench_sys, time as _bench_time\nfor _bench_round in range(${rounds}):\n` +
    `    _bench_t0 = _bench_time.perf_counter()\n${body}\n` +
    `    _bench_sys.stderr.write('round %.3f\\n' % ((_bench_time.perf_counter() - _bench_t0) * 1000))\n`;
}

/** Round times (ms) a repeated run wrote to stderr. */
function roundTimes(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: BENCH_DIR, encoding: 'utf8', timeout: TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024 });
  if (r.error || r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.error?.message ?? r.stderr}`);
  return [...r.stderr.matchAll(/^round ([\d.]+)$/gm)].map((m) => Number(m[1]));
}

/** First-round and steady (median of the later half of the rounds) times under both interpreters. */
function steadyWorkload(name, python, rounds) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pygil-steady-'));
  try {
    const file = path.join(dir, `${name}.py`);
    writeFileSync(file, repeatedSource(readFileSync(path.join(BENCH_DIR, `${name}.py`), 'utf8'), rounds));
    // --realtime: the rounds are timed by the wall clock, not pygil's virtual one.
    const p = roundTimes(PYGIL, ['run', '--realtime', file]);
    const c = roundTimes(python, [file]);
    const later = (xs) => median(xs.slice(Math.floor(xs.length / 2)));
    return { name, pygilFirst: p[0], pygil: later(p), cpython: later(c) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function printSteady(python, names, rounds) {
  console.log(`\nsteady state: each workload run ${rounds} times in one process (pygil with --realtime); ` +
    'later rounds = median of the second half');
  const rows = [['workload', 'pygil 1st ms', 'pygil later ms', 'CPython later ms', 'later ratio']];
  for (const name of names) {
    const r = steadyWorkload(name, python, rounds);
    rows.push([name, r.pygilFirst.toFixed(1), r.pygil.toFixed(1), r.cpython.toFixed(1), (r.pygil / r.cpython).toFixed(2) + 'x']);
  }
  console.log(table(rows));
}

// ------------------------------------------------------------ profiling

/** A profile frame's script, relative to the project when it is a file of it. */
function shortUrl(url) {
  if (!url.startsWith('file:')) return url;
  const p = fileURLToPath(url);
  return p.startsWith(ROOT) ? path.relative(ROOT, p) : p;
}

/** Self time per function from a .cpuprofile (samples x time deltas). */
function selfTimes(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const ms = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const node = byId.get(profile.samples[i]);
    const f = node.callFrame;
    const where = f.url ? `${shortUrl(f.url)}:${f.lineNumber + 1}` : '';
    const key = `${f.functionName || '(anonymous)'}${where ? ' ' + where : ''}`;
    ms.set(key, (ms.get(key) ?? 0) + dt);
  }
  const total = [...ms.values()].reduce((a, b) => a + b, 0);
  return { total, entries: [...ms.entries()].sort((a, b) => b[1] - a[1]) };
}

/** Which part of the system a profile entry belongs to (start-up vs interpreter work). */
function originOf(entry) {
  const m = / (\S+):\d+$/.exec(entry);
  const where = m ? m[1] : '';
  if (where.startsWith('dist/src/')) return where.split('/').slice(0, 3).join('/');
  if (where.startsWith('dist/grammar/') || where.includes('chevrotain')) return 'parser (grammar/, chevrotain)';
  if (where.startsWith('node:') || where.startsWith('node_modules/') || /^(openFileHandle|fstat|lstat|read|close|internalModuleStat|realpath)/.test(entry)) return 'node: module loading, other packages';
  if (entry.startsWith('(garbage collector)')) return '(garbage collector)';
  return 'other (idle, program, anonymous)';
}

function profileWorkload(name) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pygil-prof-'));
  try {
    // Profile the unbundled build when present: the bundle's minified names say nothing.
    const unbundled = path.join(ROOT, 'dist', 'src', 'cli', 'main.js');
    const entry = existsSync(unbundled)
      ? ['--input-type=module', '-e', `import { main } from ${JSON.stringify(pathToFileURL(unbundled).href)}; process.exitCode = main(['run', ${JSON.stringify(name + '.py')}]);`]
      : [PYGIL, 'run', `${name}.py`];
    const r = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, ...entry], {
      cwd: BENCH_DIR, encoding: 'utf8', timeout: TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024,
    });
    if (r.status !== 0) throw new Error(`profiling ${name} failed: ${r.stderr}`);
    const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
    const { total, entries } = selfTimes(JSON.parse(readFileSync(path.join(dir, file), 'utf8')));
    console.log(`\nCPU profile of ${name}.py under pygil (${total.toFixed(0)} ms sampled), top 15 by self time:`);
    const rows = [['function', 'self ms', '%']];
    for (const [fn, t] of entries.slice(0, 15)) rows.push([fn, t.toFixed(1), ((100 * t) / total).toFixed(1)]);
    console.log(table(rows));
    const byOrigin = new Map();
    for (const [fn, t] of entries) byOrigin.set(originOf(fn), (byOrigin.get(originOf(fn)) ?? 0) + t);
    const orows = [['self time by origin', 'ms', '%']];
    for (const [o, t] of [...byOrigin].sort((a, b) => b[1] - a[1])) orows.push([o, t.toFixed(1), ((100 * t) / total).toFixed(1)]);
    console.log('\n' + table(orows));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ------------------------------------------------------------ main

function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!existsSync(path.join(ROOT, 'dist', 'pygil.mjs')) && !existsSync(path.join(ROOT, 'dist', 'src', 'cli', 'main.js'))) {
    console.error('bench: dist/ is missing; build first with `npm run build`');
    process.exit(2);
  }
  const python = resolvePython();
  const names = readdirSync(BENCH_DIR)
    .filter((f) => f.endsWith('.py'))
    .map((f) => f.slice(0, -3))
    .filter((n) => opts.filter === null || n.includes(opts.filter))
    .sort();
  if (names.length === 0) {
    console.error('bench: no workload matches');
    process.exit(2);
  }
  console.log(`pygil vs CPython (${python}), median of ${opts.runs} run(s) each, wall clock incl. start-up\n`);

  const results = [];
  let mismatch = false;
  for (const name of names) {
    const r = benchWorkload(name, python, opts.runs);
    results.push(r);
    if (!r.same) {
      mismatch = true;
      console.error(`bench: ${name}.py prints different output:\n  pygil:   ${JSON.stringify(r.pygilOut)}\n  CPython: ${JSON.stringify(r.cpyOut)}`);
    }
  }
  const s = startup(python, opts.runs);
  // The last column discounts each interpreter's own start-up (print('hello')),
  // which dominates the shorter workloads.
  const rows = [['workload', 'pygil ms', 'CPython ms', 'ratio', 'ratio w/o start-up']];
  for (const r of results) {
    const net = Math.max(1, r.pygil - s.pygil) / Math.max(1, r.cpython - s.cpython);
    rows.push([r.name + (r.same ? '' : ' (output differs!)'), r.pygil.toFixed(0), r.cpython.toFixed(0), (r.pygil / r.cpython).toFixed(2) + 'x', net.toFixed(2) + 'x']);
  }
  console.log(table(rows));

  console.log(`\nstart-up: pygil print('hello') ${s.pygil.toFixed(0)} ms, node -e 0 ${s.node.toFixed(0)} ms, difference ${(s.pygil - s.node).toFixed(0)} ms` +
    ` (CPython print('hello') ${s.cpython.toFixed(0)} ms)`);
  if (s.nodeWithCerts !== null) {
    console.log(`note: NODE_EXTRA_CA_CERTS is set, and Node 20 loads those certificates at every start: ` +
      `node -e 0 takes ${s.nodeWithCerts.toFixed(0)} ms with it. The pygil command's launcher line empties it ` +
      '(pygil never uses TLS), and the node -e 0 above is timed with it empty too.');
  }
  const ratios = results.map((r) => r.pygil / r.cpython);
  console.log(`geometric mean of ratios (pygil / CPython): ${geomean(ratios).toFixed(2)}x over ${results.length} workload(s)`);

  if (opts.steady > 0) printSteady(python, names, opts.steady);
  if (opts.profile) {
    const worst = opts.profileName ?? results.reduce((a, b) => (b.pygil / b.cpython > a.pygil / a.cpython ? b : a)).name;
    profileWorkload(worst);
  }
  if (mismatch) process.exitCode = 1;
}

main();
