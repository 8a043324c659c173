# atexit: functions registered run when the program ends normally, newest
# first, with the arguments given at registration. register() returns the
# function, so it works as a decorator; unregister() removes every
# registration of a function. An exception in one is reported on stderr
# ("Exception ignored in atexit callback") and the others still run; the
# exit status stays the program's.
import atexit
import sys

base = atexit._ncallbacks()


@atexit.register
def goodbye():
    print("goodbye (registered first, runs last)")


def report(name, *, count=0):
    print(f"report: {name} x{count}")


atexit.register(report, "orders", count=3)
atexit.register(report, "refunds")


def noisy():
    print("noisy: never runs")


atexit.register(noisy)
atexit.register(noisy)
atexit.unregister(noisy)
atexit.unregister(noisy)
print("callbacks:", atexit._ncallbacks() - base)


class Step:
    def __init__(self, n):
        self.n = n

    def __call__(self):
        print(f"step {self.n}")
        if self.n == 2:
            raise ValueError(f"step {self.n} failed")
        if self.n == 3:
            sys.exit(9)

    def __repr__(self):
        return f"<Step {self.n}>"


for n in (1, 2, 3):
    atexit.register(Step(n))
atexit.register(int, "not a number")
atexit.register(print, "print registered directly", sep="")

for bad in ((), (42,)):
    try:
        atexit.register(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    atexit.unregister()
except TypeError as e:
    print("TypeError:", e)
print(goodbye.__name__, atexit.register(goodbye) is goodbye)
atexit.unregister(goodbye)
atexit.register(goodbye)
print("main body ends; exit status 4 follows")
sys.exit(4)
