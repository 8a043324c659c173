# Tuple/list unpacking with *rest.
a, b = 1, 2
print(a, b)
[c, d] = "xy"
print(c, d)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = range(5)
print(init, last)
h, *mid, t = "abcde"
print(h, mid, t)
x, *empty, y = (1, 2)
print(x, empty, y)
*everything, = (7, 8)
print(everything)
(p, q), r = (1, 2), 3
print(p, q, r)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
a, (b, *c), *d = 1, (2, 3, 4), 5, 6
print(a, b, c, d)
print(type(rest).__name__, type(mid).__name__)
[e, f], [g, *hh] = [[1, 2], [3]]
print(e, f, g, hh)
