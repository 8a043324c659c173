# ThreadPoolExecutor: submit with arguments, exceptions kept in the future,
# map's results in input order, worker threads made one per submit (up to
# max_workers) while none is idle and named PREFIX_N, the initializer, and
# the errors of bad arguments.
import concurrent.futures as cf
import threading
import time


def power(base, exp=2):
    return base ** exp


def fail(msg):
    raise KeyError(msg)


def slow_square(x):
    # The larger x, the sooner it finishes: completion order is reversed.
    time.sleep(0.1 * (5 - x))
    return x * x


with cf.ThreadPoolExecutor(max_workers=2) as ex:
    f1 = ex.submit(power, 3)
    f2 = ex.submit(power, 2, exp=10)
    f3 = ex.submit(fail, 'missing')
    print(f1.result(), f2.result())
    print(repr(f3.exception()))
    try:
        f3.result()
    except KeyError as e:
        print('result() raised KeyError', e)
    print(list(ex.map(slow_square, range(5))))
    print(list(ex.map(power, [1, 2, 3], [3, 2, 1])))
    print(list(ex.map(power, [])))

# Workers are made lazily: one per submit while none is idle.
def names():
    return sorted(t.name for t in threading.enumerate() if t.name != 'MainThread')

ex = cf.ThreadPoolExecutor(max_workers=3)
print(names())
ex.submit(time.sleep, 0.2)
print(names())
ex.submit(time.sleep, 0.2)
ex.submit(time.sleep, 0.2)
ex.submit(time.sleep, 0.2)
print(names())
ex.shutdown()
print(names())

# Once a worker is idle, the next submit reuses it.
ex = cf.ThreadPoolExecutor(max_workers=4, thread_name_prefix='fetcher')
print(ex.submit(lambda: threading.current_thread().name).result())
time.sleep(0.1)
print(ex.submit(lambda: threading.current_thread().name).result())
time.sleep(0.1)
print(names())
ex.shutdown()

# The initializer runs once in each worker, before its first task.
seen = []
def init(tag):
    seen.append((tag, threading.current_thread().name))

with cf.ThreadPoolExecutor(2, 'init', init, ('hello',)) as ex:
    print(sorted(ex.map(abs, [-1, -2, -3])))
print(sorted(seen)[0])

for bad in (0, -1):
    try:
        cf.ThreadPoolExecutor(max_workers=bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    cf.ThreadPoolExecutor(initializer=42)
except TypeError as e:
    print('TypeError:', e)
ex = cf.ThreadPoolExecutor()
ex.shutdown()
try:
    ex.submit(print, 'never')
except RuntimeError as e:
    print('RuntimeError:', e)
ex.shutdown()
print('shutdown twice is fine')
