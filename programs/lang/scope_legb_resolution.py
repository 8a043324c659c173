# LEGB name resolution: local, enclosing, global, builtin.
x = "global"
def outer():
    x = "enclosing"
    def inner():
        x = "local"
        return x
    def inner2():
        return x
    return inner(), inner2()
print(outer())
def uses_global():
    return x
print(uses_global())
def shadow_builtin():
    len = lambda s: "shadowed"
    return len([1, 2, 3])
print(shadow_builtin(), len([1, 2, 3]))
def late_global():
    return later
later = "defined after function"
print(late_global())
def unbound():
    try:
        y = y + 1
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
y = 1
print(unbound())
def conditional_local(flag):
    if flag:
        z = "set"
    return z
print(conditional_local(True))
try:
    conditional_local(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
class K:
    x = "class attr"
    def method(self):
        return x
print(K().method())
def loops():
    for i in range(3):
        pass
    return i
print(loops())
