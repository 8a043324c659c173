# cpython: skip (the number of updates that survive depends on the schedule)
# Four processes add 1 to a shared Value 10,000 times each, without its lock:
# `v.value += 1` reads, adds and writes, and another process's step can fall
# between the read and the write, so updates are lost (CPython keeps about
# half of them too). Processes run in steps of 997 instructions, a prime, so
# the loop (with the property's own instructions) is cut at a different place
# at each step.
from multiprocessing import Process, Value

def add(v):
    for _ in range(10000):
        v.value += 1

if __name__ == '__main__':
    v = Value('i', 0)
    ps = [Process(target=add, args=(v,)) for _ in range(4)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(v.value, 'of 40000', 'lost some' if v.value < 40000 else 'lost none')
