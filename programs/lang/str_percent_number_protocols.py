# %d, %i and %u take any object int() accepts through __int__ or __index__;
# %x and %o need __index__; %f and friends use __float__, else __index__.


class OnlyIndex:
    def __index__(self):
        return 7


class OnlyInt:
    def __int__(self):
        return 9


class OnlyFloat:
    def __float__(self):
        return 2.5


class BadInt:
    def __int__(self):
        raise ValueError("no int for you")


class Text(str):
    pass


def show(fmt, arg):
    try:
        print(repr(fmt), "->", repr(fmt % arg))
    except Exception as e:
        print(repr(fmt), "->", type(e).__name__, e)


for obj in [OnlyIndex(), OnlyInt(), OnlyFloat(), BadInt(), Text("5"), 3.99, -3.99, True]:
    name = type(obj).__name__
    print(name)
    for fmt in ["%d", "%i", "%u", "%5d", "%x", "%o", "%f", "%.1e", "%g", "%c"]:
        show(fmt, (obj,))

show("%d %x %f", (OnlyIndex(), OnlyIndex(), OnlyIndex()))
show("%(a)d %(b).2f", {"a": OnlyInt(), "b": OnlyIndex()})

# A str subclass is a str here too: one character for %c, and not a mapping.
show("%c|%s", (Text("x"), Text("y")))
show("abc", Text("x"))
show("%s", Text("x"))
show("%(x)s", Text("x"))
show("%s %s", Text("x"))
