# super() through several levels of single inheritance.
class A:
    def __init__(self):
        print("A.__init__")
        self.trail = ["A"]
    def hello(self):
        return "A"
class B(A):
    def __init__(self):
        print("B.__init__ start")
        super().__init__()
        self.trail.append("B")
        print("B.__init__ end")
    def hello(self):
        return "B>" + super().hello()
class C(B):
    def __init__(self):
        print("C.__init__ start")
        super().__init__()
        self.trail.append("C")
    def hello(self):
        return "C>" + super().hello()
c = C()
print(c.trail)
print(c.hello())
class D(C):
    def hello(self):
        return "D>" + super(C, self).hello()
print(D().hello())
class Base:
    @classmethod
    def create(cls):
        return cls.__name__
class Derived(Base):
    @classmethod
    def create(cls):
        return "Derived via " + super().create()
print(Derived.create())
