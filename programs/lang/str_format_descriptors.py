# object.__format__ called directly is object's own (no spec allowed), and a
# wrong self for the dunders CPython defines as plain methods is worded as
# for any method.


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, repr(r))


show("object.__format__(1, 'd')", lambda: object.__format__(1, "d"))
show("object.__format__(1.5, 'f')", lambda: object.__format__(1.5, "f"))
show("object.__format__('a', '')", lambda: object.__format__("a", ""))
show("object.__format__(1, '')", lambda: object.__format__(1, ""))
show("object.__format__([1], '>5')", lambda: object.__format__([1], ">5"))
show("str.__format__(1, '')", lambda: str.__format__(1, ""))
show("int.__format__('a', '')", lambda: int.__format__("a", ""))
show("float.__format__(1, '')", lambda: float.__format__(1, ""))
show("float.__format__(1.0, '.2')", lambda: float.__format__(1.0, ".2"))
show("int.__format__(True, 'x')", lambda: int.__format__(True, "x"))
show("int.__round__(1.5)", lambda: int.__round__(1.5))
show("float.__trunc__('x')", lambda: float.__trunc__("x"))
show("float.__floor__('x')", lambda: float.__floor__("x"))
show("int.__ceil__(1.5)", lambda: int.__ceil__(1.5))
show("str.__getnewargs__(1.5)", lambda: str.__getnewargs__(1.5))
show("list.__getitem__(1.5, 0)", lambda: list.__getitem__(1.5, 0))
show("dict.__getitem__(1.5, 0)", lambda: dict.__getitem__(1.5, 0))
show("str.__len__(1.5)", lambda: str.__len__(1.5))
show("int.__index__(1.5)", lambda: int.__index__(1.5))
for v in [b"x", [1], (1,), {1: 2}, None, range(3), Ellipsis]:
    show("format " + repr(v), lambda: (format(v, ""), f"{v!s:>12}"))
    show("format spec " + repr(v), lambda: format(v, ">5"))
