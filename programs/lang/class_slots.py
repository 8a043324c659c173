# __slots__: member descriptors instead of an instance __dict__, and the
# checks a class statement makes on its __slots__.


class Point:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(p.x, p.y)
p.x += 10
print(p.x)
try:
    p.z = 3
except AttributeError as e:
    print('AttributeError:', e)
print(hasattr(p, '__dict__'), Point.__slots__)
try:
    print(p.__dict__)
except AttributeError as e:
    print('AttributeError:', e)
try:
    vars(p)
except TypeError as e:
    print('TypeError:', e)

# The descriptor itself.
print(Point.x, type(Point.x).__name__)
print(Point.x.__get__(p, Point), Point.x.__get__(None, Point) is Point.x)
Point.y.__set__(p, 99)
print(p.y)
try:
    Point.x.__set__(5, 1)
except TypeError as e:
    print('TypeError:', e)


# An unset slot; deleting one.
class Cell:
    __slots__ = 'value'


c = Cell()
print(hasattr(c, 'value'), getattr(c, 'value', 'unset'))
try:
    c.value
except AttributeError as e:
    print('AttributeError:', e)
c.value = 7
print(c.value)
del c.value
try:
    del c.value
except AttributeError as e:
    print('AttributeError:', e)


# A subclass without __slots__ gets a __dict__ again; one with them adds slots.
class Point3(Point):
    pass


q = Point3(1, 2)
q.z = 5
print(q.x, q.z, q.__dict__)


class Named(Point):
    __slots__ = ('name',)


n = Named(3, 4)
n.name = 'n'
print(n.x, n.y, n.name, hasattr(n, '__dict__'))
try:
    n.other = 1
except AttributeError as e:
    print('AttributeError:', e)


# '__dict__' in __slots__ brings the dict back; private names are mangled.
class Both:
    __slots__ = ('a', '__dict__', '__secret')

    def __init__(self):
        self.a = 1
        self.b = 2
        self.__secret = 3


b = Both()
print(b.a, b.__dict__, b._Both__secret, sorted(k for k in Both.__dict__ if not k.startswith('__')))


# A __setattr__ of the class comes first, slots or not.
class Logged:
    __slots__ = ('v',)

    def __setattr__(self, name, value):
        print('setattr', name, value)
        super().__setattr__(name, value)


lg = Logged()
lg.v = 1
print(lg.v)
object.__setattr__(lg, 'v', 2)
print(lg.v)
try:
    object.__setattr__(lg, 'w', 2)
except AttributeError as e:
    print('AttributeError:', e)


# What a class statement rejects.
try:
    class Clash:
        __slots__ = ('x',)
        x = 1
except ValueError as e:
    print('ValueError:', e)
try:
    class NotStr:
        __slots__ = (1,)
except TypeError as e:
    print('TypeError:', e)
try:
    class NotIdent:
        __slots__ = ('1a',)
except TypeError as e:
    print('TypeError:', e)
try:
    class NotIterable:
        __slots__ = 5
except TypeError as e:
    print('TypeError:', e)
try:
    class TwoDicts:
        __slots__ = ('__dict__', '__dict__')
except TypeError as e:
    print('TypeError:', e)


class A:
    __slots__ = ('a',)


class B:
    __slots__ = ('b',)


try:
    class AB(A, B):
        pass
except TypeError as e:
    print('TypeError:', e)


class Empty:
    __slots__ = ()


class AE(A, Empty):
    pass


print(AE.__mro__[1:3])
try:
    class BigInt(int):
        __slots__ = ('tag',)
except TypeError as e:
    print('TypeError:', e)


class SmallInt(int):
    __slots__ = ()


print(SmallInt(5) + 1, hasattr(SmallInt(5), '__dict__'))
