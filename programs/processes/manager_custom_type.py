# BaseManager.register: a class of ours, held by the server process and
# reached through an AutoProxy whose methods are the public ones.
import multiprocessing as mp
from multiprocessing.managers import BaseManager


class Counter:
    def __init__(self, start=0):
        self.n = start

    def inc(self, by=1):
        self.n += by
        return self.n

    def get(self):
        return self.n

    def _private(self):
        return 'hidden'


class MyManager(BaseManager):
    pass


MyManager.register('Counter', Counter)


def work(c):
    for _ in range(10):
        c.inc()


if __name__ == '__main__':
    with MyManager() as m:
        c = m.Counter(5)
        print(type(c).__name__, c.get())
        ps = [mp.Process(target=work, args=(c,)) for _ in range(3)]
        for p in ps: p.start()
        for p in ps: p.join()
        print(c.get(), c.inc(by=2))
        print(m._process.name, hasattr(c, '_private'))
        print(str(c).startswith('<__main__.Counter object at'))
        print(hasattr(m, 'dict'))
