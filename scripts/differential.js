#!/usr/bin/env node
// A differential test against CPython: random small programs that compose
// iterators (generators, enumerate, zip, map, filter, iterator classes) with
// the builtins that consume them (list, sorted, min, next, reduce, unpacking
// …) and with a class whose special methods and property are Python code,
// run by pygil and by CPython; any difference in stdout or exit status, or
// a pygil internal error, is reported. These are the compositions where a
// builtin calls back into Python (vm/special-frames.ts, drain-in-frames.ts).
//
// Usage: node scripts/differential.js [--seed N] [--count N] [--keep DIR] [--threaded]
//   --seed N     first program's seed (default 0); program k uses seed N+k
//   --count N    how many programs (default 100)
//   --keep DIR   where differing programs are written (default: a temp dir)
//   --threaded   run each program's statements while another thread lives
//
// The programs are the same for the same seeds. A known difference is left
// out of them (no bare next()): CPython's next() of a map or filter over a
// generator that returns a value raises StopIteration(value), pygil's an
// empty StopIteration.
//
// Exit status: 0 when every program agreed, 1 when one differed, 2 on a
// usage or setup error.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolvePython } from './cpython.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PYGIL = path.join(ROOT, 'bin', 'pygil.cjs');

const PRELUDE = `import functools
def g(n):
    for i in range(n):
        yield i
def gret(n):
    for i in range(n):
        yield i * 2
    return 'r'
class It:
    def __init__(self, n): self.n = n; self.i = 0
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n: raise StopIteration
        self.i += 1
        return self.i
class Box:
    def __init__(self, v): self.v = v
    @property
    def val(self): return self.v
    def __len__(self): return self.v % 4
    def __bool__(self): return self.v % 3 != 0
    def __add__(self, o): return Box(self.v + (o.v if isinstance(o, Box) else o))
    def __radd__(self, o): return Box(o + self.v)
    def __eq__(self, o): return isinstance(o, Box) and o.v == self.v
    def __lt__(self, o): return self.v < o.v
    def __hash__(self): return hash(self.v)
    def __repr__(self): return 'Box(%r)' % self.v
    def __getitem__(self, i): return self.v + i
    def __iter__(self): return iter(range(self.v % 5))
    def __contains__(self, x): return x == self.v
def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, 'EXC', type(e).__name__, e)
`;

/** A small deterministic PRNG (mulberry32): the same seed, the same program. */
function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (xs) => xs[Math.floor(next() * xs.length)],
    chance: (p) => next() < p,
  };
}

/** An iterable expression, nesting wrappers up to two deep. */
function iterable(r, depth = 0) {
  const n = r.int(0, 4);
  const leaves = [
    `g(${n})`, `gret(${n})`, `It(${n})`, `range(${n})`, `iter(g(${n}))`, `Box(${r.int(0, 9)})`,
    `[${Array.from({ length: n }, () => r.int(0, 9)).join(', ')}]`,
  ];
  if (depth >= 2 || r.chance(0.4)) return r.pick(leaves);
  const inner = () => iterable(r, depth + 1);
  return r.pick([
    () => `enumerate(${inner()})`, () => `zip(${inner()}, ${inner()})`, () => `map(lambda x: x, ${inner()})`,
    () => `map(str, ${inner()})`, () => `map(Box, ${inner()})`, () => `filter(lambda x: x, ${inner()})`,
    () => `filter(None, ${inner()})`, () => `(x for x in ${inner()})`, () => `reversed(list(${inner()}))`,
  ])();
}

/** An expression consuming an iterable. */
function consumer(r) {
  const s = iterable(r);
  return r.pick([
    `list(${s})`, `tuple(${s})`, `sorted(${s}, key=repr)`, `sum(map(len, map(str, ${s})))`, `[x for x in ${s}]`,
    `next(iter(${s}), "d")`, `any(${s})`, `all(${s})`, `max(${s}, key=repr, default=None)`,
    `min(map(repr, ${s}), default="e")`, `"-".join(map(repr, ${s}))`, `dict(enumerate(${s}))`, `len(list(${s}))`,
    `[*${s}]`, `(lambda *a: a)(*${s})`, `functools.reduce(lambda a, b: repr(a) + repr(b), ${s}, "")`,
    `(lambda l: (l.sort(key=repr, reverse=True), l)[1])(list(${s}))`, `next(${s}, "none")`,
  ]);
}

