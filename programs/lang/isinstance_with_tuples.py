# isinstance and issubclass with tuples, bool/int relation.
values = [1, 2.0, "s", [1], (1,), None, True, {1: 1}]
for v in values:
    print(repr(v), isinstance(v, (int, float)), isinstance(v, (list, tuple)), isinstance(v, str))
print(isinstance(True, int), isinstance(1, bool))
print(issubclass(bool, int), issubclass(int, (str, object)))
print(isinstance(3, (str, (list, int))))
print(isinstance(None, type(None)))
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, (C, A)), isinstance(b, (C,)), isinstance(b, ()))
print(issubclass(B, (C, A)), issubclass(A, B))
print(isinstance(A, type), isinstance(b, object), isinstance(int, object))
try:
    isinstance(1, 1)
except TypeError as e:
    print("TypeError:", e)
print(type(True) == int, type(True) is bool)
