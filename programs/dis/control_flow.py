# Jumps, a loop, a handler and a closure: exercises every column of the
# listing (line starts, >> jump targets, "to N", the exception table, nested
# code objects in constant order).
def classify(xs):
    out = []
    for x in xs:
        if x is None or x in (0, ''):
            continue
        try:
            out.append(10 // x)
        except ZeroDivisionError:
            out.append(None)
    return out


def counter():
    n = 0

    def bump(step=1):
        nonlocal n
        n += step
        return f"{n!r:>3}"
    return bump


print(classify([1, None, 2, 0, 5]))
b = counter()
print(b(), b(2))