/** An expression using Box's special methods. */
function boxUse(r) {
  const b = r.int(0, 9);
  return r.pick([
    `Box(${b}) + 1`, `1 + Box(${b})`, `Box(${b}) == Box(${b})`, `Box(${b}) < Box(5)`, `len(Box(${b}))`,
    `bool(Box(${b}))`, `Box(${b}).val`, `Box(${b})[2]`, `${b} in Box(${b})`, `"yes" if Box(${b}) else "no"`,
    `not Box(${b})`, `Box(${b}) and 7`, `Box(${b}) or 8`, `f"{Box(${b})!r}"`, `str(Box(${b}))`,
    `sorted([Box(3), Box(${b})])`, `{Box(${b}): 1}[Box(${b})]`, `print(Box(${b}), [Box(${b})])`,
  ]);
}

function statement(r, k) {
  if (r.chance(0.55)) return `show(${k}, lambda: ${consumer(r)})`;
  if (r.chance(0.45)) {
    return `try:\n    for x in ${iterable(r)}:\n        print(${k}, repr(x))\nexcept Exception as e:\n    print(${k}, "EXC", type(e).__name__, e)`;
  }
  if (r.chance(0.3)) {
    const target = r.pick(['a, b', 'a, *b', '*a, b', 'a, b, c']);
    return `try:\n    ${target} = ${iterable(r)}\n    print(${k}, ${target.replace(/\*/g, '')})\nexcept Exception as e:\n    print(${k}, "EXC", type(e).__name__, e)`;
  }
  return `show(${k}, lambda: ${boxUse(r)})`;
}

/**
 * Program `seed`. Threaded: its statements run while a second thread is
 * alive (blocked on an event), where pygil takes other paths (a for loop
 * over enumerate(gen()) goes through a helper generator).
 */
function program(seed, threaded) {
  const r = rng(seed);
  const lines = [];
  for (let k = 0; k < 12; k++) lines.push(statement(r, k));
  if (!threaded) return `${PRELUDE}${lines.join('\n')}\n`;
  const body = lines.join('\n').split('\n').map((l) => `    ${l}`).join('\n');
  return `${PRELUDE}import threading\ndef body():\n${body}\nstop = threading.Event()\n` +
    'other = threading.Thread(target=stop.wait)\nother.start()\nbody()\nstop.set()\nother.join()\n';
}

function parseArgs(argv) {
  const opts = { seed: 0, count: 100, keep: null, threaded: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--seed') opts.seed = Number(argv[++i]);
    else if (a === '--count') opts.count = Number(argv[++i]);
    else if (a === '--keep') opts.keep = argv[++i];
    else if (a === '--threaded') opts.threaded = true;
    else {
      console.error('usage: node scripts/differential.js [--seed N] [--count N] [--keep DIR] [--threaded]');
      process.exit(2);
    }
  }
  if (!Number.isInteger(opts.seed) || !Number.isInteger(opts.count) || opts.count < 1) {
    console.error('differential: --seed and --count take integers (count >= 1)');
    process.exit(2);
  }
  return opts;
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  const python = resolvePython('differential');
  const dir = opts.keep ?? mkdtempSync(path.join(os.tmpdir(), 'pygil-diff-'));
  mkdirSync(dir, { recursive: true });
  let differ = 0;
  for (let seed = opts.seed; seed < opts.seed + opts.count; seed++) {
    const file = path.join(dir, `prog${seed}.py`);
    writeFileSync(file, program(seed, opts.threaded));
    const run = (cmd, args) => spawnSync(cmd, args, { encoding: 'utf8', timeout: 60_000 });
    const c = run(python, [file]);
    const p = run('node', [PYGIL, 'run', file]);
    if (c.stdout !== p.stdout || c.status !== p.status || p.stderr.includes('internal error')) {
      differ++;
      console.log(`DIFFERS seed ${seed}: ${file}`);
    } else {
      rmSync(file);
    }
  }
  console.log(`differential: ${opts.count - differ} agreed, ${differ} differed (seeds ${opts.seed}..${opts.seed + opts.count - 1})`);
  process.exit(differ === 0 ? 0 : 1);
}

main();
