# __hash__ and __eq__: objects as dict keys and set members.
class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __eq__(self, other):
        return isinstance(other, Key) and (self.a, self.b) == (other.a, other.b)
    def __hash__(self):
        return hash((self.a, self.b))
    def __repr__(self):
        return f"Key({self.a}, {self.b})"
d = {Key(1, 2): "first"}
print(d[Key(1, 2)])
d[Key(1, 2)] = "replaced"
print(len(d), d)
s = {Key(1, 1), Key(1, 1), Key(2, 2)}
print(len(s))
print(Key(2, 2) in s, Key(3, 3) in s)
class EqOnly:
    def __eq__(self, other):
        return True
print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError:", e)
class Plain:
    pass
p = Plain()
print(hash(p) == hash(p), p == p, p == Plain())
class ConstHash:
    def __hash__(self):
        return 42
print(hash(ConstHash()))
print(hash(1), hash(-1), hash(0), hash(True), hash(2**61 - 1), hash(2**61))
print(hash((1, 2)) == hash((1, 2)), hash(1.0) == hash(1))
