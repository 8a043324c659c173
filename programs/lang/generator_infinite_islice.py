# Infinite generators consumed with itertools.islice, break and zip.
from itertools import islice, count
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1
print(list(islice(naturals(), 5)))
print(list(islice(naturals(10), 2, 8, 2)))
def primes():
    found = []
    for n in count(2):
        if all(n % p for p in found):
            found.append(n)
            yield n
print(list(islice(primes(), 10)))
def squares():
    for n in naturals(1):
        yield n * n
for s in squares():
    if s > 50:
        break
    print(s, end=" ")
print()
print(list(zip("abc", naturals(100))))
def cycle(seq):
    while True:
        for item in seq:
            yield item
print(list(islice(cycle([1, 2, 3]), 7)))
evens = (n for n in naturals() if n % 2 == 0)
print([next(evens) for _ in range(4)])
def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1
print(list(collatz(6)))
