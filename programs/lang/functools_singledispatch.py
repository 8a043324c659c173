# functools.singledispatch and singledispatchmethod: registration by
# annotation, by explicit type and as a decorator; dispatch along the MRO and
# through abstract base classes; the registry, dispatch() and the errors.
import abc
import typing
from functools import singledispatch, singledispatchmethod


def short(e):
    # The message without any object address.
    msg = str(e)
    while ' at 0x' in msg:
        head, _, tail = msg.partition(' at 0x')
        end = tail.find('>')
        msg = head + tail[end:]
    return f'{type(e).__name__}: {msg}'


@singledispatch
def fun(arg, verbose=False):
    """Say something about arg."""
    if verbose:
        print('Let me just say,', end=' ')
    print('generic', arg)


@fun.register
def _(arg: int, verbose=False):
    if verbose:
        print('Strength in numbers, eh?', end=' ')
    print('int', arg)


@fun.register
def _(arg: list, verbose=False):
    if verbose:
        print('Enumerate this:')
    for i, elem in enumerate(arg):
        print(' ', i, elem)


@fun.register(float)
def _(arg, verbose=False):
    print('float', arg)


def nothing(arg, verbose=False):
    print('Nothing.')


print(fun.register(type(None), nothing) is nothing)


@fun.register(bytes)
@fun.register(bytearray)
def fun_bytes(arg, verbose=False):
    print('bytes-like', arg)


@fun.register
def _(arg: set | frozenset):
    print('a set', sorted(arg))


@fun.register
def _(arg: 'str', verbose=False):
    print('str', repr(arg))


fun.register(typing.Union[tuple, range], lambda arg: print('sequence', list(arg)))

fun('hello')
fun('hello', verbose=True)
fun(42, verbose=True)
fun(True)
fun(['spam', 'eggs'], verbose=True)
fun(1.5)
fun(None)
fun(b'ab')
fun(bytearray(b'cd'))
fun({3, 1, 2})
fun(frozenset({9}))
fun((1, 2))
fun(range(3))
fun({'a': 1})
fun(object)
print(fun_bytes is fun, fun.__name__, fun.__doc__, fun.__wrapped__.__name__)

print(fun.dispatch(float).__name__, fun.dispatch(dict) is fun.__wrapped__)
print(fun.dispatch(bool) is fun.dispatch(int), fun.dispatch(type(None)) is nothing)
print(fun.registry[object] is fun.__wrapped__, fun.registry[bytes] is fun_bytes)
print(len(fun.registry), object in fun.registry, dict in fun.registry)
print(sorted(t.__name__ for t in fun.registry.keys()))
print(type(fun.registry).__name__)
try:
    fun.registry[dict] = nothing
except TypeError as e:
    print(short(e))
try:
    fun()
except TypeError as e:
    print(short(e))


# Dispatch follows the MRO: the most derived registered class wins.
class A: pass
class B(A): pass
class C(B): pass
class D: pass
class E(C, D): pass


@singledispatch
def which(obj):
    return 'object'


which.register(A, lambda obj: 'A')
which.register(D, lambda obj: 'D')
for cls in (A, B, C, D, E):
    print(cls.__name__, '->', which(cls()))
which.register(C, lambda obj: 'C')
for cls in (A, B, C, D, E):
    print(cls.__name__, '->', which(cls()))
print(which(3), which.dispatch(E)(None))


# Abstract base classes: virtual subclasses and __subclasshook__.
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...


class Square:
    def area(self):
        return 4


class Sized(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return hasattr(C, '__len__')
        return NotImplemented


@singledispatch
def describe(obj):
    return 'something'


@describe.register
def _(obj: Shape):
    return 'a shape'


@describe.register
def _(obj: Sized):
    return 'sized'


print(describe(Square()))
Shape.register(Square)
print(describe(Square()))
print(describe([1, 2]), describe(3))


class Both:
    def __len__(self):
        return 0


Shape.register(Both)
try:
    describe(Both())
except RuntimeError as e:
    print(short(e))


class Concrete(Shape):
    def area(self):
        return 1


print(describe(Concrete()))


# Bad registrations.
def g(x):
    pass


def h(x: 3):
    pass


def k(x: list[int]):
    pass


def m(x: int | list[int]):
    pass


for args in [(1, g), (list[int], g), ('int', g), (1,), (g,), (k,), (m,)]:
    try:
        fun.register(*args)
    except TypeError as e:
        print(short(e))

deco = fun.register(dict)
print(callable(deco), deco(g) is g, fun.dispatch(dict) is g)


# singledispatchmethod
class Negator:
    @singledispatchmethod
    def neg(self, arg):
        raise NotImplementedError(f'Cannot negate {type(arg).__name__}')

    @neg.register
    def _(self, arg: int):
        return -arg

    @neg.register
    def _(self, arg: bool):
        return not arg

    @neg.register(str)
    def _(self, arg):
        return arg[::-1]

    @singledispatchmethod
    @classmethod
    def kind(cls, arg):
        return f'{cls.__name__}: other'

    @kind.register
    @classmethod
    def _(cls, arg: float):
        return f'{cls.__name__}: float {arg}'

    @singledispatchmethod
    @staticmethod
    def plain(arg):
        return 'plain other'

    @plain.register
    @staticmethod
    def _(arg: tuple):
        return f'plain tuple {len(arg)}'


n = Negator()
print(n.neg(5), n.neg(True), n.neg('abc'))
try:
    n.neg(1.5)
except NotImplementedError as e:
    print(short(e))
print(Negator.kind(2.5), n.kind(2.5), Negator.kind(1))
print(n.plain((1, 2)), Negator.plain([]))
print(n.neg.__name__, Negator.neg.__name__, n.kind.__name__)
print(type(Negator.__dict__['neg']).__name__, Negator.__dict__['neg'].__isabstractmethod__)
try:
    singledispatchmethod(5)
except TypeError as e:
    print(short(e))


class Sub(Negator):
    @Negator.neg.register
    def _(self, arg: list):
        return [-x for x in arg]


print(Sub().neg([1, 2]), Negator().neg([3]))


class Base(abc.ABC):
    @singledispatchmethod
    @abc.abstractmethod
    def run(self, arg):
        ...


print(Base.__abstractmethods__ == frozenset({'run'}), Base.__dict__['run'].__isabstractmethod__)
