# The classic comparison, printing only what every run prints: the same
# CPU-bound jobs on a ThreadPoolExecutor and on a ProcessPoolExecutor give
# the same answers in the same order. (How long each takes is the lesson of
# cpu_bound_speedup.py: threads share one GIL, processes have one each.)
import concurrent.futures as cf


def count_primes(limit):
    count = 0
    for n in range(2, limit):
        d = 2
        while d * d <= n:
            if n % d == 0:
                break
            d += 1
        else:
            count += 1
    return count


if __name__ == '__main__':
    jobs = [500, 1000, 1500, 2000]
    serial = [count_primes(n) for n in jobs]
    with cf.ThreadPoolExecutor(max_workers=4) as ex:
        threads = list(ex.map(count_primes, jobs))
    with cf.ProcessPoolExecutor(max_workers=4) as ex:
        processes = list(ex.map(count_primes, jobs))
    print('serial:   ', serial)
    print('threads:  ', threads)
    print('processes:', processes)
    with cf.ProcessPoolExecutor(max_workers=2) as ex:
        futures = {ex.submit(count_primes, n): n for n in jobs}
        for f in cf.as_completed(futures):
            pass
        print({futures[f]: f.result() for f in futures})
