# range: repr, len, indexing, slicing, membership, negative steps.
r = range(10)
print(r, range(2, 8), range(0, 10, 3), range(5, 0, -1))
print(list(range(5)), list(range(2, 5)), list(range(0, 10, 3)), list(range(10, 0, -3)))
print(list(range(0)), list(range(5, 2)), list(range(-3, 3)), list(range(2, -3, -1)))
print(len(range(10)), len(range(0, 10, 3)), len(range(10, 0, -3)), len(range(5, 2)))
print(r[0], r[-1], r[3], range(0, 100, 7)[5], range(10, 0, -2)[-1])
print(r[2:5], r[::2], r[::-1], range(0, 20, 2)[1:4], range(10)[-3:])
print(5 in r, 10 in r, -1 in r, 6 in range(0, 10, 3), 9 in range(0, 10, 3), 2.0 in r)
print(r.index(4), range(0, 20, 5).count(10), range(0, 20, 5).index(15))
print(range(0) == range(5, 2), range(0, 3) == range(3), range(1, 10, 2) == range(1, 11, 2))
print(sum(range(101)), max(range(7)), min(range(3, 9)), list(reversed(range(4))))
print(range(3).start, range(3).stop, range(1, 9, 4).step)
try:
    r[10]
except IndexError as e:
    print("IndexError:", e)
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
print(range(10 ** 20)[-1], range(0, 10 ** 20, 3)[-1], 10 ** 19 in range(10 ** 20))
print(type(r).__name__, bool(range(0)), bool(range(1)))
