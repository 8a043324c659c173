# Pool keeps the order of map's results whatever order the workers finish
# in; a worker's exception comes back from get(); callbacks run in the parent.
import time
from multiprocessing import Pool, TimeoutError, current_process

def slow_square(x):
    time.sleep((10 - x) * 0.01)   # the first items finish last
    return x * x

def add(a, b):
    return a + b

def fails(x):
    if x == 2:
        raise KeyError(x)
    return x

def worker_name(_):
    return current_process().name.startswith('ForkPoolWorker-')

if __name__ == '__main__':
    got = []
    with Pool(4) as pool:
        print(pool.map(slow_square, range(10)))
        print(pool.starmap(add, [(1, 2), ('a', 'b'), ([1], [2])]))
        print(pool.apply(add, (20, 22)))
        print(list(pool.imap(slow_square, range(5))))
        print(sorted(pool.imap_unordered(slow_square, range(5))))
        print(all(pool.map(worker_name, range(8))))
        r = pool.apply_async(add, (1, 1), callback=got.append)
        r.wait()
        print(r.ready(), r.successful(), r.get(), got)
        r = pool.map_async(fails, range(4), error_callback=lambda e: got.append(repr(e)))
        try:
            r.get()
        except KeyError as e:
            print('KeyError from a worker:', e, got)
        print(r.successful())
        r = pool.apply_async(time.sleep, (5,))
        try:
            r.get(timeout=0.1)
        except TimeoutError:
            print('TimeoutError after 0.1 s; ready:', r.ready())
        try:
            r.successful()
        except ValueError as e:
            print('ValueError: not ready')
    try:
        pool.apply(add, (1, 2))
    except ValueError as e:
        print(e)
    p = Pool(2)
    try:
        p.join()
    except ValueError as e:
        print(e)
    p.close()
    p.join()
    print('joined')
