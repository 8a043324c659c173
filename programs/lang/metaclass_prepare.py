# A metaclass's __prepare__ gives the class body its namespace: a dict subclass sees every name the body binds (its __setitem__) and reads (its __missing__), with CPython's error for a non-mapping.
class Recording(dict):
    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, key, value):
        if not key.startswith('__'):
            self.order.append(key)
        super().__setitem__(key, value)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwds):
        print('prepare', name, bases, kwds)
        return Recording()

    def __new__(mcls, name, bases, ns, **kwds):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls._order = ns.order
        return cls

    def __init__(cls, name, bases, ns, **kwds):
        super().__init__(name, bases, ns)


class Point(metaclass=Meta, flag=True):
    z = 3
    x = 1
    def move(self):
        pass
    y = 2


print(Point._order, Point.z, type(Point).__name__)


class Sub(Point):
    a = 1
    del a
    b = 2


print(Sub._order)


class Defaulting(dict):
    def __missing__(self, key):
        if key.startswith('auto_'):
            return key[5:].upper()
        raise KeyError(key)


class AutoMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Defaulting()


class Names(metaclass=AutoMeta):
    first = auto_one
    second = len('abc')


print(Names.first, Names.second)


class Plain(type):
    pass


print(type.__prepare__('X', ()), Plain.__prepare__('Y', (), k=1))


class BadMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42


try:
    class Bad(metaclass=BadMeta):
        pass
except TypeError as e:
    print('TypeError:', e)
