# __exit__ returning True suppresses the exception.
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            print("suppressed", exc_type.__name__, exc)
            self.caught = exc
            return True
        return False
with Suppress(ZeroDivisionError) as s:
    print("before")
    1 / 0
    print("not reached")
print("after", repr(s.caught))
try:
    with Suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("escaped:", e)
def f():
    for i in range(3):
        with Suppress(IndexError):
            [][i]
        print("continuing", i)
    return "done"
print(f())
class Truthy:
    def __enter__(self):
        pass
    def __exit__(self, *a):
        return 1
with Truthy():
    raise Exception("truthy return suppresses too")
print("still running")
