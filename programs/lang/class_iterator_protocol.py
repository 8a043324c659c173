# __iter__ and __next__.
class CountDown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(CountDown(5)))
it = CountDown(2)
print(next(it), next(it), next(it, "done"))
for x in CountDown(3):
    print("x", x)
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
r = Range2(3)
print(list(r), list(r))
print(sum(Range2(5)), max(Range2(4)), sorted(Range2(3), reverse=True))
a, b, c = Range2(3)
print(a, b, c)
print(3 in Range2(5), 7 in Range2(5))
class Pairs:
    def __init__(self, d):
        self.d = d
    def __iter__(self):
        return iter(sorted(self.d.items()))
for k, v in Pairs({"b": 2, "a": 1}):
    print(k, v)
print(dict(Pairs({"y": 0})), list(zip(CountDown(3), Range2(10))))
