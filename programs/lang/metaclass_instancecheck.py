# A metaclass's __instancecheck__ and __subclasscheck__ decide isinstance()
# and issubclass() for its classes.
class AnyMeta(type):
    def __instancecheck__(cls, obj):
        return True
    def __subclasscheck__(cls, sub):
        return sub is int
class Any(metaclass=AnyMeta):
    pass
print(isinstance(42, Any), isinstance('s', (Any, int)), isinstance(Any(), Any))
print(issubclass(int, Any), issubclass(str, Any), issubclass(bool, (Any, str)))
class Evens(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0
class Even(metaclass=Evens):
    pass
print([x for x in range(6) if isinstance(x, Even)])
print(isinstance(3, int), isinstance(True, int), isinstance(3, (str, float)))
for i in range(40):
    r = isinstance(i, Even)
print(r)
