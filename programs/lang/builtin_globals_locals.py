# globals() and locals().
x = 10
def f(a, b=2):
    c = a + b
    loc = locals()
    return sorted(loc.items())
print(f(1))
g = globals()
print(g["x"], "f" in g, g["__name__"])
g["created"] = "via globals()"
print(created)
def show_locals():
    y = 5
    return list(locals().keys())
print(show_locals())
print(locals() is globals())
class C:
    attr = 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(C.names)
