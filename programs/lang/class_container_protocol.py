# __len__, __getitem__, __setitem__, __delitem__, __contains__.
class Registry:
    def __init__(self):
        self._data = {}
    def __len__(self):
        return len(self._data)
    def __getitem__(self, key):
        print("get", key)
        return self._data[key]
    def __setitem__(self, key, value):
        print("set", key, value)
        self._data[key] = value
    def __delitem__(self, key):
        print("del", key)
        del self._data[key]
    def __contains__(self, key):
        return key in self._data
r = Registry()
r["a"] = 1
r["b"] = 2
print(len(r), r["a"])
print("a" in r, "z" in r, "z" not in r)
del r["a"]
print(len(r), bool(r))
r["b"] += 5
print(r._data)
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10
s = Seq()
print(list(s), 20 in s, 25 in s)
for v in s:
    print("item", v)
class Sliceable:
    def __getitem__(self, key):
        return key
sl = Sliceable()
print(sl[1], sl[1:5], sl[::2], sl[1, 2], sl["k"])
