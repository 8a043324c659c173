# Error details checked against CPython: except clauses that name a non-class
# (or a nested tuple) raise TypeError, unpacking a non-iterable with a starred
# target, and where tracebacks point for assert and a for loop over a
# non-iterable (the whole statement: no caret line).
try:
    try:
        1/0
    except (ZeroDivisionError, 42):
        print("first matched")
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        1/0
    except (ValueError, (KeyError, ZeroDivisionError)):
        print("nested tuple matched")
except TypeError as e:
    print("TypeError:", e)
try:
    raise KeyError('k')
except (KeyError,):
    print('one-tuple')
for v in (5, None, 1.5, "ab", [1, 2], range(3)):
    try:
        a, *b = v
        print(a, b)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
def f(x):
    assert x, f"x is {x}"
def g(x):
    assert x
def h(x):
    assert (x >
            5), "multi"
for fn in (f, g, h):
    try:
        fn(0)
    except AssertionError as e:
        print('caught', e)
try:
    for x in 5:
        pass
except TypeError as e:
    print(e)
f(0)
