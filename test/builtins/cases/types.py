# isinstance and issubclass
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, B), isinstance(b, C), isinstance(b, object))
print(isinstance(b, (C, A)), isinstance(b, (C, (int, B))), isinstance(b, ()))
print(isinstance(True, int), isinstance(1, bool), isinstance(1.0, (int, float)), isinstance(None, type(None)))
print(isinstance(A, type), isinstance(int, type), isinstance(type, type), isinstance(type, object))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(bool, int), issubclass(int, object))
print(issubclass(A, A), issubclass(B, ()), issubclass(ValueError, (KeyError, Exception)))
