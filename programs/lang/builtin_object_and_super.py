# object(), super() with explicit arguments, and object methods.
o = object()
print(type(o).__name__, isinstance(o, object), o == o, o != object())
try:
    o.attr = 1
except AttributeError as e:
    print("AttributeError:", e)
class A:
    def greet(self):
        return "A"
class B(A):
    def greet(self):
        return "B+" + super().greet()
class C(B):
    def greet(self):
        return "C+" + super(B, self).greet()
print(C().greet(), B().greet())
class Base:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
class Child(Base):
    def __init__(self, v, w):
        super().__init__(v)
        self.w = w
print(Child(1, 2) == Child(1, 3), Child(1, 2).v)
print(object.__name__, A.__bases__ == (object,), issubclass(A, object))
class S(str):
    def shout(self):
        return self.upper() + "!"
s = S("hi")
print(s.shout(), s + " there", len(s), isinstance(s, str))
class L(list):
    def append(self, x):
        super().append(x * 10)
l = L([1])
l.append(2)
print(l, type(l).__name__, len(l))
class D(dict):
    def __missing__(self, key):
        return f"no {key}"
d = D(a=1)
print(d["a"], d["b"])
