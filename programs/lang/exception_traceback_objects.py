# e.__traceback__ and sys.exc_info()[2]: traceback objects from the outermost
# frame inwards; with_traceback() moves one to another exception.
import sys
def inner():
    raise ValueError('bad')
def outer():
    inner()
try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    n = 0
    while tb is not None:
        print(tb.tb_lineno, tb.tb_frame.f_code.co_name, tb.tb_frame.f_code.co_firstlineno, type(tb.tb_frame).__name__)
        tb = tb.tb_next
    t, v, tb2 = sys.exc_info()
    print(t.__name__, v is e, tb2 is e.__traceback__, type(tb2).__name__)
print(ValueError('x').__traceback__)
e2 = ValueError('y').with_traceback(None)
print(e2.__traceback__)
try:
    try:
        1/0
    except ZeroDivisionError as z:
        raise KeyError('k').with_traceback(z.__traceback__)
except KeyError as k:
    tb = k.__traceback__
    while tb: print('k', tb.tb_lineno); tb = tb.tb_next
