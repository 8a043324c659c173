# pygil: --cores 4
# cpython: skip (virtual times: the same work on 4 simulated cores)
# CPU-bound work on a pool of 4 threads is no faster than doing it in a row
# (one GIL, one core's worth of time); on a pool of 4 processes (4 GILs) it
# runs on 4 cores at once. I/O-bound work (sleeping) overlaps in threads.
import concurrent.futures as cf
import time


def work(n):
    x = 0
    for i in range(n):
        x += i * i
    return x


def io_work(t):
    time.sleep(t)
    return t


def timed(pool, fn, args):
    start = time.time()
    with pool as ex:
        results = list(ex.map(fn, args))
    return time.time() - start, results


if __name__ == '__main__':
    N = 40000
    start = time.time()
    expected = [work(N) for _ in range(4)]
    serial = time.time() - start
    t_threads, r1 = timed(cf.ThreadPoolExecutor(4), work, [N] * 4)
    t_procs, r2 = timed(cf.ProcessPoolExecutor(4), work, [N] * 4)
    print('same results:', r1 == r2 == expected)
    print('4 jobs in a row:  %.3f s' % serial)
    print('4 threads:        %.3f s  speedup %.1fx' % (t_threads, serial / t_threads))
    print('4 processes:      %.3f s  speedup %.1fx' % (t_procs, serial / t_procs))
    t_io, _ = timed(cf.ThreadPoolExecutor(4), io_work, [0.5] * 4)
    print('4 sleeps of 0.5 s in 4 threads: %.1f s' % t_io)
