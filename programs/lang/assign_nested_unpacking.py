# Nested unpacking in assignments and for loops.
data = [("alice", (30, "NY")), ("bob", (25, "LA"))]
for name, (age, city) in data:
    print(name, age, city)
((a, b), (c, d)) = [[1, 2], [3, 4]]
print(a, b, c, d)
[x, [y, [z]]] = (1, (2, (3,)))
print(x, y, z)
point = {"pt": (10, 20)}
(px, py), = point.values()
print(px, py)
pairs = [(1, [2, 3]), (4, [5, 6])]
for n, [m, o] in pairs:
    print(n + m + o)
(s1, s2), s3 = "ab", "c"
print(s1, s2, s3)
matrix = [[1, 2, 3], [4, 5, 6]]
(r0c0, *r0rest), (*r1init, r1c2) = matrix
print(r0c0, r0rest, r1init, r1c2)
