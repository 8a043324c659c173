# string.Template ($-substitution) and string.Formatter (str.format as
# overridable methods).
import string


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, repr(r))


T = string.Template
values = dict(a="A", b="B", b_1="B1", ab_c="ABC", _="U", A="caps", A_b9="Ab9")
for text in ["$a", "${a}", "$$a", "$$$a", "a$", "$", "$1", "${1}", "${a", "${}", "$ {a}",
             "x${a}y$b_1z", "$a$b", "${a}b", "$ab_c.d", "$_", "$é", "line1\nline2 $ x",
             "\n\n$", "$A", "${A_b9}", "$$", "$a$"]:
    tpl = T(text)
    print(repr(text))
    show("  substitute", lambda: tpl.substitute(values))
    show("  safe_substitute", lambda: tpl.safe_substitute(a=1))
    show("  identifiers", lambda: tpl.get_identifiers())
    show("  valid", lambda: tpl.is_valid())

show("keywords win", lambda: T("$a $b").substitute({"a": 1, "b": 2}, b=3))
show("missing key", lambda: T("$a $c").substitute({"a": 1}, b=3))
show("two mappings", lambda: T("$a").substitute({"a": 1}, {"a": 2}))
show("keyword named mapping", lambda: T("$mapping").substitute(mapping=5))
show("keyword named self", lambda: T("$self").substitute(self=5))
show("not a template string", lambda: T(5).substitute())
show("values through str()", lambda: T("$a|$b|$c").substitute(a=None, b=[1, "x"], c=(1, 2)))
show("template attribute", lambda: (T("$a").template, T.delimiter, T.__module__))


class Doubling(dict):
    def __missing__(self, key):
        return key * 2


show("__missing__", lambda: T("$ab ${cd}").substitute(Doubling()))


class Percent(T):
    delimiter = "%"


class Braces(T):
    delimiter = "{{"


show("delimiter %", lambda: Percent("%a %% %{b} %").safe_substitute(a=1, b=2))
show("delimiter {{", lambda: Braces("{{a {{{{ {{{b}").safe_substitute(a=1, b=2))

F = string.Formatter()
cases = [("{} {}", (1, 2), {}), ("{0} {1} {0}", ("a", "b"), {}), ("{x!r:>6}", (), {"x": "q"}),
         ("{0.real}", (3,), {}), ("{0[1]}", ([5, 6],), {}), ("{a[k]}", (), {"a": {"k": "v"}}),
         ("{:{}}", ("x", 5), {}), ("{0:{1}}", ("x", ">5"), {}), ("{} {1}", (1, 2), {}),
         ("{1} {}", (1, 2), {}), ("{!x}", (1,), {}), ("{", (), {}), ("}", (), {}),
         ("{{}}", (), {}), ("{2}", (1,), {}), ("{y}", (), {}), ("{:{:{:{}}}}", (1, 2, 3, 4), {}),
         ("{0!s:^9}", (1.5,), {}), ("{!a}", ("é",), {}), ("{0.x}", (1,), {}), ("{0[}", (1,), {}),
         ("{0]}", (1,), {}), ("a{0:}b", (7,), {}), ("{-1}", (7,), {}), ("{0[-1]}", ([7, 8],), {})]
for fs, args, kwargs in cases:
    print(repr(fs))
    show("  format", lambda: F.format(fs, *args, **kwargs))
    show("  parse", lambda: list(F.parse(fs)))
show("get_field", lambda: F.get_field("0.real", (5,), {}))
show("get_value", lambda: (F.get_value(0, (5,), {}), F.get_value("k", (), {"k": 1})))
show("convert_field", lambda: F.convert_field("x", "r"))
show("bad conversion", lambda: F.convert_field("x", "q"))
show("format_field", lambda: F.format_field(3.14159, ".2f"))
show("no format string", lambda: F.format())
show("parse non-str", lambda: list(F.parse(5)))


class Loud(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return "<" + key + ">"
        return super().get_value(key, args, kwargs)

    def check_unused_args(self, used, args, kwargs):
        print("used", sorted(map(str, used)))


show("subclass", lambda: Loud().format("{} {name} {missing} {0:x}", 255, name="bob"))
