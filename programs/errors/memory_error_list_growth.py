# cpython: skip (CPython builds these lists if the machine has the memory; pygil stops at 2**26 items)
# A list grown past pygil's limit of 2**26 (67,108,864) items raises
# MemoryError (the host would otherwise abort the whole process), however
# it grows, and the list is left as it was.


def show(label, f):
    try:
        f()
    except MemoryError as e:
        print(label, 'MemoryError', repr(e))
    else:
        print(label, 'fits')


x = [None] * 2**26
print(len(x), x[0], x[-1])
show('append', lambda: x.append(2))
show('insert', lambda: x.insert(0, 2))
show('extend', lambda: x.extend([3]))
show('extend by a generator', lambda: x.extend(i for i in range(5)))
show('list + list', lambda: x + [4])
show('list * 2', lambda: x * 2)
show('list += list', lambda: x.__iadd__([5]))
print(len(x), x[0], x[-1])
