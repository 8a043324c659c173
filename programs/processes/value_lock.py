# cpython: skip (the number of lost updates depends on the schedule)
# The MONEY race again, across processes: Value lives in shared memory, and
# v.value += 1 is a read, an add and a write. Four processes on four cores
# interleave them and lose updates; holding v.get_lock() fixes it.
from multiprocessing import Process, Value, Array

def add(v, n, locked):
    for _ in range(n):
        if locked:
            with v.get_lock():
                v.value += 1
        else:
            v.value += 1

def fill(arr, i):
    arr[i] = i * i

if __name__ == '__main__':
    for locked in (False, True):
        v = Value('i', 0)
        ps = [Process(target=add, args=(v, 5000, locked)) for _ in range(4)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print('with the lock:   ' if locked else 'without a lock: ', v.value, 'of', 4 * 5000)
    arr = Array('i', 5)
    ps = [Process(target=fill, args=(arr, i)) for i in range(5)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(arr[:], len(arr), Value('d', 1.5).value)
