# id() used only for identity comparisons.
a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(b), id(a) == id(c), id(a) != id(c))
print(type(id(a)).__name__)
def same(x, y):
    return id(x) == id(y)
print(same(a, b), same(a, a[:]), same(None, None))
class Obj: pass
o = Obj()
ids = {id(o)}
o.attr = 1
print(id(o) in ids)
lst = [o, o]
print(id(lst[0]) == id(lst[1]))
s = "text"
print(id(s) == id(s))
def ret(x):
    return x
print(id(ret(a)) == id(a))
