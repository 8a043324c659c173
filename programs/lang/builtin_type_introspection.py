# type, isinstance, issubclass, callable, type() comparisons.
class A: pass
class B(A): pass
values = [0, 0.0, "", [], (), {}, set(), None, A(), B(), len, A, lambda: 0]
for v in values:
    print(type(v).__name__, callable(v), isinstance(v, A))
print(type(1) is int, type(1) == int, type(True) is int, type(B()) is A)
print(issubclass(B, A), issubclass(A, object), issubclass(int, int), issubclass(bool, (str, int)))
print(type(int) is type, type(type) is type, isinstance(type, type), isinstance(A, type))
print(type("x")("abc"), type(5)("12"), type([])("ab"))
print(callable(print), callable("print"), callable(A.__init__), callable(B().__class__))
try:
    issubclass(B(), A)
except TypeError as e:
    print("TypeError:", e)
