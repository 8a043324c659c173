# @staticmethod and @classmethod.
class Pizza:
    count = 0
    def __init__(self, toppings):
        self.toppings = toppings
        Pizza.count += 1
    @classmethod
    def margherita(cls):
        return cls(["mozzarella", "tomato"])
    @classmethod
    def how_many(cls):
        return f"{cls.__name__}: {cls.count}"
    @staticmethod
    def is_valid_topping(t):
        return t not in ("pineapple",)
    def __repr__(self):
        return f"{type(self).__name__}({self.toppings})"
p = Pizza.margherita()
print(p)
print(Pizza.how_many(), p.how_many())
print(Pizza.is_valid_topping("ham"), p.is_valid_topping("pineapple"))
class Calzone(Pizza):
    pass
c = Calzone.margherita()
print(c, type(c).__name__)
print(Calzone.how_many())
class MathUtil:
    @staticmethod
    def add(a, b):
        return a + b
    double = staticmethod(lambda x: x * 2)
    def half(cls, x):
        return f"{cls.__name__} halves {x / 2}"
    half = classmethod(half)
print(MathUtil.add(2, 3), MathUtil().add(4, 5), MathUtil.double(21))
print(MathUtil.half(9))
print(type(MathUtil.__dict__["add"]).__name__, type(MathUtil.__dict__["half"]).__name__)
