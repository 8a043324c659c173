# iter() and next(), with user iterators, sequences and generators
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration("done!")
        self.n -= 1
        return self.n
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
c = Countdown(2)
print(iter(c) is c, next(c), next(c), next(c, "end"))
try:
    next(c)
except StopIteration as e:
    print("StopIteration", repr(e), e.value)
s = iter(Seq())
print(next(s), list(s), next(s, "empty"))
print(list(Seq()), 10 in Seq(), 15 in Seq())
def gen():
    yield 1
    yield 2
    return "ret"
g = gen()
print(iter(g) is g, next(g), next(g), next(g, "d"))
g = gen()
next(g); next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)
it = iter([])
try:
    next(it)
except StopIteration as e:
    print("empty:", repr(e))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
ci = iter(tick, 4)
print(iter(ci) is ci, list(ci), next(ci, "exhausted"), counter)
lines = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(lines), "")))
print(type(ci).__name__, repr(ci).startswith("<callable_iterator object at 0x"))
def stops():
    raise StopIteration
print(list(iter(stops, 1)))
