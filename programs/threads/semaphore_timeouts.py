# Semaphore and BoundedSemaphore: counting, timeouts, and their ValueErrors.
import threading

s = threading.Semaphore(1)
print(s.acquire(), s._value)
print('non-blocking:', s.acquire(blocking=False))
print('timeout 0.2:', s.acquire(timeout=0.2))
print('timeout 0:', s.acquire(timeout=0), 'negative timeout:', s.acquire(timeout=-1))
s.release()
s.release(3)
print('after release(3):', s._value)
for args, kwargs in [((False, 1), {}), ((), {'blocking': False, 'timeout': 0})]:
    try:
        s.acquire(*args, **kwargs)
    except ValueError as e:
        print('ValueError:', e)
try:
    s.release(0)
except ValueError as e:
    print('ValueError:', e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print('ValueError:', e)
print(threading.Semaphore(0)._value, threading.Semaphore()._value)

b = threading.BoundedSemaphore(2)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print('ValueError:', e)
with b:
    print('inside with:', b._value)
print(repr(b).endswith(': value=2/2>'))

# A waiter blocked in acquire() gets the unit another thread releases.
gate = threading.Semaphore(0)
got = []
def taker(i):
    got.append((i, gate.acquire(timeout=2)))
t = threading.Thread(target=taker, args=(1,))
t.start()
gate.release()
t.join()
print(got)
t = threading.Thread(target=taker, args=(2,))
late = threading.Thread(target=taker, args=(3,))
t.start()
late.start()
gate.release()
t.join()
late.join()
print(sorted(got))
