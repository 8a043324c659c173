# An enum whose own __new__ makes the members: it may set _value_ and other
# attributes; lookups by value then find the members.
from enum import Enum


class Coin(Enum):
    PENNY = 1
    NICKEL = 5

    def __new__(cls, value):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.cents = value * 10
        return obj


print(Coin.PENNY.cents, Coin.NICKEL.value, Coin(5), list(Coin))


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __new__(cls, mass, radius):
        obj = object.__new__(cls)
        obj._value_ = len(cls.__members__) + 1
        return obj

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, Planet(1), round(Planet.EARTH.surface_gravity, 3))


class Size(Enum):
    S = 'small'
    L = 'large'

    def __new__(cls, label):
        obj = object.__new__(cls)
        obj.label = label.upper()
        return obj


print(Size.S.value, Size.S.label, Size('large'))
