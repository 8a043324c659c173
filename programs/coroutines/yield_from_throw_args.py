class D:
    def __iter__(self): return self
    def __next__(self): return 1
    def throw(self, *a):
        print('throw got', a)
        raise StopIteration('done')
def g():
    r = yield from D()
    print('r', r)
    yield 2
def outer():
    yield from g()
for args in [(ValueError,), (ValueError, 'm'), (ValueError('x'),), (ValueError, ValueError('y'))]:
    for mk in (g, outer):
        it = mk()
        next(it)
        print(it.throw(*args))
