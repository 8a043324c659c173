import sys
def f(excs):
    try:
        raise ExceptionGroup("eg", excs)
    except* ValueError as e:
        print("VE", repr(e), repr(sys.exc_info()[1]))
    except* TypeError:
        print("TE", repr(sys.exc_info()[1]))
    except* (KeyError, IndexError) as e:
        print("KI", repr(e))
    else:
        print("else")
    finally:
        print("finally")
f([ValueError(1), TypeError(2), KeyError(3)])
f([ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
try:
    f([OSError(5), ValueError(6)])
except ExceptionGroup as g:
    print("outer caught", repr(g))
# naked exception
try:
    raise ValueError("naked")
except* ValueError as e:
    print("naked ->", repr(e))
try:
    try:
        raise TypeError("naked2")
    except* ValueError as e:
        print("no")
except TypeError as e:
    print("passes through as", repr(e))
# raise in handler
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
except ExceptionGroup as g:
    print("got", repr(g), repr(g.exceptions[0].__context__))
# re-raise in handler
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
except ExceptionGroup as g:
    print("reraised", repr(g))
# naked raised in handler from naked
try:
    try:
        raise ValueError(1)
    except* ValueError:
        raise KeyError(2)
except KeyError as e:
    print("keyerror", repr(e), repr(e.__context__))
# no exception
try:
    pass
except* ValueError:
    print("no")
else:
    print("else ran")
# except* ExceptionGroup
try:
    try:
        raise ValueError
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(e)
try:
    try:
        raise ValueError
    except* 5:
        pass
except TypeError as e:
    print(e)
def g():
    for i in range(2):
        try:
            raise ExceptionGroup("x", [ValueError(i)])
        except* ValueError as e:
            for j in range(3):
                break
            print("loop", i, e.exceptions)
    return "done"
print(g())
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* ValueError as e:
    pass
print('e' in dir())
