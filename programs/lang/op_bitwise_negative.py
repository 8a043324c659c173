# Bitwise operators, including on negative numbers (two's complement semantics).
print(12 & 10, 12 | 10, 12 ^ 10, ~12)
print(-12 & 10, -12 | 10, -12 ^ 10, ~-12)
print(-1 & 255, -256 & 255, -1 | 0, -1 ^ 0)
print(~0, ~-1, ~5, ~(-6))
print(-5 & -3, -5 | -3, -5 ^ -3)
print(bin(-5), bin(-5 & 0xFF), hex(-255))
print(0xF0F0 & 0x0FF0, 0xF0F0 | 0x000F, 0xFFFF ^ 0x00FF)
print(True & False, True | False, True ^ True, type(True & True).__name__)
print(2 ** 70 & -1 == 2 ** 70)
x = 0b1011
print(x & 1, x & 2, x & 4, x & 8)
print(-(2 ** 65) & (2 ** 64 - 1), -(2 ** 65) | 1)
print((-2 ** 10) ^ 123, -2 ** 10 & -2 ** 5)
