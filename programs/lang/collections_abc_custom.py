# User classes that inherit the mixin methods of collections.abc: each
# defines only the abstract methods and gets the rest.
from collections.abc import (
    Mapping, MutableMapping, Sequence, MutableSequence, Set, MutableSet, Iterator, Generator, Iterable, Sized,
    Container, Hashable, Callable, Reversible, Collection, KeysView, ItemsView, ValuesView, Coroutine, Awaitable,
    AsyncIterator, AsyncIterable,
)


class Squares(Mapping):
    """Read-only: the squares of 0..n-1, keyed by the number."""

    def __init__(self, n):
        self.n = n

    def __getitem__(self, key):
        if isinstance(key, int) and 0 <= key < self.n:
            return key * key
        raise KeyError(key)

    def __iter__(self):
        return iter(range(self.n))

    def __len__(self):
        return self.n

    def __repr__(self):
        return f'Squares({self.n})'


sq = Squares(4)
print(sq[3], sq.get(3), sq.get(9), sq.get(9, 'none'), 2 in sq, 7 in sq, len(sq))
print(sq.keys(), list(sq.keys()), list(sq.items()), list(sq.values()))
print(sq == {0: 0, 1: 1, 2: 4, 3: 9}, sq == {0: 0}, sq != Squares(4), sq == [0, 1])
print(sq.keys() & {1, 2, 7}, sorted(sq.keys() | {10}), sorted(sq.keys() - {0}), sorted(sq.keys() ^ {0, 5}))
print((1, 1) in sq.items(), (1, 2) in sq.items(), (9, 81) in sq.items(), 4 in sq.values(), 5 in sq.values())
print(sq.keys() == {0, 1, 2, 3}, sq.items() <= {(0, 0), (1, 1), (2, 4), (3, 9), (4, 16)}, len(sq.values()))
print(isinstance(sq.keys(), KeysView), isinstance(sq.items(), Set), isinstance(sq.values(), ValuesView))
print(dict(sq), sorted(sq), Squares.__hash__, Squares.__reversed__)
try:
    reversed(sq)
except TypeError as e:
    print('TypeError:', e)
try:
    hash(sq)
except TypeError as e:
    print('TypeError:', e)


class Registry(MutableMapping):
    """A dict kept in an attribute, with lower-cased keys."""

    def __init__(self, *args, **kwargs):
        self._data = {}
        self.update(*args, **kwargs)

    def __getitem__(self, key):
        return self._data[key.lower()]

    def __setitem__(self, key, value):
        self._data[key.lower()] = value

    def __delitem__(self, key):
        del self._data[key.lower()]

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        return f'Registry({self._data})'


r = Registry({'A': 1}, B=2)
r.update([('C', 3)])
r.update(Registry(d=4))
print(r, r.setdefault('a', 99), r.setdefault('E', 5), r)
print(r.pop('b'), r.pop('zz', 'missing'), r.popitem(), r)
try:
    r.pop('zz')
except KeyError as e:
    print('KeyError:', e)
r.clear()
print(r, len(r))
try:
    r.popitem()
except KeyError as e:
    print('KeyError:', repr(e))


class Cells(MutableSequence):
    def __init__(self, items=()):
        self._items = list(items)

    def __getitem__(self, i):
        return self._items[i]

    def __setitem__(self, i, v):
        self._items[i] = v

    def __delitem__(self, i):
        del self._items[i]

    def __len__(self):
        return len(self._items)

    def insert(self, i, v):
        self._items.insert(i, v)

    def __repr__(self):
        return f'Cells({self._items})'


c = Cells([3, 1, 4])
c.append(1)
c.extend([5, 9])
c += [2, 6]
print(c, len(c), c[0], c[-1], 4 in c, 7 in c, c.index(1), c.index(1, 2), c.count(1))
print(list(reversed(c)), list(iter(c)))
c.reverse()
print(c, c.pop(), c.pop(0), c)
c.remove(1)
print(c)
c.extend(c)
print(c)
try:
    c.index(42)
except ValueError as e:
    print('ValueError:', repr(e))
try:
    c.remove(42)
except ValueError as e:
    print('ValueError:', repr(e))
print(c.index(9, -4), c.index(5, 0, 3))
c.clear()
print(c, isinstance(c, Sequence), isinstance(c, Reversible))


class Word(Sequence):
    """Only __getitem__ and __len__: iteration, in, index, count come from Sequence."""

    def __init__(self, text):
        self.text = text

    def __getitem__(self, i):
        return self.text[i]

    def __len__(self):
        return len(self.text)


w = Word('banana')
print(list(w), 'n' in w, w.count('a'), w.index('n'), ''.join(reversed(w)), sorted(set(w)))


