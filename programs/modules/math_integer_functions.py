# floor/ceil return ints, factorial, gcd, lcm, isqrt.
import math
for v in [2.5, -2.5, 3.0, -0.5, 7]:
    print(v, math.floor(v), math.ceil(v), type(math.floor(v)).__name__)
print(math.floor(1e20), math.ceil(-1e20))
print(math.factorial(0), math.factorial(1), math.factorial(10), math.factorial(30))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-12, 18), math.gcd(2 ** 100, 6 ** 50), math.gcd())
print(math.gcd(12, 18, 27), math.lcm(4, 6), math.lcm(3, 5, 7))
print(math.isqrt(0), math.isqrt(99), math.isqrt(10 ** 40))
try:
    math.factorial(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.factorial(2.5)
except (TypeError, ValueError) as e:
    print(type(e).__name__ + ":", e)
try:
    math.floor(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
