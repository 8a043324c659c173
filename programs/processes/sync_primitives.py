# multiprocessing's locks, semaphores, events and bounded queues work
# across processes, with CPython's errors and timeouts.
import queue, time
from multiprocessing import (Process, Queue, Lock, RLock, Semaphore, BoundedSemaphore,
                             Event, Condition, Value)

def hold_lock(lock, started, seconds):
    with lock:
        started.set()
        time.sleep(seconds)

def producer(q, n):
    for i in range(n):
        q.put(i)

if __name__ == '__main__':
    lock, started = Lock(), Event()
    p = Process(target=hold_lock, args=(lock, started, 0.5))
    p.start()
    started.wait()
    print('lock busy, acquire(timeout=0.1):', lock.acquire(timeout=0.1))
    print('lock free later:', lock.acquire(timeout=2))
    lock.release()
    p.join()
    try:
        lock.release()
    except ValueError as e:
        print('ValueError:', e)

    r = RLock()
    with r:
        with r:
            print('RLock is re-entrant')
    try:
        r.release()
    except AssertionError as e:
        print('AssertionError:', e)

    b = BoundedSemaphore(2)
    b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print('ValueError:', e)
    s = Semaphore(0)
    print('Semaphore(0).acquire(False):', s.acquire(False))
    s.release()
    print('after release:', s.acquire(False), s.get_value())

    e = Event()
    print('wait(0.1) on a clear event:', e.wait(0.1), e.is_set())

    q = Queue(maxsize=2)
    q.put('a')
    q.put('b')
    print('full:', q.full(), q.qsize())
    try:
        q.put('c', timeout=0.1)
    except queue.Full:
        print('Full after the timeout')
    try:
        q.put_nowait('c')
    except queue.Full:
        print('Full at once with put_nowait')
    print(q.get(), q.get(), q.empty())

    small = Queue(maxsize=1)
    p = Process(target=producer, args=(small, 5))
    p.start()
    got = [small.get() for _ in range(5)]
    p.join()
    print('through a queue of size 1:', got)

    c, v = Condition(), Value('i', 0)
    with c:
        print('wait_for with a timeout:', c.wait_for(lambda: v.value > 0, timeout=0.1))
    q.close()
    try:
        q.put(1)
    except ValueError:
        print('ValueError: the queue is closed')
