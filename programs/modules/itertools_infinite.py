# itertools.count, repeat, cycle, islice, chain.
from itertools import count, repeat, cycle, islice, chain
print(list(islice(count(), 5)), list(islice(count(10, 5), 4)), list(islice(count(1, -1), 3)))
print(list(islice(count(0.5, 0.25), 3)))
print(list(repeat("x", 3)), list(repeat(0, 0)), list(zip(range(3), repeat("r"))))
print(list(islice(cycle("abc"), 8)))
print(list(islice(range(20), 5, 15, 3)), list(islice("abcdef", 2)), list(islice("abcdef", 2, None)))
print(list(chain([1, 2], (3,), "ab", range(2))), list(chain()))
print(list(chain.from_iterable([[1], [2, 3], []])))
for i, v in zip(count(1), "xyz"):
    print(i, v)
it = iter(range(10))
print(list(islice(it, 3)), list(islice(it, 3)), next(it))
print(list(map(pow, range(5), repeat(2))))
