# AttributeError on a module.
import math

def circle_area(r):
    return math.pi * r ** 2

def circle_tau(r):
    return math.circle * r

print(circle_area(1))
print(circle_tau(1))
