# abc.ABCMeta as CPython runs it: __subclasshook__ first, then the MRO,
# then the classes registered on that very ABC, then its subclasses.
import abc
from abc import ABC, ABCMeta, abstractmethod


class Base(ABC):
    pass


class Child(Base):
    pass


class Plain:
    pass


Base.register(Plain)
print('Plain <= Base:', issubclass(Plain, Base))
print('Plain <= Child:', issubclass(Plain, Child))  # registered on the parent only
print('instance:', isinstance(Plain(), Base), isinstance(Plain(), Child))


class Other:
    pass


Child.register(Other)
print('Other <= Child:', issubclass(Other, Child), 'Other <= Base:', issubclass(Other, Base))

# register returns its argument (usable as a decorator) and is idempotent.
@Base.register
class Decorated:
    pass


print('decorated:', Decorated.__name__, issubclass(Decorated, Base))
print('again:', Base.register(Decorated) is Decorated)
print('subclass again:', Base.register(Child) is Child)

# Errors register raises.
try:
    Base.register(5)
except TypeError as e:
    print('TypeError:', e)
try:
    Child.register(Base)
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    issubclass(5, Base)
except TypeError as e:
    print('TypeError:', e)
try:
    Base.__subclasscheck__(5)
except TypeError as e:
    print('TypeError:', e)


# __subclasshook__: True and False decide, NotImplemented goes on.
class Quacks(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is not Quacks:
            return NotImplemented
        if any('quack' in B.__dict__ for B in C.__mro__):
            return True
        if any('no_quack' in B.__dict__ for B in C.__mro__):
            return False
        return NotImplemented


class Duck:
    def quack(self):
        return 'Quack!'


class Mute(Quacks):
    no_quack = True


class Robot:
    pass


Quacks.register(Robot)
print('Duck:', issubclass(Duck, Quacks), isinstance(Duck(), Quacks))
print('Mute (a real subclass, but the hook says False):', issubclass(Mute, Quacks))
print('Robot (registered):', issubclass(Robot, Quacks))
print('int:', issubclass(int, Quacks))


class SubQuacks(Quacks):
    pass


print('Duck <= SubQuacks (hook only for Quacks itself):', issubclass(Duck, SubQuacks))


class Bad(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 1


try:
    issubclass(int, Bad)
except AssertionError as e:
    print('AssertionError:', e)

# object has the hook too.
print(object.__subclasshook__(int), int.__subclasshook__(str))
print('__subclasshook__' in dir(object), '__subclasshook__' in dir(Duck()))

# Abstract methods, and their old spellings.
class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    @abc.abstractproperty
    def name(self):
        ...

    @abc.abstractclassmethod
    def make(cls):
        ...

    @abc.abstractstaticmethod
    def unit():
        ...


print(sorted(Shape.__abstractmethods__))
for cls in (Shape,):
    try:
        cls()
    except TypeError as e:
        print('TypeError:', e)


class Square(Shape):
    def area(self):
        return 4

    def perimeter(self):
        return 8

    name = 'square'

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def unit():
        return 'cm'


class HalfSquare(Shape):
    def area(self):
        return 2


try:
    HalfSquare()
except TypeError as e:
    print('TypeError:', e)
s = Square.make()
print(Square.__abstractmethods__, s.area(), s.perimeter(), s.name, s.unit())
print(abc.abstractproperty.__mro__)
print(abc.abstractclassmethod.__isabstractmethod__, abc.abstractstaticmethod.__isabstractmethod__)
print(type(abc.get_cache_token()).__name__)
t0 = abc.get_cache_token()
Base.register(type('Fresh', (), {}))
print('token moved:', abc.get_cache_token() != t0)


# update_abstractmethods: for a class given its methods after creation.
class Later(ABC):
    @abstractmethod
    def go(self):
        ...


Later.go = lambda self: 'went'
print(sorted(Later.__abstractmethods__), sorted(abc.update_abstractmethods(Later).__abstractmethods__), Later().go())


# A metaclass derived from ABCMeta, and keywords passed on to __init_subclass__.
class Meta(ABCMeta):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        cls.tag = name.lower()
        return cls


class Tagged(metaclass=Meta):
    def __init_subclass__(cls, /, flavour=None, **kw):
        super().__init_subclass__(**kw)
        cls.flavour = flavour


class Sweet(Tagged, flavour='sugar'):
    pass


print(Sweet.tag, Sweet.flavour, type(Sweet).__name__, isinstance(Sweet(), Tagged))
print(ABCMeta, ABC, type(ABC), ABC.__slots__)

# The negative cache forgets after a register().
class Late:
    pass


print('Late before:', issubclass(Late, Base))
Base.register(Late)
print('Late after:', issubclass(Late, Base))
