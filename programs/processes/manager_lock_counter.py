# A counter in a manager's Value, incremented by several processes. A
# read-modify-write through a proxy is two requests, so it needs a lock:
# here a Lock the manager holds too.
import multiprocessing as mp


def add(counter, lock, n):
    for _ in range(n):
        with lock:
            counter.value += 1


def add_rlock(counter, rlock, n):
    for _ in range(n):
        rlock.acquire()
        rlock.acquire()
        counter.value = counter.value + 1
        rlock.release()
        rlock.release()


if __name__ == '__main__':
    manager = mp.Manager()
    counter = manager.Value('i', 0)
    lock = manager.Lock()
    procs = [mp.Process(target=add, args=(counter, lock, 25)) for _ in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print('total', counter.value)
    print(counter, counter.get())
    counter.set(0)
    rlock = manager.RLock()
    procs = [mp.Process(target=add_rlock, args=(counter, rlock, 10)) for _ in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print('total', counter.value)
    print(lock.acquire(), lock.acquire(False), lock.acquire(timeout=0.05))
    lock.release()
    print(lock.acquire(blocking=False))
    lock.release()
    v = manager.Value('d', 1.5)
    v.value *= 2
    print(v.value, v)
    a = manager.Array('i', [1, 2, 3])
    a[0] = 10
    print(a, len(a), a[0], a[1:], list(a))
    manager.shutdown()
