# A generator that something else still holds is not closed early: here a
# replaced builtins.next (and a local next in an enclosing function) keep
# every generator they are given. The main module still holds them at the
# end, so they are closed at exit, as in CPython.
import builtins

keep = []
real_next = builtins.next


def keeping_next(it, *default):
    keep.append(it)
    return real_next(it, *default)


def numbers(name):
    try:
        yield 1
        yield 2
    finally:
        print("closed", name)


def f():
    g = numbers("given to a replaced builtins.next")
    print(next(g))


builtins.next = keeping_next
f()
builtins.next = real_next
print("after f, resumed:", next(keep[0]))


def outer():
    def next(it):
        keep.append(it)
        return real_next(it)

    def inner():
        g = numbers("given to an enclosing next")
        print(next(g))
    return inner


outer()()
print("after inner")

print("end of program")
