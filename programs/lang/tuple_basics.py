# Tuples: creation, packing, immutability, methods, nesting.
t = (1, 2, 3)
single = (1,)
empty = ()
packed = 4, 5, 6
print(t, single, empty, packed, (1))
print(type(single).__name__, type((1)).__name__, len(empty))
print(t[0], t[-1], t[1:], t + (4,), t * 2, 2 in t)
print(t.count(2), (1, 1, 2).count(1), t.index(3))
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    t.index(99)
except ValueError as e:
    print("ValueError:", e)
nested = (1, [2, 3])
nested[1].append(4)
print(nested)
print(tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple())
print((1, 2) == (1, 2), (1, 2) < (1, 3), max((1, 9), (2, 0)))
a, b, c = t
print(a + b + c, sum(t), min(t), max(t), sorted((3, 1, 2)))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "tuple key"}[(1, 2)])
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
print(repr((None, "s", 1.5)), str(("a",)))
for i, v in enumerate(("x", "y")):
    print(i, v)
