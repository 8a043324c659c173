# int / int is correctly rounded for any size of int, as in CPython: huge
# operands, results in the subnormal range, overflow, and random cases.
import random
random.seed(5)
print(10**400 / 10**399, (2**1100) / (2**1000), 2**1024 / 3**646)
print(1 / 2**1074, 3 / 2**1076, 1 / (3 * 2**1070), 1 / 2**1075, 3 / 2**1075, -1 / 2**1074)
print(2**1024 // 1 / 2, (2**1024 - 1) / 1 if False else 'skip')
try:
    print(2**1024 / 1)
except OverflowError as e:
    print('OverflowError:', e)
try:
    print(10**400 / 3)
except OverflowError as e:
    print('OverflowError:', e)
print(-(10**30) / 7, 10**30 / -7, 0 / -5, -0 / 5, (2**53 + 1) / 1, (2**54 + 3) / 2)
vals = []
for i in range(300):
    a = random.randrange(-10**random.randrange(1, 60), 10**random.randrange(1, 60))
    b = random.randrange(1, 10**random.randrange(1, 60)) * random.choice([1, -1])
    vals.append(a / b)
print(sum(vals), vals[:5])
print((2**1023 * 3) / 2 if False else (2**1023 + 2**970) / 1)
