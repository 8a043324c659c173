# cpython: skip (CPython's "Exception ignored" lines show a real object address; checked against python3 with the addresses masked)
# A generator still suspended at exit is closed then, and an exception its
# cleanup raises is reported by the unraisable hook, whose last line keeps
# "Type: " even when the message is empty.
def cleanup_fails(exc):
    try:
        yield 1
    finally:
        raise exc


a = cleanup_fails(ValueError())
next(a)
b = cleanup_fails(KeyError('k'))
next(b)
print('end')
