# split, rsplit, splitlines, join.
print("a b  c\td\ne".split())
print("a,b,,c".split(","), "a,b,,c".split(",", 1))
print("a,b,c".rsplit(",", 1), "  x  y  ".split(" "))
print("".split(), "".split(","), "   ".split())
print("one::two::three".split("::"))
print("a b c d".split(maxsplit=2), "a b c d".rsplit(maxsplit=2))
print("line1\nline2\r\nline3\rline4".splitlines())
print("x\n\ny\n".splitlines(), "x\ny\n".splitlines(keepends=True))
print("-".join(["a", "b", "c"]), "".join(["x", "y"]), ", ".join([]))
print(" ".join("abc"), "+".join(str(i) for i in range(4)))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
print("k=v=w".split("=", 1), dict(p.split("=") for p in "a=1;b=2".split(";")))
