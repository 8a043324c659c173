# repr/str of nested containers, quote selection, recursive structures.
print([1, "a", 'b', "it's", 'say "x"', None, True, 1.5])
print((1,), (), ((1, 2),), [[]], [()], {"k": [1, {"n": (2,)}]})
print({1: "a", "b": 2, (1, 2): [3], None: None, 2.5: False})
print(str(["a"]), repr(["a"]), str("a"), repr("a"))
print(["\n", "\t", "\\", "\x00", "é", "中"])
lst = [1, 2]
lst.append(lst)
print(lst)
d = {"self": None}
d["self"] = d
print(d)
a = [1]
b = [a, a]
print(b)
print(repr("'"), repr('"'), repr("'\""), repr(""))
print([set(), frozenset(), {1}], [range(3), slice(1, 2)])
print({"nested": {"deeper": {"deepest": []}}})
print([b"bytes", bytearray(b"ba")], [1e100, -0.0, float("nan")])
print([print, len][1](["x"]))
