# hasattr, getattr, setattr, delattr
class Thing:
    kind = "class"
    def __init__(self):
        self.x = 1
    @property
    def broken(self):
        raise ValueError("inside property")
    @property
    def missing(self):
        raise AttributeError("no such thing")
class Dyn:
    def __getattr__(self, name):
        if name.startswith("d_"):
            return name.upper()
        raise AttributeError(name)
t = Thing()
print(hasattr(t, "x"), hasattr(t, "kind"), hasattr(t, "nope"), hasattr(t, "missing"), hasattr(Thing, "x"))
try:
    hasattr(t, "broken")
except ValueError as e:
    print("ValueError:", e)
print(getattr(t, "x"), getattr(t, "nope", None), getattr(t, "missing", "dflt"), getattr(Thing, "kind"))
try:
    getattr(t, "broken", "dflt")
except ValueError as e:
    print("ValueError:", e)
d = Dyn()
print(hasattr(d, "d_a"), hasattr(d, "zz"), getattr(d, "d_b"), getattr(d, "zz", 0))
setattr(t, "y", [2])
setattr(Thing, "kind", "changed")
print(t.y, t.kind, Thing.kind)
delattr(t, "y")
print(hasattr(t, "y"), sorted(vars(t)))
delattr(Thing, "kind")
print(hasattr(t, "kind"))
try:
    delattr(t, "y")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(t, "zzz")
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(5, "real"), getattr("abc", "upper")(), getattr([], "nope", "no"))
