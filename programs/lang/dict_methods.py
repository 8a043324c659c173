# dict methods.
d = {"a": 1, "b": 2}
print(d["a"], d.get("a"), d.get("z"), d.get("z", 0))
d["c"] = 3
print(d, len(d), "c" in d, 3 in d)
print(d.pop("b"), d, d.pop("zz", "default"))
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
print(d.setdefault("a", 100), d.setdefault("n", []), d)
d["n"].append(1)
d.update({"x": 9}, y=10)
d.update([("z", 0)])
print(d)
print(d.popitem(), d)
e = d.copy()
e["a"] = "changed"
print(d["a"], e["a"])
print(dict.fromkeys(["p", "q"]), dict.fromkeys("ab", 0))
print(dict(a=1, b=2), dict([("k", "v")]), dict({"m": 1}, n=2), dict(zip("xy", [1, 2])))
d.clear()
print(d)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    {"a": 1}["b"]
except KeyError as e:
    print("KeyError:", e, repr(e))
print({1: "a", 1.0: "b"}, {(1, 2): 3}, {None: 0})
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
print({"a": 1} == {"a": 1}, {"a": 1, "b": 2} == {"b": 2, "a": 1})
