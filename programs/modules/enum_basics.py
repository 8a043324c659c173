# enum: members made once, lookup by value and name, aliases, auto(), IntEnum,
# members with __init__, unique(), and members that cannot be rebound.
from enum import Enum, IntEnum, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return f'{self.name} is {self.value}'

print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, Color(2), Color['BLUE'], Color.CRIMSON is Color.RED)
print(list(Color), len(Color), Color.RED in Color, type(Color.RED).__name__, isinstance(Color.RED, Color), Color)
print(Color.GREEN.describe(), f'{Color.RED}', str(Color.BLUE), Color.RED == Color.RED, Color.RED == 1, Color.RED < Color.GREEN if False else 'n/a')
print(list(Color.__members__), {c: c.value for c in Color}[Color.GREEN], hash(Color.RED) == hash(Color.RED))
for bad in (lambda: Color(7), lambda: Color['PINK']):
    try:
        bad()
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
try:
    Color.RED = 5
except AttributeError as e:
    print('AttributeError:', e)
try:
    Color.RED.value = 5
except AttributeError as e:
    print('AttributeError:', e)

class Step(Enum):
    FIRST = auto()
    SECOND = auto()
    THIRD = auto()
print([s.value for s in Step], Step.THIRD)

class Level(IntEnum):
    LOW = 1
    HIGH = 2
print(Level.LOW < Level.HIGH, Level.HIGH + 1, Level.LOW == 1, repr(Level.HIGH), str(Level.HIGH), f'{Level.LOW}', sorted([Level.HIGH, Level.LOW]), Level(2))

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, round(Planet.EARTH.gravity, 2), Planet.MERCURY.mass)

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print('ValueError:', e)

import copy
print(copy.deepcopy(Color.RED) is Color.RED, Color.RED.__class__ is Color)
match_like = {Color.RED: 'stop', Color.GREEN: 'go'}
print(match_like[Color(1)])
try:
    class More(Color):
        PINK = 4
except TypeError as e:
    print('TypeError:', e)
