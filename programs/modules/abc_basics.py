# abc: abstract methods block instantiation until a subclass defines them all;
# register() makes virtual subclasses.
from abc import ABC, abstractmethod, ABCMeta

class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f'{type(self).__name__} with area {self.area()}'

class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    def perimeter(self):
        return 4 * self.s

class Half(Shape):
    def area(self):
        return 1

for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print('TypeError:', e)
sq = Square(3)
print(sq.describe(), sq.perimeter(), isinstance(sq, Shape), Shape.__abstractmethods__ == frozenset({'area', 'perimeter'}), Square.__abstractmethods__)
print(type(Shape).__name__, type(ABC), Half.__abstractmethods__)

class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self): ...

class Impl(Base):
    @property
    def name(self):
        return 'impl'

print(Impl().name)
try:
    Base()
except TypeError as e:
    print('TypeError:', e)

class Plugin(ABC):
    pass
class Thing:
    pass
Plugin.register(Thing)
print(isinstance(Thing(), Plugin), issubclass(Thing, Plugin), issubclass(int, Plugin))
print(getattr(Shape.area, "__isabstractmethod__", False), type(Plugin()).__name__)
