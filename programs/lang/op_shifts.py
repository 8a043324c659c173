# Left and right shifts on positive, negative and big ints.
print(1 << 0, 1 << 1, 1 << 10, 1 << 64, 1 << 100)
print(1024 >> 1, 1024 >> 10, 1024 >> 11, 1024 >> 100)
print(-1 >> 1, -1 >> 100, -8 >> 1, -9 >> 1, -9 >> 2)
print(-1 << 3, -5 << 2, -(1 << 70) >> 69)
print(5 << 2 >> 1, (5 << 2) >> 1, 1 + 1 << 2, 1 + (1 << 2))
print(3 << 31, 3 << 32, 0xFF << 24)
print(2 ** 100 >> 98, (2 ** 100 + 1) >> 1)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
print(True << 3, False >> 1)
x = 1
x <<= 40
print(x)
x >>= 38
print(x)
