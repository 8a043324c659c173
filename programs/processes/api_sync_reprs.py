# multiprocessing's Lock/RLock reprs name their holder (this process, a
# thread of it, or another process), Condition checks ownership before it
# counts a waiter, semaphores take a C int, and Value/Array store numbers as
# ctypes does (ints wrapped to the type's width).
import multiprocessing as mp
import sys
import threading

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
    sys.stdout.flush()

def child(lock, rlock):
    print('in the child:', lock, rlock)
    sys.stdout.flush()

if __name__ == '__main__':
    attempt('Semaphore(-1):', lambda: mp.Semaphore(-1))
    attempt('BoundedSemaphore(-1):', lambda: mp.BoundedSemaphore(-1))
    attempt("Semaphore('a'):", lambda: mp.Semaphore('a'))
    attempt('BoundedSemaphore(3):', lambda: mp.BoundedSemaphore(3))

    lock, rlock = mp.Lock(), mp.RLock()
    print('free:', lock, rlock)
    lock.acquire()
    rlock.acquire()
    rlock.acquire()
    print('held here:', lock, rlock)
    p = mp.Process(target=child, args=(lock, rlock))
    p.start()
    p.join()

    def in_thread():
        print('in a thread:', lock, rlock)
        mine = mp.RLock()
        mine.acquire()
        print('its own:', mine)
        sys.stdout.flush()

    t = threading.Thread(target=in_thread, name='Worker')
    t.start()
    t.join()
    lock.release()
    rlock.release()
    rlock.release()
    print('released:', lock, rlock)

    cond = mp.Condition(mp.Lock())
    attempt('wait unowned:', cond.wait)
    attempt('notify unowned:', cond.notify)
    with cond:
        attempt('wait(0.01):', lambda: cond.wait(0.01))
        attempt('notify:', cond.notify)
        print(cond)
    print(mp.Condition())

    attempt("Value('i', 1.5):", lambda: mp.Value('i', 1.5))
    attempt("Array('i', [1.5]):", lambda: mp.Array('i', [1.5]))
    attempt("Value('d', 'x'):", lambda: mp.Value('d', 'x'))
    for code, v in [('b', 300), ('B', -1), ('h', -40000), ('i', 2**40), ('I', -1),
                    ('l', 2**63), ('q', 2**70), ('Q', -1), ('d', 2), ('i', True)]:
        attempt('Value(%r, %r):' % (code, v), lambda: mp.Value(code, v).value)
    arr = mp.Array('b', [300, -200])
    arr[0] = 255
    print(arr[:])
