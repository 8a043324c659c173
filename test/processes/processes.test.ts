// The simulated OS and multiprocessing: scheduling on cores, fork details
// the goldens do not show, determinism, traces, and limits.

import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { run } from '../threads/run.js';

const prog = (name: string) => readFileSync(new URL(`../../programs/${name}`, import.meta.url), 'utf8');

describe('processes', () => {
  it('two runs print identical bytes (stdout, stderr, exit code)', () => {
    for (const name of ['processes/value_lock.py', 'processes/fault_isolation.py', 'seed/queue_processes.py']) {
      const a = run(prog(name));
      const b = run(prog(name));
      expect(b).toEqual(a);
    }
  });

  it('CPU-bound processes finish about cores times sooner, threads never do', () => {
    const src = `
import time, threading
from multiprocessing import Process
def work():
    x = 0
    for i in range(20000):
        x += i
def timed(make, n=4):
    t = time.time()
    ws = [make() for _ in range(n)]
    for w in ws: w.start()
    for w in ws: w.join()
    return time.time() - t
print(timed(lambda: threading.Thread(target=work)) / timed(lambda: Process(target=work)))
`;
    const on = (cores: number) => Number(run(src, { cores }).out);
    expect(on(4)).toBeGreaterThan(3.8);
    expect(on(2)).toBeGreaterThan(1.9);
    expect(on(2)).toBeLessThan(2.1);
    expect(on(1)).toBeLessThan(1.05);
  });

  it('more runnable processes than cores share the cores fairly', () => {
    const r = run(`
import time
from multiprocessing import Process
def work():
    x = 0
    for i in range(20000):
        x += i
def timed(n):
    t = time.time()
    ps = [Process(target=work) for _ in range(n)]
    for p in ps: p.start()
    for p in ps: p.join()
    return time.time() - t
print(round(timed(8) / timed(4), 1))
`, { cores: 4 });
    expect(r.out).toBe('2.0\n');
  });

  it('fork from a non-main thread: the child has just that thread, which becomes its main thread', () => {
    const r = run(`
import os, threading
def body():
    pid = os.fork()
    if pid == 0:
        print('child threads', threading.active_count(), threading.current_thread().name)
        os._exit(0)
    os.waitpid(pid, 0)
t = threading.Thread(target=body, name='forker')
t.start(); t.join()
print('parent threads', threading.active_count())
`);
    expect(r.out).toBe('child threads 1 forker\nparent threads 1\n');
  });

  it('an uncaught exception in a forked child prints its traceback; the parent sees exit code 1', () => {
    const r = run(`
import os
pid = os.fork()
if pid == 0:
    1/0
_, st = os.waitpid(pid, 0)
print(os.WEXITSTATUS(st))
`);
    expect(r.out).toBe('1\n');
    expect(r.err).toContain('ZeroDivisionError: division by zero');
    expect(r.code).toBe(0);
  });

  it("pygil ends only when every process has ended; its status is the first process's", () => {
    const r = run(`
import os, time, sys
if os.fork() == 0:
    time.sleep(1)
    print('orphan still runs, parent', os.getppid())
    sys.exit(5)
sys.exit(2)
`);
    expect(r.out).toBe('orphan still runs, parent 1000\n');
    expect(r.code).toBe(2);
    expect(run('import os\nprint(1)\nos._exit(3)\nprint(2)\n')).toEqual({ out: '1\n', err: '', code: 3 });
    expect(run('import os, signal\nos.kill(os.getpid(), signal.SIGTERM)\nprint(2)\n').code).toBe(128 + 15);
  });

  it('a process blocked forever among others is reported as a deadlock', () => {
    const r = run(`
from multiprocessing import Process, Queue
def reader(q):
    q.get()
q = Queue()
p = Process(target=reader, args=(q,))
p.start()
p.join()
`);
    expect(r.code).toBe(3);
    expect(r.err).toContain('pygil: deadlock in process 1001');
    expect(r.err).toContain('Queue.get');
  });

  it('--max-steps bounds all processes together', () => {
    const r = run('import os\nwhile True:\n    try:\n        os.fork()\n    except BlockingIOError:\n        pass\n', { maxSteps: 50_000 });
    expect(r.code).toBe(124);
  });

  it('multiprocessing Condition and Semaphore work across processes', () => {
    const r = run(`
from multiprocessing import Process, Condition, Semaphore, Value
import time
def waiter(c, v):
    with c:
        c.wait_for(lambda: v.value > 0)
        print('woken with', v.value)
def limited(s, v):
    with s:
        with v.get_lock():
            v.value += 1
            print('inside', v.value <= 2)
        time.sleep(0.1)
        with v.get_lock():
            v.value -= 1
c, v = Condition(), Value('i', 0)
ps = [Process(target=waiter, args=(c, v)) for _ in range(2)]
for p in ps: p.start()
time.sleep(0.1)
with c:
    v.value = 7
    c.notify_all()
for p in ps: p.join()
s, n = Semaphore(2), Value('i', 0)
ps = [Process(target=limited, args=(s, n)) for _ in range(4)]
for p in ps: p.start()
for p in ps: p.join()
print([p.exitcode for p in ps])
`);
    expect(r.err).toBe('');
    expect(r.out).toBe('woken with 7\nwoken with 7\n' + 'inside True\n'.repeat(4) + '[0, 0, 0, 0]\n');
  });

  it('--trace gil names processes and cores once there are several; --stats has a table per process', () => {
    const r = run(prog('seed/fork.py').split('\n').slice(1).join('\n'), { trace: 'gil', stats: true });
    expect(r.err).toContain('process 1001 starts (forked by 1000)');
    expect(r.err).toContain('gil (start) -> 1001/MainThread (core 1)');
    expect(r.err).toContain('process 1001 ends (exit code 0)');
    expect(r.err).toContain('pygil stats: virtual time');
    expect(r.err).toMatch(/process 1001 \(parent 1000\): on a core [\d.]+ ms \([\d.]+% of one core\), last core 1, exit code 0/);
    expect(r.err).toMatch(/core utilisation \(busy share of the virtual time\): core 0 [\d.]+%, core 1 [\d.]+%, core 2 0\.0%, core 3 0\.0%\n/);
  });

  it('a process subclass with run(), names, repr and daemon children', () => {
    const r = run(`
from multiprocessing import Process, current_process, parent_process, active_children
import time
class Worker(Process):
    def run(self):
        print(current_process().name, parent_process().name, parent_process().pid)
w = Worker()
print(w)
w.start(); w.join()
print(w.exitcode, w.is_alive())
d = Process(target=time.sleep, args=(100,), daemon=True)
d.start()
print(len(active_children()), d.daemon)
try:
    d.start()
except AssertionError as e:
    print(e)
`);
    expect(r.err).toBe('');
    expect(r.out).toBe("<Worker name='Worker-1' parent=1000 initial>\nWorker-1 MainProcess 1000\n0 False\n1 True\ncannot start a process twice\n");
    expect(r.code).toBe(0);
  });

  it('an itertools iterator in use at fork time refuses to run in the child instead of sharing the parent\'s', () => {
    const r = run(`
import os, itertools
cy = itertools.cycle('ab')
next(cy)
pid = os.fork()
if pid == 0:
    try:
        next(cy)
    except RuntimeError as e:
        print('child:', e)
    os._exit(0)
os.waitpid(pid, 0)
print('parent:', next(cy))
`);
    expect(r.out).toBe('child: pygil: this iterator was in use when the process forked, and its copy cannot go on\nparent: b\n');
  });

  it("an uncaught worker error shows the worker's traceback as a RemoteTraceback cause, as CPython", () => {
    const r = run('from multiprocessing import Pool\ndef f(x):\n    return 1 / x\nwith Pool(2) as p:\n    p.map(f, [0])\n');
    expect(r.code).toBe(1);
    expect(r.err.startsWith('multiprocessing.pool.RemoteTraceback: \n"""\nTraceback (most recent call last):\n')).toBe(true);
    expect(r.err).toContain('    return 1 / x\n');
    expect(r.err).toContain('"""\n\nThe above exception was the direct cause of the following exception:\n\nTraceback (most recent call last):\n');
    expect(r.err.endsWith('ZeroDivisionError: division by zero\n')).toBe(true);
  });

  it('the command line takes --cores and --max-processes (and refuses bad values)', () => {
    const bin = new URL('../../bin/pygil.cjs', import.meta.url).pathname;
    const cli = (args: string[], input: string) => spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8' });
    const src = 'import os\nprint(os.cpu_count())\ntry:\n    os.fork() or os._exit(0)\n    os.fork() or os._exit(0)\nexcept BlockingIOError as e:\n    print(e.errno)\n';
    const r = cli(['run', '--cores', '2', '--max-processes', '2', '-'], src);
    expect(r.stdout).toBe('2\n11\n');
    expect(r.status).toBe(0);
    expect(cli(['run', '--cores', '0', '-'], 'pass\n').status).toBe(2);
    expect(cli(['run', '--max-processes', 'x', '-'], 'pass\n').status).toBe(2);
  });

  describe('managers', () => {
    it("an uncaught error from a proxy is the server's exception, raised in the caller", () => {
      const r = run("import multiprocessing as mp\nm = mp.Manager()\nd = m.dict()\nd['missing']\n");
      expect(r.code).toBe(1);
      expect(r.err.startsWith('Traceback (most recent call last):\n')).toBe(true);
      expect(r.err.endsWith("KeyError: 'missing'\n")).toBe(true);
    });

    it('a program that never shuts its manager down still ends (the server is stopped at exit)', () => {
      const r = run("import multiprocessing as mp\nm = mp.Manager()\nl = m.list([1])\nlk = m.Lock()\nwith lk:\n    l.append(2)\nprint(l)\n");
      expect(r).toMatchObject({ out: '[1, 2]\n', err: '', code: 0 });
    });

    it('a manager made in a child is shut down when that child ends', () => {
      const src = `import multiprocessing as mp
def child():
    m = mp.Manager()
    m.dict()
    print([p.name for p in mp.active_children()])
if __name__ == '__main__':
    p = mp.Process(target=child)
    p.start()
    p.join()
    print(p.exitcode, mp.active_children())
`;
      expect(run(src)).toMatchObject({ out: "['SyncManager-1:1']\n0 []\n", err: '', code: 0 });
    });

    it('get() then set() through a proxy are two requests: without a lock, processes lose updates', () => {
      const src = `import multiprocessing as mp
def add(v, n):
    for _ in range(n):
        v.set(v.get() + 1)
if __name__ == '__main__':
    with mp.Manager() as m:
        v = m.Value('i', 0)
        ps = [mp.Process(target=add, args=(v, 2000)) for _ in range(4)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print(v.value < 8000)
`;
      expect(run(src)).toMatchObject({ out: 'True\n', err: '', code: 0 });
    });

    it('runs are deterministic', () => {
      const a = run(prog('processes/manager_sync.py'));
      expect(run(prog('processes/manager_sync.py'))).toEqual(a);
    });
  });
});
