# cpython: skip (CPython's "Exception ignored" lines show a real object address)
# Errors while a function's own generators are closed (at its return, or
# when the variable is bound again) are reported as CPython's finalizers
# report them, and the program goes on.
def stubborn(i):
    try:
        yield i
    except GeneratorExit:
        print("stubborn", i, "refuses to stop")
        yield 2


def faulty():
    try:
        yield 1
    finally:
        raise ValueError("raised in finally")


def use():
    s = stubborn(0)
    next(s)
    f = faulty()
    next(f)
    print("leaving use")
    return 42


def rebind():
    for i in range(2):
        g = stubborn(
            i)
        next(g)
    print("rebind done")


print(use())
rebind()
print("end")
