# Keyword-only parameters after * or *args.
def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2))
print(f(1, c=5, b=4))
try:
    f(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)
def g(*args, sep=", ", end="."):
    return sep.join(str(a) for a in args) + end
print(g(1, 2, 3))
print(g(1, 2, sep="-", end="!"))
def h(*, x, y):
    return x - y
print(h(y=1, x=10))
def kwonly_with_kwargs(a, *, flag=False, **rest):
    return a, flag, rest
print(kwonly_with_kwargs(1, flag=True, other=2))
print(f.__kwdefaults__)
