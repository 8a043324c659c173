# Iterators and callables that wait: an iterator whose __next__ takes items
# from a queue another thread fills slowly, map() and filter() with functions
# that wait on the queue, a functools.partial and a callable object as a
# thread's target. Each wait lets the producer run.
import functools
import queue
import threading
import time

items = queue.Queue()


def produce(values, delay):
    for v in values:
        time.sleep(delay)
        print('  put', v)
        items.put(v)


def start(values, delay=0.01):
    t = threading.Thread(target=produce, args=(values, delay))
    t.start()
    return t


class Drain:
    """Iterates over the queue until it gets None."""

    def __iter__(self):
        return self

    def __next__(self):
        v = items.get()
        if v is None:
            raise StopIteration
        return v


t = start([1, 2, 3, None])
for v in Drain():
    print('got', v)
t.join()

t = start([11, None])
it = Drain()
print('next:', next(it))
try:
    next(it)
except StopIteration:
    print('next: StopIteration')
t.join()

t = start([4, 5, 6])
print('map:', list(map(lambda _: items.get() * 10, range(3))))
t.join()

t = start([7, 8, 9])
for v in map(lambda _: items.get(), 'abc'):
    print('map loop', v)
t.join()

t = start([1, 2, 3, 4])
print('filter:', list(filter(lambda _: items.get() % 2 == 0, range(4))))
t.join()

t = start([10, 20, 30])
print('sum:', sum(map(lambda _: items.get(), range(3))))
t.join()

t = start(['x', 'y'])
print('join:', '-'.join(map(lambda _: items.get(), range(2))))
t.join()

t = start([3, 1, 2])
print('sorted:', sorted(map(lambda _: items.get(), range(3))))
t.join()


def stop_after(n):
    # A map's function that raises StopIteration ends a for loop quietly.
    v = items.get()
    if v >= n:
        raise StopIteration
    return v


t = start([1, 2, 5, 6])
for v in map(stop_after, [5] * 10):
    print('until 5:', v)
t.join()
print('left in the queue:', items.get())


def worker(name, count):
    for _ in range(count):
        print(name, 'got', items.get())


t = start([1, 2, 3])
w = threading.Thread(target=functools.partial(worker, 'partial', 3))
w.start()
w.join()
t.join()


class Worker:
    def __init__(self, name):
        self.name = name

    def __call__(self, count):
        worker(self.name, count)


t = start([4, 5])
w = threading.Thread(target=Worker('callable'), args=(2,))
w.start()
w.join()
t.join()
print('done')
