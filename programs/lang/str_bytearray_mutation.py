# bytearray's mutating methods: insert, remove, reverse, slice assignment
# and deletion, += and *=, and bytearray.fromhex.


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, repr(r))


def on(label, change):
    ba = bytearray(b"hello")

    def run():
        result = change(ba)
        return ba, result

    show(label, run)


on("insert 0", lambda ba: ba.insert(0, 65))
on("insert -1", lambda ba: ba.insert(-1, 66))
on("insert past end", lambda ba: ba.insert(100, 67))
on("insert before start", lambda ba: ba.insert(-100, 68))
on("insert 256", lambda ba: ba.insert(0, 256))
on("insert bytes", lambda ba: ba.insert(0, b"a"))
on("insert one arg", lambda ba: ba.insert(0))
on("remove", lambda ba: ba.remove(108))
on("remove missing", lambda ba: ba.remove(120))
on("remove 300", lambda ba: ba.remove(300))
on("remove bytes", lambda ba: ba.remove(b"a"))
on("reverse", lambda ba: ba.reverse())
on("reverse arg", lambda ba: ba.reverse(1))
on("__iadd__", lambda ba: ba.__iadd__(b"!"))
on("__iadd__ str", lambda ba: ba.__iadd__("a"))
on("__imul__", lambda ba: ba.__imul__(2))
on("__imul__ str", lambda ba: ba.__imul__("a"))
on("del item", lambda ba: ba.__delitem__(0))
on("del -1", lambda ba: ba.__delitem__(-1))
on("del slice", lambda ba: ba.__delitem__(slice(1, 3)))
on("del step", lambda ba: ba.__delitem__(slice(None, None, 2)))
on("del 10", lambda ba: ba.__delitem__(10))
on("del str", lambda ba: ba.__delitem__("a"))
on("set slice longer", lambda ba: ba.__setitem__(slice(0, 2), b"XYZ"))
on("set slice empty", lambda ba: ba.__setitem__(slice(1, 4), b""))
on("set slice insert", lambda ba: ba.__setitem__(slice(2, 2), [65, 66]))
on("set reversed slice", lambda ba: ba.__setitem__(slice(4, 1), b"-"))
on("set step", lambda ba: ba.__setitem__(slice(None, None, 2), b"123"))
on("set step backwards", lambda ba: ba.__setitem__(slice(None, None, -2), b"abc"))
on("set step wrong size", lambda ba: ba.__setitem__(slice(None, None, 2), b"12"))
on("set slice int", lambda ba: ba.__setitem__(slice(0, 2), 5))
on("set slice str", lambda ba: ba.__setitem__(slice(0, 2), "ab"))
on("set slice 300", lambda ba: ba.__setitem__(slice(0, 2), [1, 300]))
on("set item bytes", lambda ba: ba.__setitem__(0, b"a"))
on("set item str index", lambda ba: ba.__setitem__("a", 1))
show("fromhex", lambda: bytearray.fromhex("41 42"))
show("fromhex type", lambda: type(bytearray.fromhex("41")).__name__)


def statements():
    ba = bytearray(b"ab")
    ba += b"cd"
    ba *= 2
    del ba[0]
    ba[0:1] = b"ZZ"
    ba[-1] = 33
    del ba[1:3]
    return ba


show("statements", statements)
