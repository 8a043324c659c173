# Which str methods hand back a str subclass instance itself, and a str
# subclass as the left operand of `in`.


class S(str):
    def __repr__(self):
        return "S<" + str.__repr__(self) + ">"


s = S("Hello World")
print("partition miss", [type(x).__name__ for x in s.partition("z")])
print("rpartition miss", [type(x).__name__ for x in s.rpartition("z")])
print("partition hit", [type(x).__name__ for x in s.partition("o")])
print("split", [type(x).__name__ for x in s.split("z")])
print("split ws", [type(x).__name__ for x in S("ab").split()])
print("join", type("".join([s])).__name__, type("-".join([s])).__name__)
print("str/format", type(str(s)).__name__, type(format(s)).__name__, type(f"{s}").__name__)
print("%s", type("%s" % s).__name__, type("{}".format(s)).__name__)
print("s.format()", type(s.format()).__name__, type(s.format_map({})).__name__)
print("with braces", type(S("{{}}").format()).__name__, type(S("{}").format(1)).__name__)
print("empty", type(S("").format()).__name__)
print("slice", type(s[:]).__name__, type(s[0:]).__name__)
print("add/mul", type(s + "").__name__, type(s * 1).__name__)
print("methods", type(s.strip("q")).__name__, type(s.ljust(1)).__name__, type(s.replace("x", "y")).__name__)

print("in", S("ab") in "xaby", S("q") in "xaby", "ab" in S("xaby"), S("") in "")
try:
    print(1 in "abc")
except TypeError as e:
    print("TypeError", e)
