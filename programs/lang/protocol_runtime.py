# typing.Protocol at run time: @runtime_checkable isinstance/issubclass by members,
# the errors for plain protocols, and concrete subclasses that inherit __init__.
from typing import Protocol, runtime_checkable, TypeVar, Generic
@runtime_checkable
class Drawable(Protocol):
    def draw(self): ...
class Square:
    def draw(self): return "square"
class Circle:
    pass
print(isinstance(Square(), Drawable), isinstance(Circle(), Drawable), isinstance(1, Drawable))
print(issubclass(Square, Drawable), issubclass(Circle, Drawable))
class P(Protocol):
    def m(self): ...
for f in (lambda: P(), lambda: isinstance(1, P), lambda: issubclass(int, P)):
    try:
        print(f())
    except TypeError as e:
        print('TypeError:', e)
@runtime_checkable
class HasName(Protocol):
    name: str
class N:
    def __init__(self):
        self.name = 'n'
print(isinstance(N(), HasName), isinstance(Square(), HasName))
try:
    issubclass(N, HasName)
except TypeError as e:
    print('TypeError:', e)
class Impl(Drawable):
    def __init__(self, x):
        self.x = x
    def draw(self):
        return 'impl'
i = Impl(3)
print(i.x, i.draw(), isinstance(i, Drawable))
class Impl2(Drawable):
    pass
print(isinstance(Impl2(), Drawable))
try:
    Impl2(1)
except TypeError as e:
    print('TypeError:', e)
T = TypeVar('T')
@runtime_checkable
class Box(Protocol[T]):
    def get(self) -> T: ...
class IntBox:
    def get(self): return 1
print(isinstance(IntBox(), Box))
try:
    @runtime_checkable
    class NotP:
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    class Bad(Protocol, int):
        pass
except TypeError as e:
    print('TypeError:', e)
class Closeable(Protocol):
    def close(self): ...
class F:
    close = None
print(isinstance(F(), runtime_checkable(Closeable)))
