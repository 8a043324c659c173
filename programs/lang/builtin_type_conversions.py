# str, repr, bool, list, tuple, dict, set, frozenset, float constructors.
print(str(), str(1), str([1, "a"]), str(None), str(b"x"), str("s"))
print(repr("it's"), repr('say "hi"'), repr("a\nb"), repr(1.0), repr([None]))
print(bool(), bool(0), bool(1), bool(""), bool(" "), bool([]), bool([0]), bool({}), bool(None), bool(0.0))
print(list(), list("ab"), list((1, 2)), list(range(3)), list({1: 2}), list({5}))
print(tuple(), tuple([1]), tuple("ab"), tuple(x for x in range(2)))
print(dict(), dict(a=1), dict([(1, 2)]), dict({"k": "v"}), dict(zip("ab", range(2))))
print(set(), set([1, 1, 2]), set("a"), set(range(3)), frozenset([1]), frozenset())
print(float(), float(1), float("1.5"), float("-1e3"), int(), int(9.9))
try:
    list(5)
except TypeError as e:
    print("TypeError:", e)
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
print(str(123).zfill(5), list(str(123)), int("".join(["4", "2"])))
print(type(str(1)).__name__, type(repr(1)).__name__, repr(repr("x")))
