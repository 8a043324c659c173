# int(x, base), hex, oct, bin.
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0))
print(int("777", 8), int("0o777", 0), int("1010", 2), int("0b1010", 0))
print(int("z", 36), int("Zz", 36), int("10", 3), int("-101", 2), int(" 12 ", 5))
print(int("1_000", 10), int("0", 0), int("12", 0), int("+7f", 16))
print(hex(0), hex(255), hex(-255), hex(2 ** 64))
print(oct(0), oct(8), oct(-64), bin(0), bin(1), bin(-10), bin(2 ** 10))
for s, b in [("12", 2), ("g", 16), ("", 10), ("08", 0), ("0x", 16)]:
    try:
        print(int(s, b))
    except ValueError as e:
        print("ValueError:", e)
try:
    int("1", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int(5, 10)
except TypeError as e:
    print("TypeError:", e)
print(int(bin(37), 2), int(hex(1234), 16), int(oct(99), 8))
print(format(255, "x"), format(255, "#b"), f"{255:o}")
