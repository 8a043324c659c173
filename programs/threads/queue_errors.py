# The ValueErrors of negative timeouts across threading and queue.
import queue
import threading

def check(label, f):
    try:
        print(label, f())
    except (ValueError, TypeError) as e:
        print(label, type(e).__name__ + ':', e)

bounded = queue.Queue(1)
bounded.put(0)
unbounded = queue.Queue()
check('Queue.get(timeout=-1):', lambda: unbounded.get(timeout=-1))
check('Queue.put(timeout=-1) when bounded:', lambda: bounded.put(1, timeout=-1))
check('Queue.put(timeout=-1) unbounded:', lambda: unbounded.put(1, timeout=-1))
check('Queue.get(block=False, timeout=-1):', lambda: unbounded.get(block=False, timeout=-1))
check('Lock.acquire(timeout=-2):', lambda: threading.Lock().acquire(timeout=-2))
check('Lock.acquire(False, 1):', lambda: threading.Lock().acquire(False, 1))
check('RLock.acquire(timeout=-0.5):', lambda: threading.RLock().acquire(timeout=-0.5))
check('Semaphore(-1):', lambda: threading.Semaphore(-1))
check('Semaphore.acquire(False, 1):', lambda: threading.Semaphore().acquire(False, 1))
check('Event.wait(-1):', lambda: threading.Event().wait(-1))
check('Lock.acquire("x"):', lambda: threading.Lock().acquire('x'))
def wait_soon():
    c = threading.Condition(threading.Lock())
    with c:
        return c.wait('soon')
check('Condition.wait("soon"):', wait_soon)
check('SimpleQueue.get(timeout=-2):', lambda: queue.SimpleQueue().get(timeout=-2))
