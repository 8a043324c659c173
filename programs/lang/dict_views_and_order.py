# Insertion order, views (keys/values/items), iteration, reinsertion.
d = {}
d["zebra"] = 1
d["apple"] = 2
d["mango"] = 3
print(d, list(d))
d["zebra"] = 10
print(list(d.items()))
del d["zebra"]
d["zebra"] = 100
print(list(d.keys()))
keys = d.keys()
values = d.values()
items = d.items()
print(keys, values, items)
d["new"] = 0
print(keys, len(values), ("new", 0) in items, "apple" in keys)
print(list(reversed(d)), list(reversed(d.values())))
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(f"{k}={v}", end=" ")
print()
print(sorted(d.values()), max(d, key=d.get), sum(d.values()))
try:
    for k in d:
        d["another"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
print(d.keys() & {"apple", "x"}, type(d.keys()).__name__)
print(d.keys() - {"apple", "mango", "zebra", "another"}, list(d.keys() | {"apple"}) == list(d.keys() | {"apple"}))
