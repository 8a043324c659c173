# Generators still suspended when the program ends are closed at shutdown,
# as CPython's interpreter shutdown does: their finally blocks run (and
# with-blocks exit) after the last line of the program.
class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, *exc):
        print("close", self.name, exc[0].__name__ if exc[0] else None)
        return False


def reader(name):
    with Resource(name):
        yield 1
        yield 2


def counter(name):
    try:
        n = 0
        while True:
            n += 1
            yield n
    finally:
        print("counter", name, "stopped")


def finished():
    try:
        yield 1
    finally:
        print("finished: finally already ran")


class Holder:
    def __init__(self):
        self.gen = counter("held by an object")
        next(self.gen)


first = reader("file-a")
print(next(first))
c = counter("global")
print(next(c), next(c))
done = finished()
print(list(done))
never = counter("never started")
h = Holder()
table = {"k": counter("in a dict")}
next(table["k"])
print("end of program")
