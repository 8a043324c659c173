# f-string conversions !r, !s, !a.
s = "text"
class P:
    def __str__(self):
        return "P-str"
    def __repr__(self):
        return "P-repr"
p = P()
print(f"{s}|{s!r}|{s!s}")
print(f"{p}|{p!r}|{p!s}")
print(f"{[p, p]}")
print(f"{'中'!a}|{'中'!r}")
print(f"{3!r} {3.0!r} {None!r}")
q = "quote's"
print(f"{q!r} {chr(39)!r}")
print(f"{s!r:>10}|")
print(f"{s!s:*^10}|")
nl = "a\nb"
print(f"{nl!r}|{nl}")
