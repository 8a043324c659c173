# str.format, format_map, %, encode, maketrans and translate.
print("{} {}".format(1, 2), "{1} {0}".format("a", "b"), "{x} {y}".format(x=1, y=2), "{0[1]} {1.real}".format([5, 6], 3))
print("{:>6.2f}|{:<5}|{:^5}|{:+d}|{:x}|{!r}|{!s}".format(3.14159, "ab", "c", 5, 255, "q", 1))
print("{{literal}} {}".format(0), "{:{w}.{p}f}".format(2.5, w=8, p=3), "{0}{0}".format("x"))
print("{name}-{0}".format(7, name="n"), "{:,}".format(1234567), "{:%}".format(0.25), "{:e}".format(12345.678))
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{a} {b}".format_map({"a": 1, "b": 2}), "{x} {y}".format_map(Default(x="X")))
print("%s %r" % ("s", "r"), "%5d|%-5d|%05d" % (42, 42, 42), "%.3f %e %g" % (1.5, 1.5, 1.5))
print("%x %X %o %c %%" % (255, 255, 8, 65), "%(a)s and %(b)d" % {"a": "A", "b": 2}, "%s" % [1, 2])
print("héllo".encode(), "héllo".encode("utf-8"), "abc".encode("ascii"), "é".encode("latin-1"))
print("aé€".encode("ascii", "replace"), "aé€".encode("ascii", "ignore"), "aé€".encode("ascii", "backslashreplace"))
print("aé€".encode("ascii", "xmlcharrefreplace"), "x".encode(encoding="utf8"), "é".encode("L1"), "€".encode("UTF-8"))
t = str.maketrans("abc", "xyz")
print(t, "aabbcc".translate(t), str.maketrans("ab", "cd", "e"), "abcde".translate(str.maketrans("ab", "cd", "e")))
print(str.maketrans({"a": "1", "b": None, 99: "C"}), "abcd".translate({ord("a"): "AA", ord("b"): None, 100: 68}))
print("abc".translate({}), "hello".translate({108: None}), "abc".translate([]))
