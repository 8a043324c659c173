# collections.defaultdict with several default factories.
from collections import defaultdict
groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(groups)
print(dict(groups), groups["z"], len(groups))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()))
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 1
nested["a"]["y"] += 2
print({k: dict(v) for k, v in nested.items()})
s = defaultdict(set)
s["k"].add(1)
s["k"].add(1)
print(s["k"], "missing" in s, s.get("missing"), "missing" in s)
d = defaultdict(None)
try:
    d["x"]
except KeyError as e:
    print("KeyError:", e)
print(isinstance(groups, dict), groups.default_factory)
