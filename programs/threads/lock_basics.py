# Lock: acquire/release, non-blocking and timed acquires, errors.
import threading

lock = threading.Lock()
print(repr(lock).split(' object')[0], lock.locked())
print(lock.acquire(), lock.locked())
print(repr(lock).split(' object')[0])
print('non-blocking while held:', lock.acquire(False))
print('blocking=False keyword:', lock.acquire(blocking=False))
print('timeout 0.2 while held:', lock.acquire(timeout=0.2))
lock.release()
print('after release:', lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print('RuntimeError:', e)
with lock:
    print('inside with:', lock.locked())
print('after with:', lock.locked())
for kwargs in ({'timeout': -2}, {'blocking': False, 'timeout': 1}, {'timeout': None}):
    try:
        lock.acquire(**kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
try:
    lock.acquire(True, 1, 2)
except TypeError as e:
    print('TypeError:', e)
print('timeout=-1 means forever:', lock.acquire(timeout=-1))
lock.release()

# Another thread may release a Lock (it has no owner).
lock.acquire()
def releaser():
    lock.release()
t = threading.Thread(target=releaser)
t.start()
t.join()
print('released by another thread:', lock.locked())

# A waiting thread gets the lock once it is released.
order = []
lock.acquire()
def waiter():
    with lock:
        order.append('waiter has the lock')
t = threading.Thread(target=waiter)
t.start()
order.append('main releases')
lock.release()
t.join()
print(order)
print(type(lock))
