// `--race`: happens-before race detection. The seed's unlocked MONEY race is
// reported, its locked, threading.local and queue versions are not, every
// kind of location is covered, and --race never changes what a program prints.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runSource, BufferHost } from '../../src/index.js';

const seed = (name: string) => readFileSync(fileURLToPath(new URL(`../../programs/seed/${name}.py`, import.meta.url)), 'utf8');

function run(src: string, race: boolean) {
  const h = new BufferHost();
  const code = runSource(src, 'p.py', h, { race });
  return { code, out: h.stdoutText, err: h.stderrText };
}

const reports = (err: string) => [...err.matchAll(/^WARNING: DATA RACE on (.*)$/gm)].map((m) => m[1]);

describe('--race', () => {
  it('reports the seed race on MONEY once, and leaves the output as it was', () => {
    const src = seed('money_race').replace('range(1000000)', 'range(20000)');
    const plain = run(src, false), raced = run(src, true);
    expect(raced.out).toBe(plain.out);
    expect(reports(raced.err)).toEqual(["global 'MONEY'"]);
    expect(raced.err).toContain('holding no locks');
    expect(raced.err.endsWith('pygil --race: found 1 data race\n')).toBe(true);
  });

  it('reports nothing for the seed lock, threading.local and thread-start programs', () => {
    for (const name of ['money_lock', 'thread_local', 'thread_create']) {
      const src = seed(name).replace('range(1000000)', 'range(3000)');
      const r = run(src, true);
      expect(r.err, name).toBe('');
      expect(r.out).toBe(run(src, false).out);
    }
  });

  it('orders accesses through Lock, RLock, Semaphore, Event, Condition, Queue and join', () => {
    const src = `import threading, queue
x = {"v": 0}
box = []
lk = threading.Lock(); rl = threading.RLock(); sem = threading.Semaphore(1)
ev = threading.Event(); cond = threading.Condition(); q = queue.Queue()
class O: pass
o = O()
def a():
    with lk: x["v"] += 1
    with rl:
        with rl: o.n = 1
    with sem: box.append(1)
    o.m = 2
    ev.set()
    with cond:
        o.k = 3
        cond.notify()
    q.put(5)
def b():
    with lk: x["v"] += 1
    with rl: o.n = 2
    with sem: box.append(2)
    ev.wait()
    print(o.m)
    with cond:
        cond.wait_for(lambda: hasattr(o, "k"))
        print(o.k)
    print(q.get())
ts = [threading.Thread(target=f) for f in (b, a)]
for t in ts: t.start()
for t in ts: t.join()
print(x["v"], o.n, sorted(box))
`;
    const r = run(src, true);
    expect(r.err).toBe('');
    expect(r.out).toBe('2\n3\n5\n2 1 [1, 2]\n');
  });

  it('names globals, attributes, list items and dict items, with the locks held', () => {
    const src = `import threading
g = 0
class C: pass
c = C()
lst = [0]
d = {"k": 0}
lock = threading.Lock()
def w1():
    global g
    g = 1
    c.a = 1
    with lock:
        lst[0] = 1
    d["k"] = 1
def w2():
    global g
    g = 2
    c.a = 2
    lst[-1] = 2
    d["k"] = 2
t1 = threading.Thread(target=w1); t2 = threading.Thread(target=w2)
t1.start(); t2.start(); t1.join(); t2.join()
`;
    const r = run(src, true);
    expect(reports(r.err)).toEqual([
      "global 'g'", "attribute 'a' of C object at 0x7f0000001000", 'item 0 of list object at 0x7f0000001040', "item 'k' of dict object at 0x7f0000001080",
    ].map((s) => expect.stringMatching(new RegExp('^' + s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/0x7f0+1\w+/, '0x[0-9a-f]+') + '$'))));
    expect(r.err).toMatch(/Previous write by Thread-1 \(w1\):\n {4}File "p\.py", line 13, in w1\n {6}lst\[0\] = 1\n {4}holding Lock 0x[0-9a-f]+\n/);
  });
});
