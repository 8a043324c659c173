# Uncaught ValueError from math.sqrt of a negative number.
import math

def hypotenuse_from_leg(c, a):
    return math.sqrt(c * c - a * a)

print(hypotenuse_from_leg(5, 3))
print(hypotenuse_from_leg(3, 5))
