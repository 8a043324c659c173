# vars() and dir() on instances and classes.
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm(self):
        return abs(self.x) + abs(self.y)
p = Point(3, -4)
print(vars(p))
vars(p)["z"] = 0
print(p.z, p.__dict__)
public = [n for n in dir(p) if not n.startswith("_")]
print(public)
print([n for n in dir(Point) if not n.startswith("_")])
print("__init__" in dir(Point), "__dict__" in dir(p))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
import math
print("sqrt" in dir(math), "pi" in vars(math))
