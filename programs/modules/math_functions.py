# math module functions.
import math
print(math.sqrt(16), math.sqrt(2), math.isqrt(17))
print(math.pow(2, 10), math.exp(0), math.exp(1), math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024))
print(math.sin(0), math.cos(0), math.tan(0), math.sin(math.pi / 2), round(math.cos(math.pi), 10))
print(math.atan2(1, 1), math.degrees(math.pi), math.radians(180), math.hypot(3, 4))
print(math.fabs(-3), math.copysign(3, -0.0), math.fmod(-7, 3), -7 % 3)
print(math.trunc(-3.7), math.trunc(3.7), math.modf(3.25), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]))
print(math.comb(10, 3), math.perm(5, 2), math.dist((0, 0), (3, 4)))
print(math.isinf(math.inf), math.isnan(math.nan), math.isfinite(1.0), math.isfinite(math.inf))
print(math.asin(1), math.acos(1), math.atan(1))
print(math.sinh(0), math.cosh(0), math.tanh(0), math.log1p(0), math.expm1(0))
