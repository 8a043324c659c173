# Small-int fast paths of + - * % // & | ^ >> << and their in-place forms agree
# with arbitrary-precision ints around every boundary (int32, 2**53).
import random
random.seed(5)
vals = [0, 1, -1, 2, -2, 3, -3, 7, -7, 100, -100, 2**31 - 1, -2**31, 2**31, -2**31 - 1, 2**40 + 3, -(2**40) - 3, 2**53 - 1, -(2**53 - 1), 2**53, 10**20, -10**20]
vals += [random.randint(-10**6, 10**6) for _ in range(30)] + [random.randint(-2**52, 2**52) for _ in range(30)]
out = []
for a in vals:
    for b in vals:
        row = [a + b, a - b, a * b, a & b, a | b, a ^ b]
        if b != 0:
            row += [a % b, a // b]
        if 0 <= b < 70:
            row += [a >> b, a << b]
        out.append(hash(tuple(row)) % 1000003)
        x = a
        x %= b if b else 1
        x //= b if b else 1
        x &= b; x |= 3; x ^= b; x >>= 3
        out.append(x % 1000003)
print(sum(out), len(out), out[:20])
