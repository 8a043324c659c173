# Constant folding as CPython's AST optimizer does it: each line below loads
# one constant (or keeps the operation CPython keeps: one that raises, or
# one whose result would be too big).
n = -1
kib = 2**10
big = 2**200
mask = ~0xff
half = 1 / 2
no = not 1
letter = 'abc'[1]
pair = (1, 2) + (3,)
line = '-' * 40
long_line = '-' * 5000
nested = ((1, -2), ('a' * 2, None))
shift = 1 << 100
too_far = 1 << 200
fmt = '%d' % 5
seq = [1, 2, 3]
x = 5
inside = x in [1, 2, 3]
outside = not x in (1, 2)
same = not x is None
print(n, kib, big, mask, half, no, letter, pair, len(line), len(long_line), nested, shift, too_far, fmt, seq, inside, outside, same)
