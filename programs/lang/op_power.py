# ** operator: ints, negative exponents, floats, precedence, pow().
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, (-2) ** 4)
print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -3)
print(type(2 ** -1).__name__, type(2 ** 2).__name__)
print(-2 ** 2, (-2) ** 2, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(2.0 ** 3, 4 ** 0.5, 8 ** (1 / 3), 2 ** 0.5)
print(1.5 ** 2, 10.0 ** 20, 10.0 ** -5)
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 7), pow(-2, 3, 5))
print(pow(2.0, 3), pow(2, -1))
print(pow(3, -1, 7))
print(0 ** 5, 1 ** 1000, (-1) ** 1001)
print(2 ** 64, -(2 ** 63))
print(0.0 ** 0, 1.0 ** 5)
x = 3
x **= 4
print(x)
