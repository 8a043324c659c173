# Builtins consuming a generator that waits on a queue (a producer thread
# feeds it slowly): list, dict and sorted over zip or enumerate, sum over
# map, set, {*gen}, max, tuple, str.join, any, filter, and next() of a
# zip, map or enumerate. Each waits in the generator as CPython does.
import threading, queue, time
q = queue.Queue()
def prod(vals):
    for v in vals:
        time.sleep(0.01); q.put(v)
def gen(n):
    for _ in range(n):
        yield q.get()
def run(label, vals, f):
    t = threading.Thread(target=prod, args=(vals,)); t.start()
    try:
        print(label, f())
    except RuntimeError as e:
        print(label, 'RuntimeError', e)
    t.join()
    while not q.empty(): q.get()
run('list(zip)', [1, 2], lambda: list(zip('ab', gen(2))))
run('dict(zip)', [1, 2], lambda: dict(zip('ab', gen(2))))
run('sorted(enumerate)', [3, 1], lambda: sorted(enumerate(gen(2)), key=lambda p: p[1]))
run('sum(map)', [1, 2], lambda: sum(map(int, gen(2))))
run('next(zip)', [1], lambda: next(zip('a', gen(1))))
run('set(gen)', [1, 2], lambda: set(gen(2)))
run('{*gen}', [1, 2], lambda: {*gen(2)})
run('max(gen)', [1, 2], lambda: max(gen(2)))
run('tuple(map)', [1, 2], lambda: tuple(map(str, gen(2))))
run('str.join(map)', [1, 2], lambda: ','.join(map(str, gen(2))))
run('any(gen)', [0, 1], lambda: any(gen(2)))
run('list(filter)', [0, 1], lambda: list(filter(None, gen(2))))
run('next(zip) default', [], lambda: next(zip('a', gen(0)), 'none'))
def empty():
    return next(map(str, gen(0)))
try:
    t = threading.Thread(target=prod, args=([],)); t.start()
    empty()
except StopIteration:
    print('StopIteration')
t.join()
e = enumerate(gen(3))
run('next(enumerate) x2', [5, 6, 7], lambda: (next(e), next(e), list(e)))
run('next(map f)', [8], lambda: next(map(lambda _: q.get(), [1, 2])))
