// --trace tasks (one line per asyncio task switch, from the process's event
// stream), pygil.stats() counters, and the VM property that send()/next()
// called from Python resume the generator's frame in the dispatch loop (so
// the generator body may block and give up the GIL like any other code).

import { describe, it, expect } from 'vitest';
import { runSource, BufferHost } from '../../src/index.js';
import type { RunOptions } from '../../src/index.js';

function run(src: string, options: RunOptions = {}): { out: string; err: string; code: number; trace: string[] } {
  const h = new BufferHost('');
  const trace: string[] = [];
  const code = runSource(src, 'prog.py', h, { maxSteps: 20_000_000, traceWrite: (l) => trace.push(l), ...options });
  return { out: h.stdoutText, err: h.stderrText, code, trace };
}

const TWO_TASKS = `
import asyncio, pygil
async def tick(name, pause):
    for i in range(3):
        await asyncio.sleep(pause)
async def main():
    await asyncio.gather(tick('a', 1), tick('b', 1.5))
asyncio.run(main())
print(pygil.stats()['task_switches'])
`;

describe('--trace tasks', () => {
  it('prints one line per task switch with time, tasks and what the task waits for', () => {
    const r = run(TWO_TASKS, { trace: 'tasks' });
    expect(r.code, r.err).toBe(0);
    const switches = Number(r.out.trim());
    expect(r.trace.length).toBe(switches);
    expect(r.trace[0]).toMatch(/^\[ {3}0\.\d{9}\] task \(loop\) -> Task-1\n$/);
    expect(r.trace[1]).toMatch(/^\[ {3}0\.\d{9}\] task Task-1 -> Task-2 \(Task-1 waits for gather\(\)\)\n$/);
    expect(r.trace[3]).toMatch(/^\[ {3}1\.0\d{8}\] task Task-3 -> Task-2 \(Task-3 waits for sleep\(1\.5\)\)\n$/);
    // The run ends with main's task, then the two clean-up tasks asyncio.run()
    // runs after it (shutdown_asyncgens, shutdown_default_executor), as CPython's does.
    const n = r.trace.length;
    expect(r.trace[n - 3]).toMatch(/task Task-3 -> Task-1 \(Task-3 is done\)\n$/);
    expect(r.trace[n - 2]).toMatch(/task \(loop\) -> Task-4\n$/);
    expect(r.trace[n - 1]).toMatch(/task \(loop\) -> Task-5\n$/);
    // Virtual time: b's three 1.5 s sleeps end at 4.5 s.
    expect(r.trace[n - 3]).toMatch(/^\[ {3}4\.5\d{8}\]/);
  });

  it('prints nothing without the flag, and --trace gil shows no task lines', () => {
    expect(run(TWO_TASKS).trace).toEqual([]);
    expect(run(TWO_TASKS, { trace: 'gil' }).trace.some((l) => l.includes(' task '))).toBe(false);
  });

  it('names the thread of a loop that is not the main thread', () => {
    const r = run(`
import asyncio, threading
async def main():
    await asyncio.sleep(0.1)
t = threading.Thread(target=asyncio.run, args=(main(),), name='LoopThread')
t.start(); t.join()
`, { trace: 'tasks' });
    expect(r.code, r.err).toBe(0);
    expect(r.trace[0]).toMatch(/task \(loop\) -> Task-1 \[LoopThread\]\n$/);
  });
});

describe('--stats', () => {
  it('adds the asyncio task switches to its header when there were any', () => {
    const r = run(TWO_TASKS, { stats: true });
    const switches = r.out.trim();
    expect(r.err).toContain(`, asyncio task switches ${switches}\n`);
    expect(run('print(1)', { stats: true }).err).not.toContain('task switches');
  });
});

describe('pygil.stats()', () => {
  it('counts GIL hand-offs for threads and task switches for coroutines', () => {
    const r = run(`
import pygil, threading, time, asyncio
s0 = pygil.stats()
ts = [threading.Thread(target=time.sleep, args=(0.1,)) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
s1 = pygil.stats()
async def main():
    await asyncio.gather(*(asyncio.sleep(0.1) for _ in range(3)))
asyncio.run(main())
s2 = pygil.stats()
print(s1['gil_handoffs'] > s0['gil_handoffs'], s1['task_switches'] == 0)
print(s2['task_switches'] > 0, s2['gil_handoffs'] == s1['gil_handoffs'])
print(round(s2['virtual_time'], 1), sorted(s2))
`);
    expect(r.err).toBe('');
    expect(r.out).toBe("True True\nTrue True\n0.2 ['gil_handoffs', 'task_switches', 'threads', 'virtual_time']\n");
  });
});

describe('generators resumed from Python run in the dispatch loop', () => {
  it('a generator body resumed by send() may block on a lock held by another thread', () => {
    const r = run(`
import threading, time
lock = threading.Lock()
def holder():
    with lock:
        time.sleep(0.5)
def user():
    while True:
        x = yield
        with lock:               # blocks: the generator's frame is on the thread's stack
            print('got lock for', x)
t = threading.Thread(target=holder)
t.start()
time.sleep(0.01)
g = user()
next(g)
g.send('send')
t2 = threading.Thread(target=holder)
t2.start()
time.sleep(0.01)
next(g)
`);
    expect(r.err).toBe('');
    expect(r.out).toBe('got lock for send\ngot lock for None\n');
  });

  it('an async generator body stepped by async for may block on a lock held by another thread', () => {
    const r = run(`
import asyncio, threading, time
lock = threading.Lock()
def holder():
    with lock:
        time.sleep(0.5)
async def items():
    for i in range(2):
        with lock:               # blocks the loop's thread: the generator's frame is in the loop
            yield i
async def main():
    t = threading.Thread(target=holder)
    t.start()
    await asyncio.sleep(0.01)
    print([i async for i in items()])
asyncio.run(main())
`);
    expect(r.err).toBe('');
    expect(r.out).toBe('[0, 1]\n');
  });

  it('a million send() round trips need no host stack', () => {
    const r = run(`
def echo():
    v = None
    while True:
        v = yield v
g = echo(); next(g)
for i in range(200000):
    g.send(i)
def deep(n):
    if n:
        yield from deep(n - 1)
    else:
        yield 'bottom'
print(g.send('last'), next(deep(900)))
`);
    expect(r.err).toBe('');
    expect(r.out).toBe('last bottom\n');
  });
});
