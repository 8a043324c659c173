# Conversions between int, float and str.
print(int(3.9), int(-3.9), int(0.999), int(-0.5), int(1e20))
print(int("42"), int(" -17 "), int("+5"), int("1_000"), int("007"))
print(float("3.14"), float(" 2 "), float("1e3"), float("-inf"), float("nan"))
print(float("  -0.0 "), float(".5"), float("5."), float("1_0.5"), float("InFiNiTy"))
print(float(7), float(-2 ** 60), float(True))
print(int(True), int(False), int(2.5e10))
print(str(12), str(-3.0), str(10 ** 20), str(1e20), str(0.1))
print(int(float("1e300")) == 10 ** 300, int(1e300) % 10 ** 10)
print(float(2 ** 100) == 2 ** 100, 2 ** 53 + 1 == float(2 ** 53 + 1))
print((7.0).is_integer(), (7.5).is_integer())
print(abs(-0.0), -0.0 == 0.0, (3.75).as_integer_ratio())
for bad in ["abc", "1.5", "", "1 2"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    float("x1")
except ValueError as e:
    print("ValueError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(int(-0.0), float(-0), 1 * 1.0)
