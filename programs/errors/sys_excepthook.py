# A program's own sys.excepthook sees an uncaught exception; an error inside
# the hook is printed before the original exception.
import sys
print(sys.excepthook is sys.__excepthook__)
def hook(t, v, tb):
    print('hook:', t.__name__, v, tb.tb_lineno)
    1/0
sys.excepthook = hook
def f():
    raise KeyError('k')
f()
