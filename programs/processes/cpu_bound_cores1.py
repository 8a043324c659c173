# pygil: --cores 1
# cpython: skip (virtual times: the same work on 1 simulated core(s))
# The seed's lesson, measured: CPU-bound work split over 4 threads is no
# faster than doing it in a row (one GIL, one core's worth of time), while 4
# processes (4 GILs) run on 4 cores at once -- when there are 4 cores.
import os, time, threading
from multiprocessing import Process

N = 50000

def work(n):
    x = 0
    for i in range(n):
        x += i * i
    return x

def timed(make):
    start = time.time()
    workers = [make() for _ in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    return time.time() - start

if __name__ == '__main__':
    print('cores:', os.cpu_count())
    start = time.time()
    for _ in range(4):
        work(N)
    serial = time.time() - start
    threads = timed(lambda: threading.Thread(target=work, args=(N,)))
    processes = timed(lambda: Process(target=work, args=(N,)))
    print('4 jobs in a row:   %.3f s' % serial)
    print('4 threads:         %.3f s  speedup %.1fx' % (threads, serial / threads))
    print('4 processes:       %.3f s  speedup %.1fx' % (processes, serial / processes))
