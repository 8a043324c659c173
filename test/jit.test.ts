// The JIT (src/vm/jit/) must not change what a program does, down to the
// instruction: every golden program is run with compiled code and without
// (and compiled from each function's first call, jitAfter 1, so that code
// the usual threshold leaves interpreted runs compiled too), with --stats (instructions per thread, virtual time, GIL hand-offs), and
// the thread programs also with --trace gil (the virtual time of every
// hand-off). Any difference in the count or place of instructions shows.

import { describe, it, expect } from 'vitest';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findPrograms, loadCase, runCase } from '../src/cli/golden.js';
import { runSource, BufferHost } from '../src/index.js';
import type { RunOptions } from '../src/index.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const rel = (p: string): string => path.relative(ROOT, p).split(path.sep).join('/');

/** The program interpreted, compiled as usual, and compiled from its first call (jitAfter 1). */
function runAllWays(file: string, extra: RunOptions): [string, string, string] {
  const c = loadCase(file);
  const show = (more: RunOptions): string => {
    const o = runCase({ ...c, options: { ...c.options, ...extra, ...more } });
    return `exit ${o.code}\n--- stdout\n${o.stdout}--- stderr\n${o.stderr}`;
  };
  return [show({ jit: false }), show({ jit: true }), show({ jit: true, jitAfter: 1 })];
}

// Where Python recursion through builtins overflows the host (JS) stack
// depends on how much stack each tier's frames take, so the instruction
// count at that RecursionError differs (the printed output does not).
const HOST_STACK_BOUND = new Set(['programs/errors/recursion_through_builtins.py']);

// The locked MONEY programs hand the GIL over 1.3 million times: their GIL
// traces are 80 MB and took 15 s per run, long enough for a loaded machine
// to time out vitest's worker. --stats still counts each thread's
// instructions and GIL acquisitions there.
const TRACE_TOO_LONG = new Set(['programs/race/money_lock.py', 'programs/seed/money_lock.py']);

describe('compiled code behaves exactly as interpreted code', () => {
  for (const file of findPrograms(path.join(ROOT, 'programs'))) {
    const c = loadCase(file);
    // Real time is not reproducible, and skipped cases do not run at all.
    if (c.skip !== null || c.options.realtime === true || HOST_STACK_BOUND.has(rel(file))) continue;
    const traced = /^programs\/(threads|seed|race)\//.test(rel(file)) && !TRACE_TOO_LONG.has(rel(file));
    it(rel(file), () => {
      const [interpreted, compiled, allCompiled] = runAllWays(file, { stats: true, ...(traced ? { trace: 'gil' as const } : {}) } as RunOptions);
      expect(compiled).toBe(interpreted);
      expect(allCompiled).toBe(interpreted);
    }, 60_000);
  }
});

/** Runs `source` and returns exit code, stdout and stderr in one string. */
function run(source: string, options: RunOptions): string {
  const host = new BufferHost('');
  const code = runSource(source, 'prog.py', host, options);
  return `exit ${code}\n${host.stdoutText}${host.stderrText}`;
}

