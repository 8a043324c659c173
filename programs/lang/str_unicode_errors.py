# UnicodeDecodeError / UnicodeEncodeError: the five constructor values as
# attributes and str() made from them; the surrogatepass and surrogateescape
# error handlers in both directions.

for args in [(), ('a',), ('utf-8', 'x', 0, 1, 'r'), (1, b'x', 0, 1, 'r'), ('u', b'x', 'a', 1, 'r'), ('u', b'x', 0, 1, 2), ('u', bytearray(b'xy'), 0, 2, 'bad'), ('u', b'\xff', 0, 1, 'r'), ('u', b'ab', 5, 9, 'r'), ('u', b'ab', -3, 1, 'r'),('u', b'', 0, 1, 'r')]:
    try:
        e = UnicodeDecodeError(*args); print(repr(e), '|', str(e), '|', e.args, e.encoding, e.object, e.start, e.end, e.reason)
    except Exception as x: print(type(x).__name__, x)
for args in [('ascii', 'a\xe9b', 1, 2, 'r'), ('ascii', 'a\u20acb', 1, 2, 'r'), ('ascii', 'abc', 0, 3, 'r'), ('a', b'x', 0, 1, 'r'), ('a', 'xy', 5, 6, 'r')]:
    try:
        e = UnicodeEncodeError(*args); print(repr(e), '|', str(e), '|', e.args)
    except Exception as x: print(type(x).__name__, x)
e = UnicodeDecodeError('u', b'abc', 0, 1, 'r'); e.start = 1; e.end = 3; e.reason = 'zz'; e.encoding='q'; print(str(e), e.args)
try:
    b'\xff'.decode()
except UnicodeDecodeError as e: print(repr(e), e.args, e.object, e.start)
try:
    'a\xe9'.encode('ascii')
except UnicodeEncodeError as e: print(repr(e), e.args, e.object, e.start, e.end)
try:
    'ab\u20ac\u20acc'.encode('latin-1')
except UnicodeError as e: print(repr(e), str(e))
print(UnicodeError('x'), UnicodeError(), repr(UnicodeError(1, 2)))
print(isinstance(UnicodeDecodeError('u', b'', 0, 0, ''), ValueError))
class MyErr(UnicodeDecodeError): pass
print(str(MyErr('u', b'x', 0, 1, 'why')))
try:
    raise UnicodeDecodeError('utf-8', b'\x80abc', 0, 1, 'invalid start byte')
except ValueError as e: print('caught', e)
print("\ud800".encode("utf-8", "surrogatepass"), b"\xed\xa0\x80".decode("utf-8", "surrogatepass") == "\ud800")
for h in ["surrogatepass", "surrogateescape"]:
    for s in ["a\xe9", "\udcff", "\ud800"]:
        for c in ["ascii", "latin-1", "utf-8"]:
            try: print(h, repr(s), c, s.encode(c, h))
            except Exception as e: print(h, repr(s), c, type(e).__name__, e)
for h in ["surrogatepass", "surrogateescape"]:
    for b in [b"\xed\xa0\x80", b"\xed\xa0", b"\xff", b"a\xe9"]:
        for c in ["ascii", "utf-8"]:
            try: print(h, b, c, repr(b.decode(c, h)))
            except Exception as e: print(h, b, c, type(e).__name__, e)

print(repr("é".encode("utf-8")), repr("\ud800".encode("utf-8", "surrogatepass")), repr("\ud800".encode("utf-8", "replace")), repr("\ud800".encode("utf-8", "ignore")), repr("\ud800".encode("utf-8", "backslashreplace")))
print(repr(b"\xed\xa0\x80".decode("utf-8", "surrogatepass")), repr(b"\xff\xfe".decode("utf-8", "surrogateescape")), repr(b"a\xffb".decode("utf-8", "backslashreplace")))
print(repr("\udcff".encode("utf-8", "surrogateescape")))
for b in [b"\xc3", b"\xc3\x28", b"\xe2\x82", b"\xf0\x9f\x98", b"\xf8", b"\xc0\xaf", b"\xed\xa0\x80", b"a\x80b"]:
    try: b.decode()
    except UnicodeDecodeError as e: print(e, e.start, e.end, e.reason)
    print(repr(b.decode("utf-8", "replace")))
try: "aé€".encode("ascii")
except UnicodeEncodeError as e: print(e, e.start, e.end)
try: "a€€b".encode("latin-1")
except UnicodeEncodeError as e: print(e, e.start, e.end)
print("x".encode("UTF8"), "x".encode("utf_8"), "x".encode("Latin1"), "x".encode("iso-8859-1"), "x".encode("US-ASCII"))
