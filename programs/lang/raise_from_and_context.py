# raise ... from ..., __cause__, __context__, __suppress_context__.
class AppError(Exception):
    pass
def load(key):
    data = {"a": 1}
    try:
        return data[key]
    except KeyError as e:
        raise AppError(f"cannot load {key}") from e
try:
    load("b")
except AppError as e:
    print(e, "| cause:", repr(e.__cause__), "| suppress:", e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("no cause") from None
except ValueError as e:
    print(e, e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    raise RuntimeError("plain")
except RuntimeError as e:
    print(e.__cause__, e.__context__)
try:
    raise ValueError from KeyError("k")
except ValueError as e:
    print(repr(e), repr(e.__cause__))
try:
    raise TypeError
except TypeError as e:
    print(repr(e), e.args)
