# Nested try blocks and re-raising.
def level3():
    raise ValueError("from level3")
def level2():
    try:
        level3()
    except ValueError:
        print("level2 saw it, re-raising")
        raise
def level1():
    try:
        level2()
    except ValueError as e:
        print("level1 caught:", e)
        return "handled"
print(level1())
try:
    try:
        raise KeyError("inner")
    except KeyError as e:
        raise TypeError("converted") from e
except TypeError as t:
    print(type(t).__name__, t, "cause:", repr(t.__cause__))
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise RuntimeError("second")
except RuntimeError as r:
    print(r, "context:", repr(r.__context__), r.__cause__)
def reraise_exc_object():
    try:
        1 / 0
    except ZeroDivisionError as e:
        err = e
    raise err
try:
    reraise_exc_object()
except ZeroDivisionError as z:
    print("again:", z)
try:
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise TypeError("b")
        except TypeError:
            pass
        raise
except ValueError as v:
    print("bare raise re-raises the current exception:", v)
