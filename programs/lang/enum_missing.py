# Enum's _missing_ hook (its result checked, its errors chained as CPython chains them) and the rule that _generate_next_value_ comes before the members.
from enum import Enum, IntEnum, auto
class C(Enum):
    R = "red"
    G = "green"
    @classmethod
    def _missing_(cls, v):
        if isinstance(v, str):
            for m in cls:
                if m.value == v.lower():
                    return m
        if v == 0:
            return 'bad'
        if v == 1:
            raise KeyError('one')
        return None
print(C("RED"), C("Green"), C("red"))
for v in ("blue", 0, 1):
    try:
        C(v)
    except Exception as e:
        print(type(e).__name__, e, repr(e.__context__))
class Plain(Enum):
    A = 1
try:
    Plain(2)
except ValueError as e:
    print(e, e.__context__)
try:
    class O(Enum):
        A = auto()
        def _generate_next_value_(name, start, count, last):
            return name
except TypeError as e:
    print('TypeError:', e)
class P(Enum):
    def _generate_next_value_(name, start, count, last):
        return name.lower()
    X = auto()
    Y = auto()
print(list(P), P.X.value)
class Num(IntEnum):
    ONE = 1
    @classmethod
    def _missing_(cls, v):
        return cls.ONE
print(Num(7), repr(Num(7)))
