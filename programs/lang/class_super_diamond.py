# super() in a diamond follows the MRO, each class called once.
class Base:
    def __init__(self):
        print("Base")
    def who(self):
        return ["Base"]
class Left(Base):
    def __init__(self):
        print("Left start")
        super().__init__()
        print("Left end")
    def who(self):
        return ["Left"] + super().who()
class Right(Base):
    def __init__(self):
        print("Right start")
        super().__init__()
        print("Right end")
    def who(self):
        return ["Right"] + super().who()
class Child(Left, Right):
    def __init__(self):
        print("Child start")
        super().__init__()
        print("Child end")
    def who(self):
        return ["Child"] + super().who()
c = Child()
print(c.who())
print([k.__name__ for k in Child.__mro__])
class Shape:
    def __init__(self, **kw):
        self.extra = kw
class Colored(Shape):
    def __init__(self, color="red", **kw):
        self.color = color
        super().__init__(**kw)
class Sized(Shape):
    def __init__(self, size=1, **kw):
        self.size = size
        super().__init__(**kw)
class Thing(Colored, Sized):
    pass
t = Thing(color="blue", size=5, name="x")
print(t.color, t.size, t.extra)
