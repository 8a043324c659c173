import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(16), math.sqrt(2), math.sqrt(True), math.sqrt(-0.0), math.isqrt(17), math.isqrt(10**40), math.isqrt(0))
print(math.exp(0), math.exp(1), math.exp(-1000), math.exp(2.5), math.expm1(1e-10), math.log1p(1e-10))
print(math.log(math.e), math.log(8, 2), math.log(100, 10), math.log(10**400), math.log(10**400, 10), math.log(2**1100, 2))
print(math.log2(1024), math.log2(2**2000), math.log2(10), math.log10(1000), math.log10(10**500), math.log10(2), math.log(True))
print(math.sin(0), math.sin(1), math.cos(1), math.tan(1), math.sin(math.pi), math.cos(math.pi / 3), math.sin(1e22))
print(math.asin(1), math.acos(0.5), math.atan(1), math.atan2(1, 1), math.atan2(0, -0.0), math.atan2(-1, -1))
print(math.sinh(1), math.cosh(1), math.tanh(1), math.asinh(1), math.acosh(2), math.atanh(0.5), math.tanh(1000))
print(math.degrees(math.pi), math.radians(180), math.hypot(3, 4), math.hypot(3, 4, 12), math.hypot(), math.hypot(-3))
print(math.hypot(1e308, 1e308), math.hypot(1e-320, 1e-320), math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 15]))
print(math.fabs(-3), math.copysign(3, -0.0), math.copysign(-2, 1), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(1, math.inf))
print(math.remainder(5, 3), math.remainder(4.5, 3), math.remainder(-4.5, 3), math.remainder(7, 2))
print(math.modf(3.25), math.modf(-2.5), math.modf(3), math.modf(math.inf), math.frexp(8), math.frexp(0), math.frexp(-0.1))
print(math.ldexp(0.5, 4), math.ldexp(1, -1074), math.ldexp(1, -1075), math.ldexp(3, -1075), math.ldexp(-1.0, 1023))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(-2, 3), math.pow(2, -2), math.pow(0, 0), math.pow(float("nan"), 0), math.pow(1, float("nan")))
print(math.pow(-1, math.inf), math.pow(0.5, -math.inf), math.pow(2, math.inf), math.pow(math.inf, -1), math.pow(-math.inf, 3), math.pow(10, -5))
for v in [2.5, -2.5, 3.0, -0.5, 7, True, 10**30, 1e20]:
    print(v, math.floor(v), math.ceil(v), math.trunc(v), type(math.floor(v)).__name__)
print(math.floor(1e300) == int(1e300), math.ceil(-1e20), math.floor(-0.0))
class Fl:
    def __floor__(self):
        return "floor!"
    def __ceil__(self):
        return "ceil!"
    def __trunc__(self):
        return "trunc!"
class Real:
    def __float__(self):
        return 2.5
print(math.floor(Fl()), math.ceil(Fl()), math.trunc(Fl()), math.floor(Real()), math.sqrt(Real()))
print(math.factorial(0), math.factorial(1), math.factorial(10), math.factorial(30), math.factorial(True), math.factorial(100) % 10**9)
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-12, 18), math.gcd(2**100, 6**50), math.gcd(), math.gcd(12, 18, 27), math.gcd(7))
print(math.lcm(4, 6), math.lcm(3, 5, 7), math.lcm(), math.lcm(0, 5), math.lcm(-4, 6), math.lcm(2**64, 3))
print(math.comb(5, 2), math.comb(10, 0), math.comb(2, 5), math.comb(100, 50), math.perm(5), math.perm(5, 2), math.perm(3, 5), math.perm(5, None))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([], start=5), math.prod([1.5, 2]), math.prod(["a", 3]), math.prod(range(1, 20)))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1, 1e100, 1, -1e100]), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([]), math.fsum(range(10)), math.fsum([float("inf"), 1]), math.fsum([float("nan"), 1]), math.fsum([0.5, 2**-54, 2**-54 * 0.5]))
print(math.isclose(1, 1.0000000001), math.isclose(1.0, 1.0001), math.isclose(1.0, 1.0001, rel_tol=1e-3), math.isclose(0, 1e-10))
print(math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan), math.isclose(-math.inf, math.inf))
print(math.isfinite(1.0), math.isfinite(math.inf), math.isinf(-math.inf), math.isinf(1e308), math.isnan(math.nan), math.isnan(5))
print(math.cbrt(8), math.exp2(10), math.nextafter(1, 2), math.nextafter(0, -1), math.ulp(1), math.ulp(0.0))
print(math.erf(0), math.erf(0.5), math.erf(-1), math.erf(2), math.erf(3), math.erfc(0), math.erfc(1.5), math.erfc(-1.5))
print(math.gamma(5), math.gamma(0.5), math.lgamma(1), math.lgamma(2))
