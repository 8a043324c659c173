# Arbitrary-precision integers.
import math
print(2 ** 100)
print(2 ** 100 + 1, 2 ** 100 - 2 ** 99)
print(math.factorial(30))
print(math.factorial(52))
a = 12345678901234567890123456789
b = 98765432109876543210
print(a * b)
print(a // b, a % b, divmod(a, b))
print(-a // b, -a % b)
print(a - b * 1000000000, -a)
print(a == a + 0, a > b, a < -b)
print(2 ** 200 // 3 ** 100)
print(len(str(2 ** 1000)), str(2 ** 1000)[:20])
print(int("9" * 40) + 1)
print(hex(2 ** 100), bin(2 ** 70), oct(2 ** 65))
print(-(2 ** 100) >> 3, (2 ** 100) << 5)
print((2 ** 100) & (2 ** 100 - 1), (2 ** 100) | 1, (2 ** 100) ^ (2 ** 99))
print(abs(-(10 ** 25)), pow(10, 25) == 10 ** 25)
print(sum(range(10 ** 6)))
print(float(2 ** 100), 2 ** 100 / 2 ** 98)
print(10 ** 18 * 10 ** 18)
print(-7 ** 21, (-7) ** 21)
