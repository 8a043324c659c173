# Positional-only parameters before /.
def f(a, b, /, c, *, d):
    return a, b, c, d
print(f(1, 2, 3, d=4))
print(f(1, 2, c=3, d=4))
try:
    f(1, b=2, c=3, d=4)
except TypeError as e:
    print("TypeError:", e)
def g(x, /, **kw):
    return x, kw
print(g(1, x=2))
def h(a, b=5, /):
    return a + b
print(h(1), h(1, 1))
def pos(a, /):
    return a * 2
print(pos(21))
try:
    pos(a=1)
except TypeError as e:
    print("TypeError:", e)
