# sum(): ints, big ints, floats, start, other types via +
print(sum([]), sum([1, 2, 3]), sum(range(101)), sum([1, 2], 10), sum([1], start=5), sum((), start=7))
print(sum([2**62, 2**62, 2**62]), sum([2**53, 1, 1]), sum([-2**64, 2**64]), sum([True, True, False]), sum([], True))
print(sum([0.1] * 10), sum([0.1, 0.2, 0.3]), sum([1, 2.5, 3]), sum([1e308, 1e308, -1e308]), sum([], 2.5), sum([1.5, True]))
print(sum([1, 0.1, 2**70]), sum([0.5, 2**60]), sum([[1], [2, 3]], []), sum([(1,), (2,)], ()))
print(sum(x * x for x in range(4)), sum({1: "a", 2: "b"}), sum([3], -3))
class Money:
    def __init__(self, c):
        self.c = c
    def __add__(self, other):
        return Money(self.c + (other.c if isinstance(other, Money) else other))
    __radd__ = __add__
    def __repr__(self):
        return "Money(%d)" % self.c
print(sum([Money(1), Money(2)]), sum([Money(5)], Money(1)), sum([1, Money(2), 3]))
print(sum([1.0, 2, Money(3)]), sum([1, 2**70, 0.5]))
