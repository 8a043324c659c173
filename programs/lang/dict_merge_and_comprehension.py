# dict | merge, |= update, ** unpacking, comprehension.
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b)
print(b | a)
c = dict(a)
c |= b
print(c, a)
c |= [("w", 0)]
print(c)
print({**a, **b, "extra": True})
print({k: v * 2 for k, v in a.items()})
print({k: v for k, v in (b | a).items() if v > 1})
inverted = {v: k for k, v in c.items()}
print(inverted)
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
groups = {}
for w in words:
    groups.setdefault(w[0], []).append(w)
print(groups)
print({letter: len(ws) for letter, ws in groups.items()})
try:
    a | [("k", 1)]
except TypeError as e:
    print("TypeError:", e)
