# bytes % args: %s and %b take bytes-like objects (or __bytes__), %r is %a,
# %c takes an int in range(256) or one byte, and %(key) keys are bytes.


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, repr(r))


class HasBytes:
    def __bytes__(self):
        return b"BB"


class BadBytes:
    def __bytes__(self):
        return "no"


class Index:
    def __index__(self):
        return 66


show("mixed", lambda: b"%s %d %x %c %c %r %a %b" % (b"ab", 5, 255, 65, b"z", b"q", "\xe9", b"bb"))
show("%s of str", lambda: b"%s" % "x")
show("%b of int", lambda: b"%b" % 1)
show("__bytes__", lambda: b"%s" % HasBytes())
show("bad __bytes__", lambda: b"%s" % BadBytes())
show("bytearray arg", lambda: b"%s" % bytearray(b"ba"))
show("%d of bytes", lambda: b"%d" % b"1")
show("bytes key", lambda: b"%(a)s" % {b"a": b"1"})
show("str key", lambda: b"%(a)s" % {"a": b"1"})
show("key without mapping", lambda: b"%(a)s" % 5)
show("dict as %s", lambda: b"%s" % {b"a": 1})
show("unused dict", lambda: b"x" % {b"a": 1})
show("unused bytes", lambda: b"x" % b"a")
show("unused str", lambda: b"x" % "a")
show("empty tuple", lambda: b"x" % ())
show("too few", lambda: b"%s %s" % (b"a",))
show("%c 256", lambda: b"%c" % 256)
show("%c -1", lambda: b"%c" % -1)
show("%c two bytes", lambda: b"%c" % b"ab")
show("%c bytearray", lambda: b"%c" % bytearray(b"q"))
show("%c str", lambda: b"%c" % "a")
show("%c float", lambda: b"%c" % 1.5)
show("%c __index__", lambda: b"%c" % Index())
show("%c huge", lambda: b"%c" % 2**70)
show("widths", lambda: b"%5s|%-5s|%.1s" % (b"a", b"b", b"cd"))
show("%c widths", lambda: b"%5c|%-3c|" % (b"a", 98))
show("numbers", lambda: b"%+05d %#x %#o %e %.2f %g %%" % (7, 255, 8, 1.5, 2.345, 1e-10))
show("bad char", lambda: b"%y" % 1)
show("bad high byte", lambda: b"%\xe9" % 1)
show("bad control byte", lambda: b"%\x01" % 1)
show("high bytes kept", lambda: b"\xff%s\xfe" % b"\x80")
show("%r of str", lambda: b"%r" % "é")
show("%a of list", lambda: b"%a" % [1, "é"])
show("%r of bytes", lambda: b"%r" % b"x")
show("bytearray format", lambda: bytearray(b"%s-%d") % (b"a", 1))
show("star args", lambda: b"%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
show("incomplete", lambda: b"%" % ())
show("incomplete key", lambda: b"%(x" % {})
show("__mod__", lambda: b"abc".__mod__(()))
show("__rmod__ bytes", lambda: b"abc".__rmod__(b"%s"))
show("__rmod__ str", lambda: b"abc".__rmod__("%s"))
show("str % bytes", lambda: "%s" % b"x")


class Sub(bytes):
    def __rmod__(self, other):
        return "rmod"


show("subclass __rmod__", lambda: b"%s" % Sub(b"x"))
