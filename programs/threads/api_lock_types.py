# Lock and RLock as CPython's _thread names and checks them; Condition's and
# Barrier's argument handling; SimpleQueue's constructor.
import threading
import queue

def attempt(label, f):
    try:
        r = f()
        print(label, 'ok', r)
    except Exception as e:
        print(label, type(e).__name__, e)

lock = threading.Lock()
rlock = threading.RLock()
print(type(lock).__name__, type(lock).__module__, type(lock).__qualname__)
print(type(rlock).__name__, type(rlock).__module__)
print(type(threading.local()).__name__, type(queue.SimpleQueue()).__name__)
print(threading.Lock)
attempt('lock attr:', lambda: lock.nothing)
attempt('release(1):', lambda: lock.release(1))
attempt('locked(1):', lambda: lock.locked(1))
attempt('release(x=1):', lambda: lock.release(x=1))
attempt('RLock release(1):', lambda: rlock.release(1))
attempt('_is_owned(1):', lambda: rlock._is_owned(1))
attempt('Lock(1):', lambda: threading.Lock(1))
attempt('Lock(x=1):', lambda: threading.Lock(x=1))
attempt('RLock(1):', lambda: threading.RLock(1, x=2).acquire())
attempt('__exit__ with args:', lambda: (lock.acquire(), lock.__exit__(None, None, None), lock.locked())[1:])

cond = threading.Condition()
attempt('notify("a") unowned:', lambda: cond.notify('a'))
with cond:
    attempt('notify("a") nobody waits:', lambda: cond.notify('a'))
    attempt('notify(-1):', lambda: cond.notify(-1))
attempt('Condition(5):', lambda: threading.Condition(5))

def waiter():
    with cond:
        cond.wait()

t = threading.Thread(target=waiter)
t.start()
while True:
    with cond:
        if '1)>' in repr(cond):
            attempt('notify("a") with a waiter:', lambda: cond.notify('a'))
            cond.notify()
            break
t.join()

for parties in (0, -1, 'x', 2.5):
    r = repr(threading.Barrier(parties))
    print(r[:len('<threading.Barrier at')], r[r.index(':'):])

attempt('SimpleQueue(1):', lambda: queue.SimpleQueue(1))
attempt('SimpleQueue(x=1):', lambda: queue.SimpleQueue(x=1))
