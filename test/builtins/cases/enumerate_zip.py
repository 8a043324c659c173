# enumerate and zip
e = enumerate("abc")
print(iter(e) is e, next(e), list(e), list(e))
print(list(enumerate([5, 6], 1)), list(enumerate([5, 6], start=-2)), list(enumerate(iterable="xy", start=2)))
print(list(enumerate("ab", 2**64)), list(enumerate([], 3)))
print(type(e).__name__, repr(e).startswith("<enumerate object at 0x"), isinstance(e, enumerate))
print(e.__next__ is not None, next(enumerate("q")))
for i, (a, b) in enumerate(zip("xy", "zw")):
    print(i, a, b)
z = zip([1, 2, 3], "ab")
print(iter(z) is z, next(z), list(z))
print(list(zip()), list(zip("abc")), list(zip(range(3), range(10, 20), "pqrs")))
print(type(z).__name__, repr(z).startswith("<zip object at 0x"), isinstance(z, zip))
first = iter([1, 2])
second = iter([10, 20, 30])
print(list(zip(first, second)), list(second))
print(list(zip([1, 2], [3, 4], strict=True)), list(zip(strict=True)), list(zip("a", strict=False)))
for args in [([1], [1, 2]), ([1, 2], [1]), ([1, 2], [1, 2], [1]), ([1], [1], [1, 2]), ([], [1])]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as err:
        print("ValueError:", err)
a, b = zip(*[(1, "x"), (2, "y")])
print(a, b, dict(zip("kl", [7, 8])))
