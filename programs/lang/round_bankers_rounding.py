# round(): banker's rounding, ndigits, negative ndigits, return types.
print(round(0.5), round(1.5), round(2.5), round(3.5), round(-0.5), round(-1.5))
print(round(2.4), round(2.6), round(-2.6), round(7))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(7, 1)).__name__)
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(3.14159, 3), round(3.14159, 0), round(-3.14159, 1))
print(round(1234.5678, -1), round(1234.5678, -2), round(1250, -2), round(1350, -2))
print(round(15, -1), round(25, -1), round(-25, -1), round(5, -1))
print(round(123456, -3), round(10 ** 20 + 5 * 10 ** 18, -19))
print(round(1e20), round(0.1 + 0.2, 10), round(2.5, 5))
print(round(float("inf"), 2), round(-0.0), round(-0.4))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(round(True), round(12, 5))
