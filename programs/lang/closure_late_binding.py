# Closures capture variables, not values (late binding).
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
def make_adders():
    adders = []
    for n in range(3):
        def add(x):
            return x + n
        adders.append(add)
    return adders
print([a(10) for a in make_adders()])
def make_multiplier(m):
    def mul(x):
        return x * m
    return mul
double, triple = make_multiplier(2), make_multiplier(3)
print(double(5), triple(5))
def counter_factory():
    value = [0]
    def bump():
        value[0] += 1
        return value[0]
    return bump
b = counter_factory()
b(); b()
print(b())
def rebinding():
    x = 1
    f = lambda: x
    x = 2
    return f()
print(rebinding())
print(double.__closure__ is not None, len(double.__closure__))
