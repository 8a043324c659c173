# Indexing, slicing, operators and the special methods of str.
s = "abcdef"
print(s[0], s[-1], s[2:4], s[:3], s[3:], s[::2], s[::-1], s[-2:], s[1:-1], s[10:], s[-100:2], s[4:1], s[5:0:-2])
print(s[True], s[False:2], s[1:5:2], "xyz"[::-1][0])
print(len(s), s.__len__(), "cd" in s, "x" in s, "" in s, s.__contains__("ab"), "é" in "café")
print(s + "gh", "ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2, "ab" * True)
print(str.__add__("a", "b"), "ab".__mul__(2), "ab".__rmul__(3))
print("%s-%d" % ("x", 5), str.__mod__("%05.1f", 2.25), "x".__rmod__(5), "%s!".__mod__(("hi",)))
print("a" < "b", "a" < "B", "abc" <= "abd", "b" > "abc", "Z" >= "a", "a" == "a", "a" != "a")
print("a".__lt__(1), "a".__eq__(1), "a".__eq__("a"), str.__ne__("a", "b"), str.__ge__("b", "a"))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\tnl\n\\"), repr("\x00\x7f\x80é中"))
print(str(42), str(4.5), str(None), str([1, "a"]), str(), str("x"), str(object="kw"), str(b"raw"))
print(str(b"caf\xc3\xa9", "utf-8"), str(b"abc", encoding="ascii"), str(b"\xff", "utf-8", "replace"))
print(hash("abc") == hash("abc"), hash("abc") == "abc".__hash__(), list(iter("abc")), [c for c in "héllo"])
print("abc".__getitem__(1), "abc".__getitem__(1), "abc".__repr__(), "abc".__str__())
print(format("abc", ">5"), "abc".__format__("^7"), f"{'x':*<4}", "{:.2}".format("abcdef"))
print(str.upper("abc"), str.join("-", "ab"), str.split("a b"), type(str.upper).__name__, type("a".upper).__name__)
class Name(str):
    def shout(self):
        return self.upper() + "!"
n = Name("hi")
print(n.shout(), n + " there", len(n), isinstance(n, str), repr(n), n == "hi", "hi" == n, n[1], n * 2)
print(type(n).__name__, type(n.upper()).__name__, type(str(n)).__name__, "i" in n, n.startswith("h"), f"[{n}]")
print("x".join([n, n]), "hi there".startswith(n), n.split("i"), sorted([Name("b"), "a"]), n < "z")
