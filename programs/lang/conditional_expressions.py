# Conditional (ternary) expressions.
for n in [-2, 0, 3]:
    print(n, "pos" if n > 0 else "zero" if n == 0 else "neg")
x = 5
print("big" if x > 3 else "small")
print((1 if x else 2) + 10)
print([("even" if i % 2 == 0 else "odd") for i in range(4)])
def side(v):
    print("eval", v)
    return v
r = side("a") if side(False) else side("b")
print(r)
print(x if x is not None else "none")
f = (lambda a: a * 2) if x > 0 else (lambda a: -a)
print(f(3))
print(1 if [] else 2 if {} else 3)
