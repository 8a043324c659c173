# __class__, type(x).__name__, __name__ and __qualname__.
class Outer:
    class Inner:
        def method(self):
            pass
    def get_class(self):
        return __class__
o = Outer()
print(o.__class__ is Outer, type(o) is Outer)
print(type(o).__name__, Outer.__name__, Outer.Inner.__qualname__)
print(Outer.Inner.method.__qualname__)
print(o.get_class().__name__)
for value in [1, 1.5, "s", b"b", [1], (1,), {1: 2}, {1}, frozenset(), None, True, range(1), print, len, type, object(), Outer]:
    print(type(value).__name__, end=" ")
print()
print(type(type).__name__, type(int).__name__)
print(int.__name__, str.__name__, type(None).__name__)
class Sub(Outer):
    def show(self):
        return self.__class__.__name__
print(Sub().show(), Outer.show if hasattr(Outer, "show") else "no show")
print(Sub().__class__.__bases__[0].__name__)
x = 5
print(x.__class__.__name__, (5).__class__ is int)
def func():
    pass
print(func.__name__, (lambda: 0).__name__, type(func).__name__)
print(__name__)
