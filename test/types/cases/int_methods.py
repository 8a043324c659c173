# int: constructor rules, special methods and methods.
print(int(), int(7), int(-3.9), int(3.9), int(True), int("42"), int(" -17 "), int("1_000"), int("٣"), int(1e20))
print(int("ff", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0), int("z", 36), int("11", base=2))
print(int(b"12"), int(b"ff", 16), int("-0x10", 16), int("10", 0), int(10**20), int("9" * 30))
class Idx:
    def __index__(self):
        return 9
class Tr:
    def __int__(self):
        return 5
print(int(Idx()), int(Tr()), int("12", Idx()))
print(int.__add__(3, 4), (5).__mul__(2), (3).__radd__(1), (7).__sub__(2), (7).__rsub__(2), (7).__floordiv__(2))
print((7).__rfloordiv__(20), (7).__mod__(3), (-7).__mod__(3), (7).__truediv__(2), (2).__rtruediv__(1), (2).__pow__(10))
print((2).__pow__(-1), (3).__pow__(4, 5), (2).__rpow__(3), (5).__divmod__(3), (5).__rdivmod__(17), (-5).__divmod__(3))
print((6).__and__(3), (6).__or__(3), (6).__xor__(3), (1).__lshift__(10), (1024).__rshift__(3), (3).__rand__(5))
print((1).__add__(2.0), (1).__mul__("a"), int.__lt__(1, 2.0), (1).__eq__(1.0), (2).__pow__(0.5), (2).__pow__(2, 0.5))
print(int.__lt__(1, 2), int.__le__(2, 2), int.__gt__(1, 2), int.__ge__(1, True), int.__eq__(1, True), int.__ne__(1, 2))
print((5).__neg__(), (-5).__pos__(), (-5).__abs__(), (5).__invert__(), (0).__bool__(), (5).__int__(), (5).__float__())
print((5).__index__(), (5).__trunc__(), (5).__floor__(), (5).__ceil__(), (1234).__round__(), (1234).__round__(-2))
print(round(15, -1), round(25, -1), round(-25, -1), round(35, -1), round(12345, -10), round(5, 2), round(10**20 + 5, -1))
print((255).__format__("x"), (5).__format__(""), format(1234567, ","), (10).__repr__(), (-10).__str__(), hash(5), hash(-1))
print((255).bit_length(), (0).bit_length(), (-256).bit_length(), (10**20).bit_length(), (255).bit_count(), (-5).bit_count())
print((5).conjugate(), (-7).as_integer_ratio(), (5).real, (5).imag, (5).numerator, (5).denominator)
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True), (5).to_bytes())
print(int.from_bytes(b"\x00\x10", "big"), int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes([1, 2], "little"))
print(bool.from_bytes(b"\x01", "big"), (2**64).to_bytes(9, "big"), int.from_bytes(b"", "big"))
class Money(int):
    def __repr__(self):
        return f"Money({int(self)})"
m = Money(5)
print(m, repr(m), m + 1, 1 + m, m * 2, -m, abs(Money(-3)), m == 5, m < 6, isinstance(m, int), type(m + 1).__name__)
print(str(m), f"{m:03d}", hex(m), [1, 2, 3, 4, 5, 6][m], int(m), float(m), round(m), m.bit_length())
