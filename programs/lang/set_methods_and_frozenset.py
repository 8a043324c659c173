# set methods and frozenset.
s = {1, 2}
s.add(3)
s.add(2)
print(s)
s.update([4, 5], (6,))
print(s)
s.discard(10)
s.discard(6)
s.remove(5)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)
print(s.pop() in {1, 2, 3, 4}, len(s))
t = {1, 2, 3, 4}
print(t.union({5}, [6]), t.intersection([2, 3, 9]), t.difference({1}), t.symmetric_difference({4, 5}))
print(t.issubset(range(10)), t.issuperset([1, 2]), t.isdisjoint({7, 8}), t.isdisjoint({4}))
u = t.copy()
u.clear()
print(u, t)
t.intersection_update({1, 2, 7})
print(t)
t.difference_update({1})
print(t)
t.symmetric_difference_update({2, 3})
print(t)
f = frozenset([3, 1, 2, 3])
print(f, type(f).__name__, len(f), 2 in f)
print(f | {9}, sorted({9} | f), f & {1, 2}, f - {1})
print(frozenset(), frozenset({1}) == {1}, hash(frozenset()) == hash(frozenset()))
d = {frozenset({1, 2}): "fs key"}
print(d[frozenset({2, 1})])
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
print({frozenset({1}), frozenset({1})}, sorted(frozenset({5, 4})))
