# A generator that waits on a queue, iterated through enumerate(), zip(),
# map() and filter(): each wait lets the producer thread run, and the
# wrappers keep their place (an enumerate left by break goes on counting).
import queue
import threading
import time

q = queue.Queue()


def produce(values):
    for v in values:
        time.sleep(0.01)
        print('  put', v)
        q.put(v)


def start(values):
    t = threading.Thread(target=produce, args=(values,))
    t.start()
    return t


def received(n):
    for _ in range(n):
        yield q.get()


t = start([10, 20, 30])
for i, v in enumerate(received(3), start=1):
    print('enumerate', i, v)
t.join()

t = start([1, 2, 3])
for name, v in zip(['a', 'b', 'c', 'd'], received(3)):
    print('zip', name, v)
t.join()

t = start([4, 5, 6])
for s in map(str, received(3)):
    print('map', repr(s))
t.join()

t = start([7, 8, 9, 10])
for v in filter(lambda x: x % 2 == 0, received(4)):
    print('filter', v)
t.join()

t = start([1, 2, 3, 4])
print('list', list(enumerate(received(2))), sorted(map(lambda x: -x, received(2))))
t.join()

t = start([5, 6, 7])
e = enumerate(received(3))
for i, v in e:
    print('first', i, v)
    break
for i, v in e:
    print('then', i, v)
t.join()

t = start([1, 2])
print('comprehension', [i * v for i, v in enumerate(received(2))])
t.join()


def failing():
    yield q.get()
    raise ValueError('no more')


t = start([99])
try:
    for i, v in enumerate(failing()):
        print('got', i, v)
except ValueError as exc:
    print('ValueError:', exc)
t.join()
