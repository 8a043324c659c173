# ProcessPoolExecutor: the calls run in forked worker processes (other pids,
# their own copy of the heap), results and exceptions come back through the
# futures, map keeps the input order (also in chunks), and a function that
# cannot be pickled fails its future.
import concurrent.futures as cf
import multiprocessing as mp
import os

counter = 0


def square(x):
    return x * x


def where(x):
    global counter
    counter += 1          # the worker's copy, not the parent's
    return os.getpid() != PARENT, mp.current_process().name.startswith('ForkProcess-')


def divide(a, b):
    return a / b


if __name__ == '__main__':
    PARENT = os.getpid()
    with cf.ProcessPoolExecutor(max_workers=2) as ex:
        f = ex.submit(square, 12)
        print(f.result())
        print(set(ex.map(where, range(6))), 'counter in the parent:', counter)
        print(list(ex.map(square, range(10))))
        print(list(ex.map(divide, [1, 2, 3], [4, 5, 6], chunksize=2)))
        for r in ex.map(square, range(7), chunksize=3):
            print(r, end=' ')
        print()
        g = ex.submit(divide, 1, 0)
        e = g.exception()
        print(repr(e), type(e.__cause__).__name__)
        try:
            g.result()
        except ZeroDivisionError as e:
            print('result() raised', type(e).__name__, e)
        try:
            for r in ex.map(divide, [1, 1, 1], [1, 0, 1]):
                print('map gave', r)
        except ZeroDivisionError as e:
            print('map raised', e)
        h = ex.submit(lambda: 1)
        print(type(h.exception()).__name__)
        futures = [ex.submit(square, n) for n in range(5)]
        print(sorted(f.result() for f in cf.as_completed(futures)))
        print(len(cf.wait(futures).done))
        try:
            list(ex.map(square, [1], chunksize=0))
        except ValueError as e:
            print('ValueError:', e)
    try:
        ex.submit(square, 1)
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        cf.ProcessPoolExecutor(max_workers=0)
    except ValueError as e:
        print('ValueError:', e)