class Bits(MutableSet):
    """A set of small ints kept as the bits of one int."""

    def __init__(self, values=()):
        self.bits = 0
        for v in values:
            self.add(v)

    def __contains__(self, v):
        return isinstance(v, int) and v >= 0 and self.bits >> v & 1 == 1

    def __iter__(self):
        return (i for i in range(self.bits.bit_length()) if self.bits >> i & 1)

    def __len__(self):
        return bin(self.bits).count('1')

    def add(self, v):
        self.bits |= 1 << v

    def discard(self, v):
        if v in self:
            self.bits &= ~(1 << v)

    def __repr__(self):
        return f'Bits({list(self)})'


a, b = Bits([1, 2, 3, 5]), Bits([2, 3, 4])
print(a & b, a | b, a - b, a ^ b, a.isdisjoint(b), a.isdisjoint([7, 8]))
print(a & [1, 5, 9], [9, 5, 1] & a, a - [1], a | range(7, 9))
print(a <= b, Bits([2]) < b, b > Bits([2, 4]), a >= a, a == Bits([5, 3, 2, 1]), a != b, a == {1, 2, 3, 5})
a |= [8]
print(a)
a &= [1, 2, 8, 10]
print(a)
a ^= Bits([2, 6])
print(a)
a -= [6]
print(a)
a.remove(1)
print(a, a.pop(), a)
try:
    a.remove(42)
except KeyError as e:
    print('KeyError:', e)
a.clear()
print(a, len(a))
try:
    a.pop()
except KeyError as e:
    print('KeyError:', repr(e))
print(a.__and__(5), Bits.__hash__)


class Frozen(Set):
    def __init__(self, items):
        self._items = tuple(dict.fromkeys(items))

    def __contains__(self, x):
        return x in self._items

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)

    __hash__ = Set._hash

    def __repr__(self):
        return f'Frozen({list(self._items)})'


f = Frozen('abca')
print(f, len(f), hash(f) == hash(Frozen('cba')), hash(f) == hash(frozenset('abc')), f & 'bcd', Frozen('') == set())
print({Frozen([1, 2]): 'x'}[Frozen([2, 1])])


class Countdown(Iterator):
    def __init__(self, n):
        self.n = n

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


cd = Countdown(3)
print(iter(cd) is cd, list(cd), list(Countdown(2)))


class Echo(Generator):
    """A generator written as a class: send() gives back what it gets, up to 3 times."""

    def __init__(self):
        self.left = 3

    def send(self, value):
        if self.left == 0:
            raise StopIteration
        self.left -= 1
        return value

    def throw(self, typ=None, val=None, tb=None):
        self.left = 0
        raise typ if val is None else val


e = Echo()
print(next(e), e.send('hi'), list(e), e.close())
e2 = Echo()
try:
    e2.throw(ValueError('boom'))
except ValueError as err:
    print('ValueError:', err)


class Stubborn(Generator):
    def send(self, value):
        return value

    def throw(self, *args):
        return 'ignored'


try:
    Stubborn().close()
except RuntimeError as err:
    print('RuntimeError:', err)


class Flow(Coroutine):
    def send(self, value):
        raise StopIteration(value)

    def throw(self, typ, val=None, tb=None):
        return super().throw(typ, val, tb)

    def __await__(self):
        return iter([])


fl = Flow()
try:
    fl.send(7)
except StopIteration as err:
    print('StopIteration:', err.value)
try:
    fl.throw(KeyError, KeyError('k'))
except KeyError as err:
    print('KeyError:', err)
print(fl.close(), isinstance(fl, Awaitable))


class Ticks(AsyncIterator):
    def __init__(self):
        self.i = 0

    async def __anext__(self):
        self.i += 1
        if self.i > 3:
            raise StopAsyncIteration
        return self.i


async def main():
    return [t async for t in Ticks()]

import asyncio
print(asyncio.run(main()), isinstance(Ticks(), AsyncIterable), Ticks().__aiter__().i)


# Abstract methods left: the message lists them in order.
class Half(MutableSequence):
    def __getitem__(self, i):
        return 0


for cls in (Half, Mapping, Cells):
    try:
        print(cls())
    except TypeError as err:
        print('TypeError:', err)


# Duck types: one-trick ABCs recognise the methods; the richer ones need register().
class Bag:
    def __len__(self):
        return 0

    def __iter__(self):
        return iter(())

    def __contains__(self, x):
        return False


print([cls.__name__ for cls in (Sized, Iterable, Container, Collection, Sequence, Set, Hashable, Callable, Reversible)
       if issubclass(Bag, cls)])
Sequence.register(Bag)
print(issubclass(Bag, Sequence), issubclass(Bag, Reversible), issubclass(Bag, MutableSequence), isinstance(Bag(), Collection))


class NoIter(Bag):
    __iter__ = None


print(issubclass(NoIter, Iterable), issubclass(NoIter, Sized), issubclass(NoIter, Sequence))
