# collections.abc against the builtin types: isinstance() of an instance of
# each against every ABC, and issubclass() of the ABCs among themselves.
import collections
import collections.abc
from collections import abc as abc_module
from collections.abc import Iterable, Iterator, Mapping, MutableSequence, Sequence, Set

print(abc_module is collections.abc, collections.abc.__name__)
print(Iterable, Mapping, type(Iterable))
print(collections.abc.__all__)


def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


class Plain:
    pass


c = coro()
samples = {
    'int': 1, 'float': 1.5, 'bool': True, 'None': None, 'str': 'ab', 'bytes': b'ab', 'bytearray': bytearray(b'ab'),
    'list': [1], 'tuple': (1,), 'range': range(3), 'dict': {1: 2}, 'set': {1}, 'frozenset': frozenset({1}),
    'dict_keys': {1: 2}.keys(), 'dict_values': {1: 2}.values(), 'dict_items': {1: 2}.items(),
    'list_iterator': iter([1]), 'tuple_iterator': iter((1,)), 'str_iterator': iter('ab'), 'bytes_iterator': iter(b'ab'),
    'bytearray_iterator': iter(bytearray()), 'range_iterator': iter(range(3)), 'dict_keyiterator': iter({}),
    'set_iterator': iter(set()), 'list_reverseiterator': reversed([1]), 'reversed': reversed((1, 2)),
    'zip': zip(), 'map': map(str, []), 'filter': filter(None, []), 'enumerate': enumerate([]),
    'generator': gen(), 'coroutine': c, 'async_generator': agen(),
    'function': gen, 'builtin': len, 'method': [].append, 'lambda': lambda: 0, 'type': int,
    'object': object(), 'Plain': Plain(), 'slice': slice(1, 2),
    'deque': collections.deque(), 'OrderedDict': collections.OrderedDict(), 'defaultdict': collections.defaultdict(),
    'Counter': collections.Counter(), 'ChainMap': collections.ChainMap(), 'UserDict': collections.UserDict(),
    'namedtuple': collections.namedtuple('P', 'x y')(1, 2),
}
for name, obj in samples.items():
    kinds = [n for n in collections.abc.__all__ if isinstance(obj, getattr(collections.abc, n))]
    print(f'{name:20} {" ".join(kinds)}')
c.close()

print()
for name in collections.abc.__all__:
    cls = getattr(collections.abc, name)
    bases = [b.__name__ for b in cls.__bases__]
    supers = [n for n in collections.abc.__all__ if n != name and issubclass(cls, getattr(collections.abc, n))]
    print(f'{name:16} bases={",".join(bases)} is-a={",".join(supers)}')
    print(f'{"":16} abstract={sorted(cls.__abstractmethods__)}')

print()
# issubclass of the classes themselves, and a few that are not.
for cls in (list, dict, str, bytes, set, frozenset, tuple, range, int, type(None), memoryview if False else bytearray):
    print(cls.__name__, [n for n in collections.abc.__all__ if issubclass(cls, getattr(collections.abc, n))])

# Hashable: a class that sets __hash__ = None is not; one that defines __eq__ only is not either.
class EqOnly:
    def __eq__(self, other):
        return True


class Unhash:
    __hash__ = None


class Hashes(EqOnly):
    def __hash__(self):
        return 1


print(isinstance(EqOnly(), collections.abc.Hashable), isinstance(Unhash(), collections.abc.Hashable),
      isinstance(Hashes(), collections.abc.Hashable))

# Subscripting them, as annotations do.
print(Iterable[int], Mapping[str, list[int]], collections.abc.Callable[[int, str], bool],
      collections.abc.Callable[..., int], collections.abc.Callable[[], None])
print(collections.abc.Callable[[int], str].__args__, Iterable[int].__origin__ is Iterable)
try:
    isinstance([], Iterable[int])
except TypeError as e:
    print('TypeError:', e)
try:
    collections.abc.Callable[int]
except TypeError as e:
    print('TypeError:', e)

# The ABCs cannot be instantiated.
for cls in (Iterable, Sequence, collections.abc.MutableMapping, Set):
    try:
        cls()
    except TypeError as e:
        print('TypeError:', e)
print(collections.abc.Sized.__len__(None), Iterator.__iter__('self'))
