# math constants.
import math
print(math.pi)
print(math.e)
print(math.tau, math.tau == 2 * math.pi)
print(math.inf, -math.inf, math.inf > 10 ** 308)
print(math.nan, math.nan == math.nan, math.nan != math.nan)
print(type(math.pi).__name__, f"{math.pi:.5f}", round(math.e, 3))
print(math.inf == float("inf"), math.isnan(float("nan")))
