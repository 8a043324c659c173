# A pending future can be cancelled, a running one cannot; map() raises a
# task's exception when its result is reached and TimeoutError when the
# time is up; shutdown() waits (or not) and can cancel what is still queued;
# a failing initializer breaks the pool.
import concurrent.futures as cf
import threading
import time
import io
import sys

log = []


def task(name, t=0.2):
    time.sleep(t)
    log.append(name)
    return name


def boom(x):
    if x == 2:
        raise ValueError('bad item %d' % x)
    return x * 10


ex = cf.ThreadPoolExecutor(max_workers=1)
running = ex.submit(task, 'first')
pending = ex.submit(task, 'second')
time.sleep(0.05)
print('running:', running.running(), running.cancel())
print('pending:', pending.running(), pending.cancel(), pending.cancelled(), pending.done())
print(running.result(), log)
ex.shutdown()
print('after shutdown:', log)

# map: the results before the failing one come out first.
with cf.ThreadPoolExecutor(max_workers=3) as ex:
    out = []
    try:
        for r in ex.map(boom, range(5)):
            out.append(r)
    except ValueError as e:
        print('map raised:', e, 'after', out)
    try:
        print(list(ex.map(boom, [1, 2, 3])))
    except ValueError as e:
        print('list(map) raised:', e)
    f = ex.submit(task, 'slow', 0.5)
    try:
        f.result(timeout=0.1)
    except cf.TimeoutError:
        print('result(timeout=0.1): TimeoutError; done =', f.done())
    print(f.result())

with cf.ThreadPoolExecutor(max_workers=2) as ex:
    got = []
    try:
        for r in ex.map(task, ['a', 'b', 'c'], [0.1, 0.2, 0.9], timeout=0.5):
            got.append(r)
    except TimeoutError as e:
        print('map timeout:', type(e).__name__, got)

# shutdown(wait=False) returns at once; the queued work still gets done.
log.clear()
ex = cf.ThreadPoolExecutor(max_workers=1)
fs = [ex.submit(task, n, 0.1) for n in 'xyz']
ex.shutdown(wait=False)
print('shutdown(wait=False) returned:', log)
cf.wait(fs)
print('then:', log)

# cancel_futures=True: what no worker has taken yet is cancelled.
log.clear()
ex = cf.ThreadPoolExecutor(max_workers=1)
fs = [ex.submit(task, n, 0.1) for n in 'pqrs']
time.sleep(0.05)
ex.shutdown(cancel_futures=True)
print('cancel_futures:', log, [f.cancelled() for f in fs])

# A failing initializer: the pool is broken.
def bad_init():
    raise OSError('no connection')

old = sys.stderr
sys.stderr = io.StringIO()
ex = cf.ThreadPoolExecutor(max_workers=1, initializer=bad_init)
f = ex.submit(task, 'never')
try:
    f.result()
except cf.BrokenExecutor as e:
    print(type(e).__name__, e)
try:
    ex.submit(task, 'again')
except cf.thread.BrokenThreadPool as e:
    print('submit:', type(e).__name__, e)
ex.shutdown()
text = sys.stderr.getvalue()
sys.stderr = old
print(text.splitlines()[0], text.splitlines()[-1])
