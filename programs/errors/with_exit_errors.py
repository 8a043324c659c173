# Where tracebacks point when a context manager's __exit__ fails: the with
# statement itself (the whole statement, so no caret line), as in CPython.
class CM:
    def __enter__(self): return self
    def __exit__(self, *a): raise RuntimeError("exit failed")
def f():
    with CM():
        return 5
def g():
    with (CM() as a,
          CM() as b):
        pass
for fn in (f, g):
    try:
        fn()
    except RuntimeError as e:
        print("caught", e)
class NoExit:
    def __enter__(self): return self
try:
    with NoExit():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
def h():
    with CM():
        raise ValueError("body")
h()
