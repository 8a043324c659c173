# with statement with several context managers.
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return False
with CM("a") as a, CM("b") as b:
    print("body", a, b)
with CM("x"), CM("y") as y, CM("z"):
    print("body2", y)
try:
    with CM("one") as one, CM("two") as two:
        raise KeyError("k")
except KeyError:
    print("propagated KeyError")
class Failing:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("never called")
try:
    with CM("first"), Failing():
        print("never")
except RuntimeError as e:
    print("caught", e)
with (CM("p1") as p1,
      CM("p2") as p2):
    print("parenthesised", p1, p2)
