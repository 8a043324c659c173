# __getattr__ is called only for missing attributes.
class Dynamic:
    existing = "class attr"
    def __init__(self):
        self.real = "instance attr"
    def __getattr__(self, name):
        if name.startswith("x_"):
            return name[2:].upper()
        raise AttributeError(f"no attribute {name!r}")
d = Dynamic()
print(d.real, d.existing, d.x_hello)
print(getattr(d, "x_abc"), getattr(d, "missing", "default"))
print(hasattr(d, "x_y"), hasattr(d, "nope"))
try:
    d.nope
except AttributeError as e:
    print("AttributeError:", e)
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        print("forwarding", name)
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target)
class Settable:
    def __setattr__(self, name, value):
        print("setting", name, value)
        super().__setattr__(name, value)
s = Settable()
s.a = 1
print(s.a)
