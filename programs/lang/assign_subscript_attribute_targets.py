# Assignment to subscripts, slices and attributes, including in unpacking.
lst = [0, 0, 0, 0]
lst[0] = "a"
lst[-1] = "z"
print(lst)
d = {}
d["x"] = 1
d[(1, 2)] = "tuple key"
print(d)
class Box:
    pass
b = Box()
b.value = 10
b.items = [1, 2]
b.items[0] = 100
print(b.value, b.items)
lst[1], lst[2] = "b", "c"
print(lst)
b.x, d["y"] = 5, 6
print(b.x, d["y"])
grid = [[0] * 3 for _ in range(3)]
grid[1][2] = 7
grid[2][0] = grid[1][2] + 1
print(grid)
i = 0
i, lst[i] = 2, "changed"
print(i, lst)
nested = {"a": {"b": [0, 0]}}
nested["a"]["b"][1] = "deep"
print(nested)
b.inner = Box()
b.inner.name = "inner"
print(b.inner.name)
