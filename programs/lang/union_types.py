# X | Y between classes: types.UnionType, as annotations and isinstance() use it.
print(repr(int | None), repr(list[int] | None), (int|str) == (str|int), int | int, type(int|str), (int|str|None).__args__)
import collections
print(collections.deque | None, isinstance(None, int | None), isinstance('s', int | None))
try: int | 5
except TypeError as e: print(e)
