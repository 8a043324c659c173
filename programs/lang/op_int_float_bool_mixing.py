# Mixing int, float and bool in arithmetic and comparisons.
print(1 + 2.0, 3 * 0.5, 2 - True, True + True, False * 10)
print(type(1 + 1.0).__name__, type(True + 1).__name__, type(True + False).__name__)
print(True / 2, True // 1, -True, ~True, +False)
print(1 == 1.0, 1 == True, 0 == False, 2 == True)
print(1 < 1.5 < 2, 0.1 + 0.2 == 0.3, 0.5 + 0.25 == 0.75)
print(sum([True, True, False]), sum([1, 2.5]))
print(max(1, 2.0), max(2.0, 2), min(1, True), min(True, 1))
print(int(True), float(False), bool(0.0), bool(-0.0), bool(2))
print(10 // 3.0, 10 % 3.0, 2 ** 0.5 * 2 ** 0.5)
print(1e16 + 1, 10 ** 16 + 1)
print(3 * "ab", "ab" * True, [0] * 3)
print(hash(1) == hash(1.0) == hash(True))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)
print(round(2.675, 2), 0.1 * 3)
