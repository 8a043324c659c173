# __str__ and __repr__ and their use by print, str, repr, f-strings, containers.
class Both:
    def __str__(self):
        return "Both-str"
    def __repr__(self):
        return "Both-repr"
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
class OnlyStr:
    def __str__(self):
        return "OnlyStr-str"
b, r, s = Both(), OnlyRepr(), OnlyStr()
print(b, r, s)
print(str(b), repr(b), str(r), repr(r))
print([b, r], (b,), {"k": b})
print(f"{b} {b!r} {r}")
print("%s %r" % (b, b))
print("{} {!r}".format(b, r))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"
print(Point(1, "a"))
print([Point(1, 2), Point(3.5, None)])
print(str(Point(0, 0)))
print(repr(s).startswith("<__main__.OnlyStr object at 0x"))
