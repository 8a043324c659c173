# T.__new__(cls) checks cls before the type's own code runs, and
# startswith/endswith look at a tuple's items one at a time.


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, repr(r))


class S(str):
    pass


show("str.__new__(int)", lambda: str.__new__(int))
show("str.__new__(str, 5)", lambda: str.__new__(str, 5))
show("str.__new__(S, 'x')", lambda: (type(str.__new__(S, "x")).__name__, str.__new__(S, "x")))
show("int.__new__(str)", lambda: int.__new__(str))
show("float.__new__(int)", lambda: float.__new__(int))
show("bytes.__new__(int)", lambda: bytes.__new__(int))
show("tuple.__new__(int)", lambda: tuple.__new__(int))
show("list.__new__(dict)", lambda: list.__new__(dict))
show("str.__new__(1)", lambda: str.__new__(1))
show("str.__new__()", lambda: str.__new__())
show("int.__new__(bool)", lambda: type(int.__new__(int, 3)).__name__)

s = "abcabc"
show("startswith match before non-str", lambda: s.startswith(("a", 1)))
show("startswith non-str before match", lambda: s.startswith((1, "a")))
show("startswith no match then non-str", lambda: s.startswith(("x", 1)))
show("endswith match before non-str", lambda: s.endswith(("bc", None)))
show("endswith no match then non-str", lambda: s.endswith(("q", None)))
show("startswith empty tuple", lambda: s.startswith(()))
show("startswith list", lambda: s.startswith(["a"]))
show("endswith range", lambda: s.endswith(("b", "x"), 0, 2))
