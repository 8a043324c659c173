# math.isclose and domain errors (sqrt of a negative number, log of zero).
import math
print(0.1 + 0.2 == 0.3, math.isclose(0.1 + 0.2, 0.3))
print(math.isclose(1.0, 1.0001), math.isclose(1.0, 1.0001, rel_tol=1e-3))
print(math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9))
print(math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan))
for f, arg in [(math.sqrt, -1), (math.log, 0), (math.log, -5), (math.acos, 2)]:
    try:
        print(f(arg))
    except ValueError as e:
        print(f.__name__, arg, "-> ValueError:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
print(math.sqrt(0), math.sqrt(-0.0))
