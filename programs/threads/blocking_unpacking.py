# Unpacking a generator that waits on a queue (a, b, c = gen(); first,
# *rest, last = gen(); f(*gen()); [*gen()]): the producer thread runs while
# it waits. As in
# CPython, unpacking takes one item more than it needs to see that there
# are too many, so it ends on an endless generator too.
import threading, queue, time
q = queue.Queue()
def prod(vals):
    for v in vals:
        time.sleep(0.01); print('put', v); q.put(v)
def gen(n):
    for _ in range(n):
        yield q.get()
def infinite():
    i = 0
    while True:
        yield i
        i += 1
t = threading.Thread(target=prod, args=([1, 2, 3],)); t.start()
a, b, c = gen(3)
print(a, b, c)
t.join()
t = threading.Thread(target=prod, args=([4, 5, 6, 7],)); t.start()
first, *rest, last = gen(4)
print(first, rest, last)
t.join()
t = threading.Thread(target=time.sleep, args=(0.1,)); t.start()
try:
    x, y = infinite()
except ValueError as e:
    print('ValueError:', e)
try:
    x, y, z = iter([1, 2])
except ValueError as e:
    print('ValueError:', e)
try:
    x, y, z = (i for i in range(2))
except ValueError as e:
    print('ValueError:', e)
try:
    x, *y, z = (i for i in range(1))
except ValueError as e:
    print('ValueError:', e)
(p, q2), r = zip(infinite(), 'ab'), 5
print(p, q2, r)
t.join()
def show(*args, **kw):
    return args, kw
t = threading.Thread(target=prod, args=([1, 2, 3],)); t.start()
print(*gen(3))
t.join()
t = threading.Thread(target=prod, args=([4, 5],)); t.start()
print(show(*gen(2), sep='-'))
t.join()
t = threading.Thread(target=prod, args=([6, 7, 8],)); t.start()
print([0, *gen(3), 9])
t.join()
t = threading.Thread(target=prod, args=([1, 2],)); t.start()
print(show(0, *gen(1), *gen(1), **{'k': 1}))
t.join()
