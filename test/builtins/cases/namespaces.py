# globals(), locals(), vars() and dir() in module, function and class scope
x = 10
print(locals() is globals(), vars() is globals(), globals()["x"], globals()["__name__"])
g = globals()
g["made"] = "via globals()"
print(made, "made" in dir(), dir() == sorted(dir()))
def f(a, b=2, *args, **kw):
    c = a + b
    loc = locals()
    return sorted(loc)
print(f(1))
def closure(p):
    q = 1
    def inner():
        r = p + q
        return locals()
    def peek():
        return p
    return inner(), sorted(locals())
print(closure(5))
def order(a, b):
    c = 1
    def g():
        return a + c
    d = 2
    return list(locals())
print(order(1, 2))
def same():
    a = 1
    first = locals()
    del a
    b = 2
    second = locals()
    return first is second, sorted(second), "a" in second
print(same())
def unbound():
    before = sorted(locals())
    late = 1
    return before
print(unbound())
def names():
    z = 1
    y = 2
    return dir(), vars() == locals()
print(names())
def globs():
    return globals() is g, "f" in globals()
print(globs())
class C:
    attr = 1
    seen = sorted(k for k in locals() if not k.startswith("__"))
    here = vars() is locals()
    d = [n for n in dir() if not n.startswith("__")]
print(C.seen, C.here, C.d)
class P:
    kind = "p"
    def __init__(self):
        self.a = 1
        self.b = 2
p = P()
print(vars(p), vars(p) is p.__dict__, "kind" in vars(P), vars(P)["kind"])
vars(p)["c"] = 3
print(p.c, [n for n in dir(p) if not n.startswith("_")], [n for n in dir(P) if not n.startswith("_")])
print("__init__" in dir(P), "__class__" in dir(p), "append" in dir([]), dir([]) == sorted(dir([])))
import math
print("sqrt" in dir(math), "pi" in vars(math), vars(math) is math.__dict__)
class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]
print(dir(Custom()))
