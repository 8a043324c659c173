# iter() and next() with default; iterator exhaustion.
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e))
s = iter("ab")
print(list(s), list(s))
d = iter({"x": 1, "y": 2})
print(next(d), next(d))
r = iter(range(3))
print(next(r), iter(r) is r, list(r))
it2 = iter([10, 20, 30])
for x in it2:
    print("got", x)
    if x == 10:
        print("skipping", next(it2))
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
t = iter((1, 2, 3, 4))
print(list(zip(t, t)))
