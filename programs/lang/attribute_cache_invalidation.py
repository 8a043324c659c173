# Attribute and method sites keep working when what they found changes:
# shadowing instance attributes, properties added and removed, methods
# replaced, __class__ assigned, __setattr__ added to a class later.
class A:
    def f(self):
        return "A.f"
class B:
    def f(self):
        return "B.f"
def get(o):
    return o.x
def setx(o, v):
    o.x = v
def call(o):
    return o.f()
a = A()
out = []
for i in range(3):
    setx(a, i)
    out.append(get(a))
    out.append(call(a))
# the instance dict shadows the method
a.f = lambda: "instance f"
out.append(call(a))
del a.f
out.append(call(a))
# a class attribute becomes a property after the sites were cached
A.x = property(lambda self: "property x", lambda self, v: out.append(("set", v)))
out.append(get(a))
setx(a, 99)
del A.x
out.append(get(a))
# the method is replaced on the class
A.f = lambda self: "new A.f"
out.append(call(a))
# __class__ assignment
a.__class__ = B
out.append(call(a))
# __setattr__ added later
def spy(self, name, value):
    out.append(("spy", name, value))
    object.__setattr__(self, name, value)
B.__setattr__ = spy
setx(a, 5)
out.append(get(a))
# attributes of other kinds of objects through the same sites
import math
class M: pass
m = M()
setx(m, "m")
out.append(get(m))
def f(): pass
setx(f, "fn")
out.append(get(f))
out.append(call(type("C", (), {"f": lambda self: "C.f"})()))
print(out)
