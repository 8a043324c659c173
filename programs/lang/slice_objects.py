# slice objects.
s = slice(1, 5)
print(s, s.start, s.stop, s.step)
print(slice(3), slice(None, None, -1), slice(1, 10, 2))
data = list(range(10))
print(data[s], data[slice(None, None, 2)], data[slice(-3, None)])
print("abcdefgh"[slice(1, 7, 2)], (1, 2, 3, 4)[slice(None, None, -1)])
print(slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10))
evens = slice(None, None, 2)
print(data[evens], "hello"[evens])
data[slice(0, 3)] = ["a", "b", "c"]
print(data)
del data[slice(3, None)]
print(data)
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
print(type(s).__name__)
class Recorder:
    def __getitem__(self, key):
        return key
r = Recorder()
print(r[1:2], r[:], r[::3], r[1:2, 3], r[:, 0])
