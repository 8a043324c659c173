# import m, import m as n, from m import a, b as c.
import math
import math as m
from math import sqrt, pi as PI
from collections import Counter, OrderedDict as OD
import functools, itertools
import string as s, random as rnd
print(math.sqrt(16), m.sqrt(25), sqrt(36), PI == math.pi)
print(m is math)
print(Counter("aab")["a"], type(OD()).__name__)
print(functools.reduce(lambda a, b: a * b, [1, 2, 3, 4]), list(itertools.repeat(0, 2)))
print(s.digits, rnd.__name__)
def local_import():
    import string
    from string import digits as D
    return string.ascii_lowercase[:3], D
print(local_import())
print("string" in dir())
import sys
print("math" in sys.modules, type(math).__name__, math.__name__)
from math import *
print(floor(2.5), ceil(2.5))
