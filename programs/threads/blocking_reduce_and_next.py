# functools.reduce over a generator that waits on a queue, and next(gen,
# default) on one: both wait in the generator (the producer thread runs),
# and next() gives its default once the generator ends.
import threading, queue, time, functools
q = queue.Queue()
def prod(vals):
    for v in vals:
        time.sleep(0.01); print('put', v); q.put(v)
def gen(n):
    for _ in range(n):
        yield q.get()
threading.Thread(target=prod, args=([1,2,3],)).start()
print(functools.reduce(lambda x, y: x + y, gen(3)))
threading.Thread(target=prod, args=([4],)).start()
print(functools.reduce(lambda x, y: x * y, gen(1), 10))
try:
    functools.reduce(lambda x, y: x + y, [])
except TypeError as e:
    print(e)
try:
    functools.reduce(lambda x, y: x + y, gen(0))
except TypeError as e:
    print(e)
print(functools.reduce(lambda x, y: x + y, [1, 2, 3], 4))
threading.Thread(target=prod, args=([7, 8],)).start()
g = gen(2)
print(next(g, 'd'), next(g, 'd'), next(g, 'd'), next(g, 'd'))
def ret():
    yield 1
    return 5
r = ret()
print(next(r, 0), next(r, 'done'))
