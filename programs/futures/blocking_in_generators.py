# Builtins that consume a generator (sum, min, max, sorted, any, all, and
# list, tuple, set, frozenset, dict) run it in frames of the thread, so its
# body may block: a future's result(), a queue's get(). any() still stops
# at the first true item.
from concurrent.futures import ThreadPoolExecutor
import time, queue, threading
def work(n):
    time.sleep(0.01 * (5 - n))
    return n
with ThreadPoolExecutor(4) as ex:
    fs = [ex.submit(work, i) for i in range(5)]
    print(sum(f.result() for f in fs))
    fs = [ex.submit(work, i) for i in range(5)]
    print(max(f.result() for f in fs), min((f.result() for f in fs), default=-1))
    fs = [ex.submit(work, i) for i in range(5)]
    print(sorted((f.result() for f in fs), reverse=True))
    fs = [ex.submit(work, i) for i in range(5)]
    print(any(f.result() > 3 for f in fs), all(f.result() >= 0 for f in fs))
    print(sum((f.result() for f in fs), 100))
q = queue.Queue()
def prod():
    for i in range(3):
        time.sleep(0.01); q.put(i)
threading.Thread(target=prod).start()
print(sum(q.get() for _ in range(3)))
def g():
    yield 1
    raise ValueError("in gen")
try:
    sum(g())
except ValueError as e:
    print("caught", e)
def seen():
    for i in range(5):
        print("yield", i)
        yield i
print(any(x >= 2 for x in seen()))
try:
    max(x for x in [])
except ValueError as e:
    print(e)
print(sum(x for x in [1.5, 2.25]), sorted(x for x in "cab"))
from concurrent.futures import ThreadPoolExecutor
import time, queue, threading
def work(n):
    time.sleep(0.01 * (5 - n))
    return n
with ThreadPoolExecutor(4) as ex:
    fs = [ex.submit(work, i) for i in range(5)]
    print(list(f.result() for f in fs), tuple(f.result() for f in fs))
    print(set(f.result() % 2 for f in fs), frozenset(f.result() for f in fs if f.result() < 2))
    print(dict((f.result(), str(f.result())) for f in fs))
q = queue.Queue()
def prod():
    for i in range(3):
        time.sleep(0.01); q.put(i)
threading.Thread(target=prod).start()
print(list(q.get() for _ in range(3)))
def g():
    yield 1
    raise ValueError("in gen")
try:
    list(g())
except ValueError as e:
    print("caught", e)
def many():
    for i in range(3):
        for x in list(y * 2 for y in range(i)):
            yield x
print(list(many()))
class L(list): pass
print(L(x for x in range(3)), type(L(x for x in range(2))).__name__)
print(list(x for x in []), tuple(iter([1])))
