# Edge cases of the object model that once went wrong: a dict whose keys
# change (same size) during iteration, a keyword repeating a key of an
# earlier **mapping, classmethod wrapping a descriptor (3.11 chaining),
# object.__repr__ and __hash__ on unboxed values, hash of empty str/bytes.
d = {1: 1, 2: 2}
try:
    for k in d:
        d.pop(k); d[k + 10] = 1
except RuntimeError as e: print(e)
print(d)
d = {1: 1, 2: 2}
it = iter(d); next(it); d[3] = 3; del d[1]
try:
    print(list(it))
except RuntimeError as e: print(e)
d = {1: 1}
n = 0
try:
    for k in d:
        del d[k]; d[k + 1] = 1
        n += 1
        if n > 5: break
except RuntimeError as e: print(e)
print(n, d)
print(object.__repr__(5)[:13], object.__repr__('a')[:13], object.__repr__(None)[:18], type(object.__hash__(5)))

def fk(**kw): return kw
print(fk(**{'a': 1}, b=2))
for call in (lambda: fk(**{'a': 1}, a=2), lambda: dict(**{'a': 1}, a=2), lambda: print(**{'sep': '-'}, sep='+'), lambda: fk(a=2, **{'a': 1})):
    try:
        print(call())
    except TypeError as e:
        print('TypeError:', e)

class A:
    @classmethod
    @property
    def cp(cls): return 'class property of ' + cls.__name__
    @classmethod
    def plain(cls): return cls.__name__
class B(A): pass
print(A.cp, B.cp, A().cp, A.plain(), B().plain())
class Callable:
    def __call__(self, *a): return a
class C:
    m = classmethod(Callable())
print(repr(C.m)[:22], C.m(1))
print(hash(''), hash(b''))
