# Reflected (__radd__ etc.) and in-place (__iadd__ etc.) operators.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __add__(self, other):
        print("__add__", other)
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    def __radd__(self, other):
        print("__radd__", other)
        return self.__add__(other)
    def __rmul__(self, k):
        return Money(self.cents * k)
    def __rsub__(self, other):
        return Money(other - self.cents)
m = Money(100)
print(m + 5)
print(5 + m)
print(sum([Money(1), Money(2), Money(3)]))
print(3 * m, 1000 - m)
try:
    m + "x"
except TypeError as e:
    print("TypeError:", e)
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        print("__iadd__", x)
        self.items.append(x)
        return self
    def __add__(self, x):
        print("__add__ (not used by +=)")
        return self
a = Acc()
alias = a
a += 1
a += 2
print(a.items, a is alias)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
o = OnlyAdd(1)
before = o
o += 10
print(o.v, before.v, o is before)
class Sub(Money):
    def __radd__(self, other):
        print("Sub.__radd__ wins")
        return Money(-1)
print(Money(1) + Sub(2))
