# After try/except* the exception being handled is what it was before,
# whether the clauses handled everything, raised, or left some unmatched.
import sys
try:
    try:
        raise ExceptionGroup("outer", [ValueError("v"), KeyError("k")])
    except* KeyError as e:
        raise OSError("o")
except BaseException as x:
    print(repr(x))
print(1, sys.exc_info()[0])
try:
    try:
        raise ExceptionGroup("outer", [ValueError("v"), KeyError("k")])
    except* KeyError as e:
        pass
except BaseException as x:
    print(repr(x))
print(2, sys.exc_info()[0])
try:
    raise ExceptionGroup("outer", [ValueError("v"), KeyError("k")])
except* KeyError as e:
    pass
except* ValueError:
    pass
print(3, sys.exc_info()[0])
