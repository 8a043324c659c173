# set operators on ints.
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a <= b, {1, 2} <= a, {1, 2} < a, a < a, a >= {1}, a > a)
print(a == {4, 3, 2, 1}, a != b, {1} | set(), set() & a)
c = set(a)
c |= {10}
print(sorted(c))
c &= {1, 2, 10, 11}
print(sorted(c))
c -= {1}
print(sorted(c))
c ^= {2, 3}
print(sorted(c))
print(3 in a, 7 not in a, len(a), len(set()))
print(set([3, 1, 2, 3, 1]), set(range(5)), set("aaa"))
print(sorted({-1, -5, 3, 0}), sorted({100, 3, 64, 1}), sorted({9, 3, 6}))
print(set(), type({}).__name__, repr(set()))
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
try:
    a + b
except TypeError as e:
    print("TypeError:", e)
print({(1, 2), (1, 2)}, {1, 1.0, True})
