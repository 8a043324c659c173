# __enter__ and __exit__.
class Tracker:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return False
with Tracker("t1") as t:
    print("body", t.name)
try:
    with Tracker("t2"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)
def f():
    with Tracker("t3"):
        return "returned"
print(f())
for i in range(3):
    with Tracker(f"loop{i}"):
        if i == 1:
            break
class Resource:
    def __enter__(self):
        return "the resource"
    def __exit__(self, *args):
        print("released, args =", args)
with Resource() as r:
    print(r)
with Resource():
    pass
