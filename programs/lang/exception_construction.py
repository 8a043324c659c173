# Constructing exceptions: args, str and repr, subclasses with and without
# their own __init__, and keyword arguments (rejected unless an __init__ takes them).
class MyErr(ValueError):
    pass
class WithInit(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
e = MyErr(1, 2)
print(repr(e), e.args, str(e))
w = WithInit(1, 2)
print(repr(w), w.args, w.b)
print(repr(KeyError('k')), str(KeyError('k')), repr(StopIteration(5).value), OSError(2, 'No such file').errno)
print(repr(ValueError()), ValueError().args)
try:
    ValueError(x=1)
except TypeError as t:
    print('TypeError:', t)
e2 = ValueError('a'); e2.note = 5; print(e2.note)
print(SystemExit(3).code)
class E(Exception):
    def __init__(self, x=1):
        super().__init__(x)
        self.x = x
print(E(x=2).x, E(x=3).args)
class F(Exception):
    pass
try:
    F(y=1)
except TypeError as t:
    print(t)
