# Argument errors of library functions, checked in CPython's order and
# worded as CPython words them (itertools, collections, functools, math,
# operator, string).
import itertools
import functools
import math
import operator
import string
from collections import OrderedDict, deque


def attempt(label, fn):
    try:
        result = fn()
        print(label, '->', repr(result) if not isinstance(result, int) or result < 10**30 else 'big int')
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)


attempt('accumulate 3 args', lambda: itertools.accumulate([1], None, 0, 5))
attempt('accumulate 3 positional', lambda: itertools.accumulate([1], None, 0))
attempt('combinations(5, 2.5)', lambda: itertools.combinations(5, 2.5))
attempt('combinations(5, 10**20)', lambda: itertools.combinations(5, 10**20))
attempt('cwr(5, 1.5)', lambda: itertools.combinations_with_replacement(5, 1.5))
attempt('tee(5, 10**20)', lambda: itertools.tee(5, 10**20))
attempt('tee(5, -1)', lambda: itertools.tee(5, -1))
attempt('deque(5, 10**20)', lambda: deque(5, 10**20))
attempt('deque([], 2.5)', lambda: deque([], 2.5))

for arg in (['a'], [''], ['abc'], [(1, 2, 3)], [1], [[1, 2]], ['ab']):
    attempt(f'OrderedDict({arg!r})', lambda: OrderedDict(arg))
    attempt(f'OrderedDict().update({arg!r})', lambda: OrderedDict().update(arg))
attempt('OrderedDict(1, 2)', lambda: OrderedDict(1, 2))
attempt('OrderedDict().update(1, 2)', lambda: OrderedDict().update(1, 2))


class Items:
    def items(self):
        return [('i', 1)]


print(OrderedDict(Items()), OrderedDict([('a', 1)], b=2))

attempt('cache(5)', lambda: functools.cache(5))
attempt('lru_cache()(5)', lambda: functools.lru_cache()(5))
attempt('lru_cache(maxsize=None)("f")', lambda: functools.lru_cache(maxsize=None)('f'))

attempt('factorial(10**30)', lambda: math.factorial(10**30))
attempt('factorial(-10**30)', lambda: math.factorial(-10**30))
attempt('perm(10**30)', lambda: math.perm(10**30))
attempt('perm(10**30, 2)', lambda: math.perm(10**30, 2))
attempt('perm(10**30, 10**20)', lambda: math.perm(10**30, 10**20))
attempt('comb(10**30, 2)', lambda: math.comb(10**30, 2))
attempt('comb(10**30, 10**29)', lambda: math.comb(10**30, 10**29))

attempt('operator.abs()', lambda: operator.abs())
attempt('operator.inv(1, 2)', lambda: operator.inv(1, 2))
attempt('operator.not_()', lambda: operator.not_())
attempt('operator.countOf(1, 2)', lambda: operator.countOf(1, 2))
attempt('operator.indexOf(2.5, 1)', lambda: operator.indexOf(2.5, 1))
attempt('operator.delitem("a", "b")', lambda: operator.delitem('a', 'b'))
attempt('operator.delitem("a", 0)', lambda: operator.delitem('a', 0))
attempt('operator.delitem(5, 0)', lambda: operator.delitem(5, 0))
attempt('length_hint([], 10**20)', lambda: operator.length_hint([], 10**20))

attempt('capwords(1, 2)', lambda: string.capwords(1, 2))
attempt('capwords("a b", 5)', lambda: string.capwords('a b', 5))
print(string.capwords('hello   world'), string.capwords('a-b c-d', '-'))
