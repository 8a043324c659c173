# functools.partialmethod: bound on instances, classes, with classmethod and
# staticmethod, flattened when nested; its attributes, repr and errors.
import abc
from functools import partial, partialmethod


class Fn:
    # A callable whose repr shows no address.
    def __init__(self, name):
        self.name = name

    def __call__(self, *args, **kwargs):
        return (self.name, args, kwargs)

    def __repr__(self):
        return f'Fn({self.name!r})'


class Cell:
    def __init__(self):
        self._alive = False

    def __repr__(self):
        return 'Cell()'

    @property
    def alive(self):
        return self._alive

    def set_state(self, state, *, why='none'):
        self._alive = bool(state)
        return why

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False, why='default')
    set_twice = partialmethod(set_alive, why='nested')

    @classmethod
    def make(cls, *args, **kwargs):
        return (cls.__name__, args, kwargs)

    make_one = partialmethod(make, 1, tag='x')
    make_cm = partialmethod(classmethod(lambda cls, *a: (cls.__name__, a)), 'cm')
    static = partialmethod(staticmethod(lambda *a, **k: ('static', a, k)), 's', k=1)
    called = partialmethod(Fn('f'), 10, key='v')


c = Cell()
print(c.alive)
print(c.set_alive(), c.alive)
print(c.set_dead(), c.alive)
print(c.set_dead(why='explicit'), c.alive)
print(c.set_twice(), c.alive)
print(Cell.set_alive(c), Cell.set_dead(c, why='via class'), c.alive)
print(c.make_one(2, tag='y'), Cell.make_one(3))
print(c.make_cm(4), Cell.make_cm(5))
print(c.static(6), Cell.static(7, k=2))
print(c.called(11))
print(Cell.called(12))

pm = Cell.__dict__['set_dead']
print(pm.func is Cell.__dict__['set_state'], pm.args, pm.keywords)
nested = Cell.__dict__['set_twice']
print(nested.func is Cell.__dict__['set_state'], nested.args, nested.keywords)

bound = c.set_alive
print(type(bound).__name__, bound.func == c.set_state, bound.args, bound.keywords)
print(type(Cell.set_alive).__name__, Cell.set_alive.__name__)
print(c.make_one.__self__ is Cell, c.make_one.args)

print(repr(partialmethod(Fn('g'))))
print(repr(partialmethod(Fn('g'), 1, 'two', three=3)))
print(repr(partialmethod(Fn('g'), x=[1])))
print(repr(partialmethod(partialmethod(Fn('h'), 1, a=1), 2, a=2, b=3)))
print(repr(partialmethod(print, 'x')))
print(partialmethod(Fn('k'), 1).__get__(None, Cell)(2))


class MyPM(partialmethod):
    pass


print(repr(MyPM(Fn('sub'), 5)))
print(type(MyPM(Fn('q'))).__mro__[1].__module__, partialmethod.__module__, partialmethod.__qualname__)


class Abstract(abc.ABC):
    @abc.abstractmethod
    def work(self, how):
        ...

    quick = partialmethod(work, 'quick')


print(sorted(Abstract.__abstractmethods__), Abstract.__dict__['quick'].__isabstractmethod__)
print(Cell.__dict__['set_alive'].__isabstractmethod__)

for bad in (1, 'text', None):
    try:
        partialmethod(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    partialmethod()
except TypeError as e:
    print(type(e).__name__, e)
try:
    c.set_alive(1, 2)
except TypeError as e:
    print(type(e).__name__, e)

p = partial(Fn('p'), 1)
print(partialmethod(p, 2).__get__(c)(3))
