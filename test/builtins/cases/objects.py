# len, repr, ascii, hash, format, callable
class Sized:
    def __len__(self):
        return 7
class Shown:
    def __repr__(self):
        return "Shown()"
    def __format__(self, spec):
        return "fmt[" + spec + "]"
print(len("héllo"), len([1, 2]), len((1,)), len({1: 2}), len({3}), len(range(5)), len(Sized()))
print(repr("a'b"), repr([1, "x"]), repr(Shown()), repr(None), repr(1.5))
print(ascii("é😀\n"), ascii(["ü"]), ascii(Shown()))
print(hash(1) == hash(1.0) == hash(True), hash("abc") == hash("ab" + "c"), hash((1, 2)) == hash((1, 2)))
print(hash(-1), hash(2**61), hash(0.5))
print(format(1234567, ","), format(3.14159, ".2f"), format("x", "^5"), format(5), format(Shown(), "abc"), format(True))
print(callable(len), callable(print), callable(int), callable(lambda: 1), callable(Shown), callable(Shown()))
class Calls:
    def __call__(self):
        return 1
print(callable(Calls()), callable([].append), callable(Shown().__repr__), callable(5), callable("s"))
