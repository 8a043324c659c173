# Attribute and formatting details: a property's AttributeError falls back to
# __getattr__; str/int/float subclasses format through their own __str__ or
# __repr__ with an empty spec; CPython's two wordings of item-deletion errors.
class W:
    @property
    def p(self): raise AttributeError('inner')
    @property
    def q(self): raise ValueError('not attribute')
    def __getattr__(self, n): return 'getattr ' + n
w = W()
print(w.p, w.missing, getattr(w, 'p'), hasattr(w, 'p'))
try:
    w.q
except ValueError as e:
    print('ValueError', e)
class V:
    @property
    def p(self): raise AttributeError('inner only')
try:
    V().p
except AttributeError as e:
    print('AttributeError', e)
class S(str):
    def __str__(self): return 'custom'
s = S('orig'); print(f'{s}', format(s), '{}'.format(s), f'{s:>6}', f'{s!r}')
class F(float):
    def __repr__(self): return 'F!'
class I(int):
    def __str__(self): return 'I!'
class Plain(int): pass
print(f'{F(1.5)}', f'{I(3)}', f'{Plain(4)}', f'{F(1.5):.2f}', f'{I(3):03d}', format(True), f'{True}')
for f in (lambda: 'abc', lambda: (1,), lambda: range(3), lambda: b'ab', lambda: 5, lambda: None, lambda: frozenset({1})):
    try:
        x = f()
        del x[0]
    except TypeError as t:
        print(t)
class A: pass
class B:
    def __getitem__(self, i): return i
import collections
for f in (lambda: A(), lambda: B(), lambda: {1: 2}.keys(), lambda: iter([]), lambda: 1.5, lambda: print, lambda: collections.deque(), lambda: {1}):
    try:
        x = f()
        del x[0]
    except (TypeError, IndexError, KeyError) as t:
        print(type(t).__name__, t)
