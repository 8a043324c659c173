# hasattr, getattr, setattr, delattr, vars, dir.
class Thing:
    cls_attr = "class"
    def __init__(self):
        self.a = 1
    def method(self):
        return "m"
t = Thing()
print(hasattr(t, "a"), hasattr(t, "cls_attr"), hasattr(t, "method"), hasattr(t, "zzz"))
print(getattr(t, "a"), getattr(t, "zzz", "default"), getattr(t, "method")())
setattr(t, "b", 2)
setattr(t, "a", 100)
print(t.a, t.b, vars(t))
delattr(t, "b")
print(vars(t), hasattr(t, "b"))
try:
    getattr(t, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(t, "missing")
except AttributeError as e:
    print("AttributeError:", e)
print([n for n in dir(t) if not n.startswith("__")])
print("method" in dir(Thing), "a" in dir(Thing), "a" in dir(t))
print(sorted(k for k in vars(Thing) if not k.startswith("__")))
setattr(Thing, "added", staticmethod(lambda: "static!"))
print(t.added(), Thing.added())
name = "dyn"
setattr(t, name + "_attr", [1])
print(getattr(t, "dyn_attr"), t.__dict__)
print(getattr([1, 2], "count")(1), getattr("abc", "upper")())
print(dir([]) == sorted(dir([])), "append" in dir(list))
