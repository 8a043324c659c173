# Nested comprehensions and multiple for/if clauses.
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([x for row in matrix for x in row])
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix if sum(row) > 6 for x in row if x % 2 == 0])
print([(x, y, z) for x in range(1, 15) for y in range(x, 15) for z in range(y, 15) if x * x + y * y == z * z])
print({i: {j: i * j for j in range(1, 3)} for i in range(1, 3)})
print([[c for c in word] for word in ["ab", "cd"]])
flat = [y for x in [[1, [2]], [3, [4]]] for y in x]
print(flat)
print([sum(x for x in row) for row in matrix])
print([[0 for _ in range(2)] for _ in range(3)])
print(["".join(p) for p in [(a, b) for a in "xy" for b in "12"]])
