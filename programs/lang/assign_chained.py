# Chained assignment binds the same object to every target.
a = b = c = 5
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
d = {}
d["k"] = d2 = [0]
d2.append(1)
print(d)
p = q = (1, 2)
print(p == q)
i = lst = None
lst = [0, 0, 0]
i = lst[i] = 2
print(i, lst)
m, n = o = (3, 4)
print(m, n, o)
class C: pass
obj = C()
obj.v = w = "val"
print(obj.v, w)
