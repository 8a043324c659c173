# hash() of ints, bools, tuples of ints, and equality consistency.
print(hash(0), hash(1), hash(42), hash(-1), hash(-2), hash(-42))
print(hash(True), hash(False), hash(1.0), hash(-7.0))
print(hash(10 ** 18), hash(2 ** 61 - 2), hash(-(2 ** 61)))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, 2, 3)))
print(hash((1, (2, 3))), hash((-1,)), hash((0, 0)))
print(hash((1, 2)) == hash((1.0, 2)), hash(1) == hash(1.0))
print(hash(None) == hash(None), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
for bad in ([], {}, set()):
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)
print(type(hash("s")).__name__)
