# lambda expressions.
sq = lambda x: x * x
print(sq(5))
add = lambda a, b=10: a + b
print(add(1), add(1, 2))
print((lambda: "no args")())
print((lambda *a, **k: (a, k))(1, 2, z=3))
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]))
print(list(map(lambda x: x + 1, [1, 2, 3])))
print(list(filter(lambda x: x % 2, range(10))))
compose = lambda f, g: lambda x: f(g(x))
inc_then_sq = compose(sq, lambda x: x + 1)
print(inc_then_sq(3))
print(sq.__name__)
fs = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in fs])
cond = lambda n: "even" if n % 2 == 0 else "odd"
print(cond(4), cond(7))
print((lambda x: (lambda y: x * y))(3)(4))
