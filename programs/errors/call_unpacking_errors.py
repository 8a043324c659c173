# Errors of f(*x) / f(**x) name the function as CPython 3.11 does
# ("__main__.f() argument after * ..."); a display's [*x] says "Value after *".
# Slices are unhashable in 3.11.
def f(*a, **k):
    pass


class C:
    def m(self, *a):
        pass


tests = [
    lambda: f(*1), lambda: f(1, *2), lambda: f(*[1], *3), lambda: [*4], lambda: C().m(*5),
    lambda: C(*6), lambda: f(**7), lambda: f(x=1, **8), lambda: (lambda: 0)(*9),
    lambda: divmod(*1), lambda: len(*None), lambda: print(*5),
    lambda: {}[slice(1, 2)], lambda: hash(slice(1, 2)), lambda: {bytearray(b"x")},
    lambda: f(x=1, **{"x": 2}),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
print(slice.__hash__, {len: 1}[len], {int: 2}[int])
