# collections.namedtuple: fields, repr, _replace, _asdict, _fields, unpacking.
from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1])
print(repr(p), str(p), tuple(p), list(p))
x, y = p
print(x + y, p == (1, 2), isinstance(p, tuple), len(p))
q = p._replace(y=20)
print(q, p)
print(p._asdict(), Point._fields)
Person = namedtuple("Person", "name age city", defaults=["Unknown"])
ann = Person("Ann", 30)
print(ann, ann.city)
print(Person._make(["Bob", 25, "Paris"]))
print(Point(y=5, x=6), sorted([Point(2, 1), Point(1, 9)]))
try:
    p.x = 10
except AttributeError as e:
    print("AttributeError:", e)
print(type(p).__name__, Point.__name__)
class Vec(namedtuple("Vec", "a b")):
    def norm1(self):
        return abs(self.a) + abs(self.b)
print(Vec(-3, 4).norm1(), Vec(1, 2))
