# bytes.maketrans/translate, bytes.expandtabs and bytes.istitle, and
# bytes.startswith/endswith with a tuple checked item by item.


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, repr(r))


b = b"hello world"
table = bytes.maketrans(b"lo", b"01")
show("table type and size", lambda: (type(table).__name__, len(table)))
show("table entries", lambda: (table[ord("l")], table[ord("o")], table[ord("x")]))
show("translate", lambda: b.translate(table))
show("translate None", lambda: b.translate(None))
show("translate delete", lambda: b.translate(None, b"lo"))
show("translate delete=", lambda: b.translate(None, delete=b"lo"))
show("translate both", lambda: b.translate(table, b"h"))
show("reversed table", lambda: b"abc".translate(bytes(range(256))[::-1]))
show("bytearray translate", lambda: bytearray(b"abc").translate(None, b"b"))
show("bytearray.maketrans", lambda: bytearray.maketrans(b"x", b"y")[120])
show("maketrans from bytearray", lambda: bytes.maketrans(bytearray(b"a"), b"b")[97])
show("maketrans lengths", lambda: bytes.maketrans(b"lo", b"0"))
show("maketrans str", lambda: bytes.maketrans("lo", b"01"))
show("maketrans no args", lambda: bytes.maketrans())
show("short table", lambda: b.translate(b"abc"))
show("str table", lambda: b.translate("a" * 256))
show("str delete", lambda: b.translate(None, "l"))
show("no table", lambda: b.translate())
show("table by name", lambda: b.translate(table=None))

show("expandtabs", lambda: b"a\tbc\td".expandtabs())
show("expandtabs 4", lambda: b"a\tbc\td".expandtabs(4))
show("expandtabs lines", lambda: b"a\tb\nc\rd\te".expandtabs(3))
show("expandtabs 0", lambda: b"a\tb".expandtabs(0))
show("expandtabs -2", lambda: b"a\tb".expandtabs(-2))
show("expandtabs tabsize=", lambda: b"a\tb".expandtabs(tabsize=2))
show("expandtabs high byte", lambda: b"a\xe9\tb".expandtabs(4))
show("expandtabs str", lambda: b"a\tb".expandtabs("2"))
show("bytearray expandtabs", lambda: bytearray(b"a\tb").expandtabs(2))

for s in [b"Hello World", b"hello", b"HELLO", b"Hello world", b"", b"1A", b"A1b",
          b"Ab Cd", b"\xc9a", b"AB", b"A.B", b"'Ab"]:
    show("istitle " + repr(s), lambda: (s.istitle(), bytearray(s).istitle()))
show("istitle arg", lambda: b"x".istitle(1))

show("startswith match before non-bytes", lambda: b.startswith((b"he", 1)))
show("startswith non-bytes first", lambda: b.startswith((1, b"he")))
show("endswith no match then non-bytes", lambda: b.endswith((b"q", "d")))
show("endswith empty tuple", lambda: b.endswith(()))
