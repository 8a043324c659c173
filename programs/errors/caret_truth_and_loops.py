# Where a failing truth test is reported: the whole if/while/assert
# statement (no caret line when that is the whole line) or conditional
# expression; a comparison at its own position; a comprehension's loop
# step and conditions at the whole comprehension.
import sys


class Bad:
    def __bool__(self):
        raise ValueError('no truth')

    def __lt__(self, other):
        return Bad()

    def __gt__(self, other):
        return Bad()


def broken():
    yield 1
    raise ValueError('stopped')


def show(f):
    try:
        f()
    except ValueError:
        sys.excepthook(*sys.exc_info())


def if_stmt():
    if Bad(): pass


def if_block():
    if 1 and Bad():
        pass


def if_not():
    if not Bad():
        pass


def if_compare():
    if 0 < Bad():
        pass


def while_compare():
    while 0 < Bad():
        pass


def assert_stmt():
    assert Bad()


def elif_stmt():
    if 0:
        pass
    elif Bad():
        pass


show(if_stmt)
show(if_block)
show(if_not)
show(if_compare)
show(while_compare)
show(assert_stmt)
show(elif_stmt)
show(lambda: 1 if Bad() else 2)
show(lambda: print(1 if 0 < Bad() else 2))
show(lambda: [v for v in broken()])
show(lambda: sum(v for v in broken()))
show(lambda: {v: 1 for v in [1] for w in broken()})
show(lambda: [x for x in [1] if Bad()])
