# Raising an exception object again while another is handled makes that one
# its __context__ (cycles broken), as CPython does: the traceback shows both.
try:
    try:
        raise ValueError("a")
    except ValueError as a:
        try:
            raise KeyError("b")
        except KeyError:
            raise a
except ValueError as e:
    print(repr(e.__context__), repr(e.__context__.__context__))
def cycle():
    try:
        raise ValueError("x")
    except ValueError as x:
        try:
            raise TypeError("y") from None
        except TypeError as y:
            try:
                raise x
            except ValueError as z:
                print(repr(z.__context__), z.__context__.__context__, y.__context__ is x, y.__suppress_context__)
cycle()
try:
    raise ValueError("a")
except ValueError as a:
    try:
        raise KeyError("b")
    except KeyError:
        raise a
