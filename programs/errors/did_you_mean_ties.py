# "Did you mean" as CPython 3.11 words it: locals, then globals, then the
# builtins, each list searched on its own; equally close names are decided
# by the builtins' order (inpt -> input, not int); short names get
# suggestions too (x1 -> x). Printed through sys.excepthook, the
# interpreter's own printer.
import sys


def show(f):
    try:
        f()
    except Exception:
        sys.excepthook(*sys.exc_info())


x = 3
show(lambda: x1)
show(lambda: inpt("Age: "))
show(lambda: fitler(None, []))
show(lambda: dic())
show(lambda: hax(3))
show(lambda: itr([]))
show(lambda: mx(1, 2))
prints1 = 0
show(lambda: printt(1))


def local_first():
    total_count = 1
    return totl_count


show(local_first)


class P:
    def __init__(self):
        self.x = 1


show(lambda: P().x1)
print('done')
