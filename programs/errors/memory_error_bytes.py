# Byte strings and conversions too big to allocate raise MemoryError, as in
# CPython (pygil's host would otherwise fail with an error of its own).


def show(label, f):
    try:
        r = f()
    except MemoryError as e:
        print(label, 'MemoryError', repr(e))
    else:
        print(label, len(r))


show('bytes(10**12)', lambda: bytes(10**12))
show('bytes(2**62)', lambda: bytes(2**62))
show('bytearray(2**40)', lambda: bytearray(2**40))
show('(0).to_bytes(10**12)', lambda: (0).to_bytes(10**12, 'big'))
show('bytes(10)', lambda: bytes(10))
