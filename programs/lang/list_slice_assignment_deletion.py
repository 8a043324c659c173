# Slice assignment and deletion.
a = list(range(10))
a[2:5] = ["x", "y"]
print(a)
a[:0] = [-1, -2]
print(a)
a[len(a):] = [100]
print(a)
a[1:3] = []
print(a)
a[::2] = "ABCDEF"[:len(a[::2])]
print(a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
b = [1, 2, 3, 4, 5, 6]
del b[::2]
print(b)
b = [1, 2, 3, 4, 5, 6]
del b[1:-1]
print(b)
c = [0, 1, 2, 3, 4, 5, 6, 7]
c[5:1:-1] = "abcd"
print(c)
d = [1, 2, 3]
d[1:2] = range(5)
print(d)
d[:] = []
print(d)
e = [1, 2, 3]
alias = e
e[:] = [9]
print(alias)
f = [1, 2, 3]
f[10:20] = [4]
print(f)
del f[:]
print(f)
g = list(range(6))
del g[-2:]
del g[::-2]
print(g)