describe('compiled code: the edges', () => {
  const cases: Record<string, string> = {
    // A thread switch lands inside a compiled loop and inside compiled calls.
    'switches inside compiled code': `
import threading
n = 0
def add(k):
    global n
    n += k
def work(k):
    for i in range(3000):
        add(k)
ts = [threading.Thread(target=work, args=(k,)) for k in (1, 2)]
for t in ts: t.start()
for t in ts: t.join()
print(n)
`,
    // Exceptions raised in compiled code: tracebacks point at the right lines.
    'exceptions and tracebacks': `
def f(x):
    return 10 // x
def g(xs):
    total = 0
    for x in xs:
        total += f(x)
    return total
for _ in range(50):
    g([1, 2, 5])
try:
    g([1, 2, 0])
except ZeroDivisionError as e:
    print('caught', e)
print(g([3, 0]))
`,
    // Recursion past the limit from compiled calls.
    'recursion limit': `
def down(n):
    return 0 if n == 0 else 1 + down(n - 1)
print(down(500))
down(5000)
`,
    // Generators resumed from compiled code, with send and yield.
    'generators': `
def acc():
    total = 0
    while True:
        total += yield total
g = acc()
next(g)
last = 0
for i in range(200):
    last = g.send(i)
print(last, sum(x * x for x in range(100)))
`,
    // Globals, builtins and their shadowing seen from compiled loops.
    'names': `
def count():
    c = 0
    for i in range(100):
        c += len('ab')
    return c
print(count())
len = lambda s: 10
print(count())
del len
print(count())
`,
    // Bails from the middle of a block: with values held in JS variables,
    // and with values already taken from the frame (a call's result), so
    // the interpreter must find the stack as the instruction began.
    'bails with a partly used stack': `
def get(d, k):
    try:
        return d[id(d) % 1 + k] + 0
    except KeyError:
        return -1
def unbound(flag):
    if flag:
        x = 1
    return 5 + x
out = []
for i in range(60):
    out.append(get({1: 10}, i % 3))
    try:
        out.append(unbound(i % 2))
    except UnboundLocalError as e:
        out.append(str(e))
print(out[-6:], len(out))
`,
    // An exception in the middle of a block inside a try, with a loop's
    // iterator (and held values) on the stack under the handler.
    'exceptions inside blocks under handlers': `
def f(xs):
    total = 0
    for x in xs:
        try:
            total = total + 100 // x + len(str(x))
        except ZeroDivisionError:
            total = total - 1
    return total
r = 0
for i in range(80):
    r += f([1, 0, 2, 0, 5])
print(r)
`,
    // A block that runs out of budget part way: the interpreter finishes
    // it, and a thread resumed in the middle of a block goes on there.
    'switches in the middle of blocks': `
import threading
n = 0
def work(k):
    global n
    for i in range(2000):
        a = i * 3 + k
        b = a - k - i * 2
        n = n + b - i
ts = [threading.Thread(target=work, args=(k,)) for k in (1, 2, 3)]
for t in ts: t.start()
for t in ts: t.join()
print(n)
`,
    // Recursion stays inside one compiled function: exceptions raised deep
    // down and caught by an outer call of the same function, frames deeper
    // than the frame pool, and thread switches inside the recursion.
    'recursion inside one compiled function': `
import threading
def depth(n):
    if n == 0:
        raise ValueError('bottom')
    try:
        return depth(n - 1)
    except ValueError:
        if n % 7 == 0:
            return n
        raise
def tree(n):
    return 1 if n < 2 else tree(n - 1) + tree(n - 2) + 1
out = []
def work(k):
    for i in range(30):
        out.append((k, depth(90 + i), tree(12)))
ts = [threading.Thread(target=work, args=(k,)) for k in (1, 2)]
for t in ts: t.start()
for t in ts: t.join()
print(len(out), out[0], out[-1])
`,
    // Small-int constants are JS literals in compiled code: used as objects
    // (an attribute, a method) they must still parse.
    'int constants as objects': `
def f(i):
    return (7).bit_length() + (5).real + (-3).__abs__() + (i).bit_length() + (2 ** 3).numerator
print(sum(f(i) for i in range(40)))
`,
    // Special methods run as frames pushed from compiled code, hot and
    // with threads switching inside them (vm/special-frames.ts): each
    // continuation (NotImplemented chains, truth tests that jump, a
    // filter's skipped items, StopIteration ending a loop) as interpreted.
    'special methods as frames': `
import threading
class N:
    def __init__(self, v): self.v = v
    def __add__(self, o): return N(self.v + (o.v if isinstance(o, N) else o)) if not isinstance(o, str) else NotImplemented
    def __radd__(self, o): return N(o + self.v)
    def __lt__(self, o): return NotImplemented
    def __gt__(self, o): return self.v > o.v
    def __eq__(self, o): return isinstance(o, N) and self.v == o.v
    def __bool__(self): return self.v % 3 != 0
    def __len__(self): return self.v % 5
    def __getitem__(self, i): return self.v * i
    def __setitem__(self, i, x): self.v = x
    def __contains__(self, x): return x == self.v
    def __neg__(self): return N(-self.v)
    def __format__(self, spec): return format(self.v, spec)
    def __str__(self): return 'N%d' % self.v
    def __call__(self, k): return self.v + k
    @property
    def twice(self): return self.v * 2
    @twice.setter
    def twice(self, x): self.v = x // 2
class Count:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1
        return self.n
def work(k, out):
    t = 0
    for i in range(60):
        a = N(i) + k
        b = 2 + a
        t += (a < b) + (b in a) + len(a) + a[2] + (-a).v + a(1) + a.twice
        a.twice = 10
        a[0] = a.v + 1
        if a: t += 1
        t += 1 if (a and b) else 2
        t += 0 if not a else 3
        try:
            a + 'x'
        except TypeError:
            t += 1
        t += sum(Count(i % 4)) + len([x for x in filter(lambda y: y % 2, map(lambda z: z + i, range(5)))])
        out.append(f'{a:>4}{str(b)}')
    out.append(t)
outs = [[], []]
ts = [threading.Thread(target=work, args=(k, outs[k])) for k in (0, 1)]
for t in ts: t.start()
for t in ts: t.join()
print(outs[0][-1], outs[1][-1], outs[0][:3], outs[1][-4:-1])
`,
    // The step limit still stops a compiled loop.
    'step limit': `
i = 0
while True:
    i += 1
`,
  };
  for (const [name, source] of Object.entries(cases)) {
    it(name, () => {
      const options: RunOptions = { stats: true, maxSteps: 200_000 };
      const interpreted = run(source, { ...options, jit: false });
      expect(run(source, { ...options, jit: true })).toBe(interpreted);
      expect(run(source, { ...options, jit: true, jitAfter: 1 })).toBe(interpreted);
    });
  }

  it('--gil-model py311 switches at the same points', () => {
    const src = `
import threading
n = 0
def work():
    global n
    for i in range(20000):
        n += 1
ts = [threading.Thread(target=work) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print(n)
`;
    const options: RunOptions = { stats: true, gilModel: 'py311', trace: 'gil' };
    expect(run(src, { ...options, jit: true })).toBe(run(src, { ...options, jit: false }));
  });
});
