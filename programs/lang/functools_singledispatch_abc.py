# functools.singledispatch on the ABCs of collections.abc: builtin types
# registered with them dispatch along the MRO composed with those ABCs,
# and two unrelated equally good ABCs are an ambiguous dispatch, as in CPython.
from functools import singledispatch
import collections, collections.abc as c
@singledispatch
def f(x): return 'object'
f.register(c.Mapping, lambda x: 'Mapping')
f.register(c.Sequence, lambda x: 'Sequence')
f.register(c.Iterable, lambda x: 'Iterable')
f.register(c.Sized, lambda x: 'Sized')
f.register(c.MutableMapping, lambda x: 'MutableMapping')
for v in [{}, collections.OrderedDict(), [], (), 'abc', range(3), {1}, frozenset(), iter([]), b'x', 5, collections.deque(), collections.Counter(), {}.keys()]:
    try:
        print(type(v).__name__, f(v))
    except RuntimeError as e:
        print(type(v).__name__, e)
class MySeq(c.Sequence):
    def __getitem__(self, i): raise IndexError
    def __len__(self): return 0
print(f(MySeq()))
class Both(dict, c.Sequence): pass
print(f(Both()))
@singledispatch
def g(x): return 'object'
g.register(c.Container, lambda x: 'Container')
g.register(c.Sized, lambda x: 'Sized')
g.register(c.Iterable, lambda x: 'Iterable')
for v in [[], {}, 'x', set()]:
    try: print(g(v))
    except RuntimeError as e: print(e)
