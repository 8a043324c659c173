# float: constructor, special methods, rounding and the exact-value methods.
print(float(), float(3), float("1.5"), float(" -2.5e3 "), float("1_0.5"), float("inf"), float("-Infinity"), float("nan"))
print(float(" +InF "), float("1e500"), float("-1e-500"), float(b"2.5"), float(True), float(2**60), float("١.٥"))
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 7
print(float(F()), float(I()))
print((1.5).__add__(1), (1.5).__radd__(1), (1.5).__sub__(0.5), (1.5).__rsub__(1), (1.5).__mul__(2), (3.0).__truediv__(2))
print((3.0).__rtruediv__(1), (7.5).__floordiv__(2), (-7.5).__floordiv__(2), (7.5).__mod__(2), (-7.5).__mod__(2), (7.5).__mod__(-2))
print((7.5).__divmod__(2), (7.5).__rdivmod__(20), (2.0).__pow__(3), (2.0).__rpow__(3), (2.0).__pow__(-1), (1.5).__add__("a"))
print(float.__lt__(1.5, 2), float.__eq__(1.0, 1), float.__eq__(1.0, True), (0.1).__eq__(0.1), float.__ge__(2.0, 10**20), float.__lt__(1e300, 10**400))
print((1.5).__neg__(), (-1.5).__abs__(), (1.5).__pos__(), (0.0).__bool__(), (2.7).__int__(), (-2.7).__trunc__())
print((-2.5).__floor__(), (-2.5).__ceil__(), (2.5).__floor__(), (1e20).__int__(), (2.5).__float__(), type((2.5).__floor__()).__name__)
for v in [0.5, 1.5, 2.5, -0.5, -1.5, 3.4999, 2.675, 1e16 + 1]:
    print(v, round(v), round(v, 0), round(v, 1), round(v, 2))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(1234.5678, -2), round(-0.4, 1))
print(round(5e-324, 400), round(1e300, -299), round(1e300, -400), round(-1e300, -400), round(1.5, None), round(12345.6789, 10**20))
print(round(float("inf"), 2), round(float("nan"), 1), round(123.456, -1), round(0.5, 1), round(-0.0), round(-0.0, 1))
print((2.5).is_integer(), (2.0).is_integer(), (2.5).as_integer_ratio(), (-0.1).as_integer_ratio(), (0.0).as_integer_ratio())
print((1.5).hex(), (0.0).hex(), (-0.0).hex(), (5e-324).hex(), (1e300).hex(), float("inf").hex(), (0.1).hex(), (-2.0).hex())
print(float.fromhex("0x1.8p1"), float.fromhex("  -0X1.8P+1  "), float.fromhex("1.8"), float.fromhex("0x.8"), float.fromhex("inf"))
print(float.fromhex("0x1p-1074"), float.fromhex("0x1p-1075"), float.fromhex("0x1.8p-1074"), float.fromhex("0x1.fffffffffffff8p0"))
print(float.fromhex((0.1).hex()) == 0.1, float.fromhex("0x1p-1080"), float.fromhex("0x1.fffffffffffffp1023"))
print((1.5).conjugate(), (1.5).real, (1.5).imag, (1.5).__format__(".2f"), format(2.5, "e"), (1.5).__repr__(), repr(-0.0))
print(hash(1.5), hash(2.0) == hash(2), hash(float("inf")), hash(-0.0), hash(0.1))
class Temp(float):
    def describe(self):
        return f"{self:.1f} degrees"
t = Temp(21.456)
print(t, t.describe(), t + 1, t * 2, -t, round(t, 1), isinstance(t, float), type(t).__name__, t > 20, int(t))
