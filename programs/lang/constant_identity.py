# Equal tuple constants are one object, as CPython merges them (a tuple display of constants is a constant); lists and sets of constants that are only searched or iterated become tuple and frozenset constants.
a = (1, 2)
b = (1, 2)
print(a is b, (1, 2) is (1, 2), (1, 2) is (1, 2.0), (1,) is (True,), ('a', (1, None)) is ('a', (1, None)))
def f():
    return (1, 2)
def g():
    return (1, 2), ('x',)
print(f() is a, g()[0] is f(), g()[1] is ('x',))
print(() is (), (1, 2) == (1, 2.0), (0.0,) is (-0.0,))
print(a is b, (1, 2) is (1, 2))
x = [1, 2, 3]
y = [1, 2]
e = ()
n = (1, (2, -3), 'a', None, True, 1.5)
for i in [1, 2]:
    pass
for i in [a, b]:
    pass
print(3 in [1, 2, 3], 3 in {1, 2, 3}, 5 not in (1, 2), 1 < 2 in [2, 3])
s = {i for i in {3, 1, 2}}
l = [i for i in [3, 1, 2]]
print(x, y, e, n, s, l)
