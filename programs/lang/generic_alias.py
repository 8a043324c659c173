# Subscripted builtin classes (list[int], dict[str, list[int]]): types.GenericAlias,
# as annotations use them.
import collections, queue
a = list[int]
print(repr(a), type(a), a.__origin__, a.__args__, a(), dict[str, int], tuple[int, ...], list[int] == list[int], list[int] != list[str])
try: isinstance([], list[int])
except TypeError as e: print(e)
try: issubclass(list, list[int])
except TypeError as e: print(e)
print(type[int], list[list[int]])
for bad in (lambda: int[5], lambda: range[int], lambda: str[int]):
    try: bad()
    except TypeError as e: print(e)
print(list[int].__name__, list[int].__class__, list[int](range(3)), hash(list[int]) == hash(list[int]))
class X(list[int]): pass
print(X.__mro__, X.__orig_bases__, X([1]))
class Y(list): pass
print(Y.__dict__.get('__orig_bases__'), Y[int])
print(collections.deque[int], collections.defaultdict[str, int], collections.OrderedDict[str, int], collections.Counter[str], queue.Queue[int], queue.SimpleQueue[int], type[int], frozenset[int], set[int], tuple[()], dict[str, list[int]], enumerate[str])
print(list[int, str], list[...], list[None], list['x'], list[1])
print(list[int].__args__, dict[str, int].__parameters__, list[int].append)
def f(x: dict[str, list[int]]) -> list[tuple[int, str]]: pass
print(f.__annotations__)
