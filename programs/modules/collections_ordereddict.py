# collections.OrderedDict: move_to_end, popitem(last=...), equality.
from collections import OrderedDict
od = OrderedDict()
od["b"] = 2
od["a"] = 1
od["c"] = 3
print(od)
od.move_to_end("b")
print(list(od))
od.move_to_end("c", last=False)
print(list(od))
print(od.popitem(), od)
print(od.popitem(last=False), od)
x = OrderedDict([("k1", 1), ("k2", 2)])
y = OrderedDict([("k2", 2), ("k1", 1)])
print(x == y, dict(x) == dict(y), x == dict(y))
cache = OrderedDict()
def access(key):
    if key in cache:
        cache.move_to_end(key)
    else:
        cache[key] = key.upper()
        if len(cache) > 3:
            cache.popitem(last=False)
for k in "abcadeb":
    access(k)
print(list(cache.items()))
print(OrderedDict.fromkeys("xyz", 0))
