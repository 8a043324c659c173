// Small threading/queue programs with the output CPython 3.11 prints for
// them. Every case marked `cpython: true` is race-free (ordered by joins,
// locks, events and queues), so its stdout is the same on every CPython run;
// cpython-check.test.ts re-verifies them when PYGIL_CHECK_CPYTHON=1.

export interface ThreadCase {
  name: string;
  src: string;
  stdout: string;
  /** Whether CPython prints exactly `stdout` too (false: pygil-specific expectation). */
  cpython: boolean;
  /** Expected exit status (default 0). */
  code?: number;
  /** Substrings stderr must contain (in order). */
  stderr?: string[];
}

const py = (lines: string): string => lines.replace(/^\n/, '');

export const cases: ThreadCase[] = [
  // ------------------------------------------------------------ Lock
  {
    name: 'lock timeouts return False',
    cpython: true,
    src: py(`
import threading
l = threading.Lock()
l.acquire()
print(l.acquire(timeout=0.05), l.acquire(False), l.acquire(blocking=False), l.acquire(True, 0))
res = []
def other():
    res.append(l.acquire(timeout=0.1))
t = threading.Thread(target=other)
t.start(); t.join()
print(res, l.locked())
l.release()
print(l.acquire(timeout=0.1), l.locked())
`),
    stdout: 'False False False False\n[False] True\nTrue True\n',
  },
  {
    name: 'lock handed to a waiting thread',
    cpython: true,
    src: py(`
import threading
l = threading.Lock()
got = threading.Event()
l.acquire()
def waiter():
    l.acquire()
    got.set()
t = threading.Thread(target=waiter)
t.start()
print('waiter has it:', got.wait(0.1))
l.release()
print('waiter has it:', got.wait(5))
t.join()
print(l.locked())
`),
    stdout: 'waiter has it: False\nwaiter has it: True\nTrue\n',
  },
  {
    name: 'lock errors',
    cpython: true,
    src: py(`
import threading
l = threading.Lock()
for f in (l.release, lambda: l.acquire(timeout=-3), lambda: l.acquire(False, 2), lambda: l.acquire(1, 2, 3),
          lambda: l.acquire(timeout='x'), lambda: l.acquire(bogus=1)):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
`),
    stdout: 'RuntimeError release unlocked lock\nValueError timeout value must be positive\n' +
      "ValueError can't specify a timeout for a non-blocking call\nTypeError acquire() takes at most 2 arguments (3 given)\n" +
      "TypeError 'str' object cannot be interpreted as an integer\nTypeError 'bogus' is an invalid keyword argument for acquire()\n",
  },
  // ------------------------------------------------------------ RLock
  {
    name: 'rlock ownership',
    cpython: true,
    src: py(`
import threading
r = threading.RLock()
with r:
    with r:
        out = []
        def other():
            out.append(r.acquire(timeout=0.05))
            try:
                r.release()
            except RuntimeError as e:
                out.append(str(e))
        t = threading.Thread(target=other)
        t.start(); t.join()
        print(out)
print(r.acquire(blocking=False))
r.release()
try:
    r.release()
except RuntimeError as e:
    print(e)
`),
    stdout: "[False, 'cannot release un-acquired lock']\nTrue\ncannot release un-acquired lock\n",
  },
  // ------------------------------------------------------------ Condition
  {
    name: 'condition wait timeout and notify',
    cpython: true,
    src: py(`
import threading
c = threading.Condition()
with c:
    print(c.wait(0.05))
items = []
def producer():
    for i in range(5):
        with c:
            items.append(i)
            c.notify()
got = []
def consumer():
    for _ in range(5):
        with c:
            c.wait_for(lambda: items)
            got.append(items.pop(0))
cons = threading.Thread(target=consumer)
prod = threading.Thread(target=producer)
cons.start(); prod.start(); prod.join(); cons.join()
print(got)
try:
    c.wait()
except RuntimeError as e:
    print(e)
`),
    stdout: 'False\n[0, 1, 2, 3, 4]\ncannot wait on un-acquired lock\n',
  },
  {
    name: 'condition with RLock restores the recursion level',
    cpython: true,
    src: py(`
import threading
r = threading.RLock()
c = threading.Condition(r)
flag = []
def setter():
    with c:
        flag.append(r._is_owned())
        c.notify()
with r:
    with r:
        t = threading.Thread(target=setter)
        t.start()
        print(c.wait(5), flag)
        print(r._is_owned())
    print(r._is_owned())
print(r._is_owned())
t.join()
`),
    stdout: 'True [True]\nTrue\nTrue\nFalse\n',
  },
  // ------------------------------------------------------------ Semaphore
  {
    name: 'semaphore blocking and timeouts',
    cpython: true,
    src: py(`
import threading
s = threading.Semaphore(0)
res = []
def take(i):
    res.append((i, s.acquire(timeout=0.2)))
ts = [threading.Thread(target=take, args=(i,)) for i in range(3)]
for t in ts: t.start()
s.release()
s.release()
for t in ts: t.join()
print(sorted(r[1] for r in res), s._value)
b = threading.BoundedSemaphore(1)
try:
    b.release()
except ValueError as e:
    print(e)
`),
    stdout: '[False, True, True] 0\nSemaphore released too many times\n',
  },
  // ------------------------------------------------------------ Event
  {
    name: 'event wakes every waiter',
    cpython: true,
    src: py(`
import threading
e = threading.Event()
res = []
lk = threading.Lock()
def w(i):
    r = e.wait(5)
    with lk:
        res.append((i, r))
ts = [threading.Thread(target=w, args=(i,)) for i in range(4)]
for t in ts: t.start()
print(e.wait(0.05))
e.set()
for t in ts: t.join()
print(sorted(res))
`),
    stdout: 'False\n[(0, True), (1, True), (2, True), (3, True)]\n',
  },
  // ------------------------------------------------------------ Barrier
  {
    name: 'barrier indices and timeout',
    cpython: true,
    src: py(`
import threading
b = threading.Barrier(3)
idx = []
lk = threading.Lock()
def w():
    i = b.wait()
    with lk:
        idx.append(i)
ts = [threading.Thread(target=w) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(idx))
b2 = threading.Barrier(2)
try:
    b2.wait(0.05)
except threading.BrokenBarrierError:
    print('broken', b2.broken)
`),
    stdout: '[0, 1, 2]\nbroken True\n',
  },
  // ------------------------------------------------------------ queue
  {
    name: 'queue blocking get and put',
    cpython: true,
    src: py(`
import queue, threading
q = queue.Queue(1)
out = []
def consumer():
    for _ in range(5):
        out.append(q.get())
t = threading.Thread(target=consumer)
t.start()
for i in range(5):
    q.put(i)
t.join()
print(out)
try:
    q.get(timeout=0.05)
except queue.Empty:
    print('Empty')
q.put('x')
try:
    q.put('y', timeout=0.05)
except queue.Full:
    print('Full')
try:
    q.get(timeout=-1)
except ValueError as e:
    print(e)
`),
    stdout: "[0, 1, 2, 3, 4]\nEmpty\nFull\n'timeout' must be a non-negative number\n",
  },
  {
    name: 'queue task_done and join',
    cpython: true,
    src: py(`
import queue, threading
q = queue.Queue()
done = []
def worker():
    while True:
        x = q.get()
        if x is None:
            q.task_done()
            break
        done.append(x)
        q.task_done()
t = threading.Thread(target=worker)
t.start()
for i in range(4):
    q.put(i)
q.put(None)
q.join()
print(done, q.unfinished_tasks)
t.join()
try:
    q.task_done()
except ValueError as e:
    print(e)
`),
    stdout: '[0, 1, 2, 3] 0\ntask_done() called too many times\n',
  },
  {
    name: 'priority queue order matches heapq',
    cpython: true,
    src: py(`
import queue
pq = queue.PriorityQueue()
for x in [5, 3, 8, 1, 9, 2, 7, 3, 1]:
    pq.put((x % 3, x))
print(pq.queue)
print([pq.get() for _ in range(9)])
`),
    stdout: '[(0, 3), (0, 3), (1, 7), (0, 9), (1, 1), (2, 8), (2, 2), (2, 5), (1, 1)]\n' +
      '[(0, 3), (0, 3), (0, 9), (1, 1), (1, 1), (1, 7), (2, 2), (2, 5), (2, 8)]\n',
  },
  {
    name: 'simple queue blocking get',
    cpython: true,
    src: py(`
import queue, threading
sq = queue.SimpleQueue()
got = []
def g():
    got.append(sq.get())
    got.append(sq.get(timeout=5))
t = threading.Thread(target=g)
t.start()
sq.put('a')
sq.put('b')
t.join()
print(got)
try:
    sq.get(timeout=0.05)
except queue.Empty:
    print('Empty')
`),
    stdout: "['a', 'b']\nEmpty\n",
  },
  // ------------------------------------------------------------ threads
  {
    name: 'join with a timeout on a blocked thread',
    cpython: true,
    src: py(`
import threading
e = threading.Event()
t = threading.Thread(target=e.wait)
t.start()
t.join(0.05)
print(t.is_alive())
e.set()
t.join()
print(t.is_alive())
`),
    stdout: 'True\nFalse\n',
  },
  {
    name: 'daemon thread blocked forever does not keep the process alive',
    cpython: true,
    src: py(`
import threading
e = threading.Event()
t = threading.Thread(target=e.wait, daemon=True)
t.start()
print('main exits', t.daemon, t.is_alive())
`),
    stdout: 'main exits True True\n',
  },
  {
    name: 'daemon flag is inherited from the creating thread',
    cpython: true,
    src: py(`
import threading
res = []
def inner():
    res.append(threading.current_thread().daemon)
def outer():
    t = threading.Thread(target=inner)
    res.append(t.daemon)
    t.start(); t.join()
d = threading.Thread(target=outer, daemon=True)
d.start(); d.join()
print(res, threading.Thread().daemon)
`),
    stdout: '[True, True] False\n',
  },
  {
    name: 'exception in a thread',
    cpython: true,
    src: py(`
import threading
def f():
    raise KeyError('oops')
t = threading.Thread(target=f)
t.start()
t.join()
print('main goes on', t.is_alive())
`),
    stdout: 'main goes on False\n',
    stderr: ['Exception in thread Thread-1 (f):\nTraceback (most recent call last):\n', 'line 3, in f\n', "KeyError: 'oops'\n"],
  },
  {
    name: 'start and join errors',
    cpython: true,
    src: py(`
import threading
t = threading.Thread(target=print)
for f in (t.join, threading.current_thread().join):
    try:
        f()
    except RuntimeError as e:
        print(e)
t.start(); t.join()
try:
    t.start()
except RuntimeError as e:
    print(e)
try:
    t.daemon = True
except RuntimeError as e:
    print(e)
`),
    stdout: 'cannot join thread before it is started\ncannot join current thread\n\nthreads can only be started once\n' +
      'cannot set daemon status of active thread\n',
  },
  {
    name: 'threading.local isolation and subclass __init__',
    cpython: true,
    src: py(`
import threading
class L(threading.local):
    def __init__(self):
        self.n = 0
loc = L()
loc.n = 5
plain = threading.local()
plain.x = 1
out = []
def f():
    out.append((loc.n, hasattr(plain, 'x')))
    loc.n += 1
    plain.x = 2
    out.append((loc.n, plain.x))
t = threading.Thread(target=f)
t.start(); t.join()
print(out, loc.n, plain.x)
`),
    stdout: '[(0, False), (1, 2)] 5 1\n',
  },
  {
    name: 'timer and cancel',
    cpython: true,
    src: py(`
import threading
out = []
t = threading.Timer(0.05, out.append, args=('fired',))
t.start(); t.join()
c = threading.Timer(10, out.append, args=('never',))
c.start(); c.cancel(); c.join()
print(out, t.name, c.name)
`),
    stdout: "['fired'] Thread-1 Thread-2\n",
  },
  // ------------------------------------------------------------ pygil only
  {
    name: 'a non-daemon thread blocked forever is a deadlock',
    cpython: false,
    src: py(`
import threading
e = threading.Event()
t = threading.Thread(target=e.wait, name='stuck')
t.start()
print('main done')
`),
    stdout: 'main done\n',
    code: 3,
    stderr: ['pygil: deadlock', 'stuck is waiting for Event 0x'],
  },
  {
    name: 'blocking inside a builtin callback is refused',
    cpython: false,
    src: py(`
import threading
l = threading.Lock()
l.acquire()
class Key:
    def __hash__(self):
        return 1 if l.acquire() else 0
class Peek:
    def __hash__(self):
        return 1 if l.acquire(False) else 0
try:
    {Key(): 1}
except RuntimeError as e:
    print(e)
print(len({Peek(): 2}))
`),
    stdout: 'pygil: cannot block here (called from inside a builtin callback)\n1\n',
  },
];
