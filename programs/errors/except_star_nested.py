import traceback, sys
def a():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e
try:
    a()
except ExceptionGroup as g:
    traceback.print_exception(g)
    print(traceback.format_exception_only(g))
try:
    try:
        raise ExceptionGroup("outer", [ValueError("v"), ExceptionGroup("in", [KeyError("k")])])
    except* KeyError as e:
        try:
            raise ExceptionGroup("new", [OSError("o")]) from e
        except* OSError as e2:
            print("nested caught", repr(e2), repr(e2.exceptions[0].__context__))
            raise
except BaseException as x:
    print(type(x).__name__, repr(x))
    traceback.print_exc(limit=1)
try:
    raise BaseExceptionGroup("bg", [KeyboardInterrupt(), ValueError()])
except* KeyboardInterrupt:
    print("ki")
except* ValueError:
    print("ve")
print(sys.exc_info())
e = ExceptionGroup("x", [ValueError(i) for i in range(3)])
print(e.exceptions is e.exceptions, type(e.exceptions))
print(repr(e.split(lambda x: x.args[0] % 2 == 0)))
