# Where "Did you mean" appears: the interpreter's own printer (an uncaught
# error, sys.excepthook) adds it; text made by the traceback module does not
# (nor, in pygil as in CPython, asyncio's and multiprocessing's reports,
# which are made by it).
import sys
import traceback


class Point:
    def __init__(self):
        self.x = 0


try:
    Point().y1
except AttributeError as e:
    print('obj is a Point:', type(e.obj).__name__, 'name:', e.name)
    traceback.print_exc()
    print(traceback.format_exception_only(e)[-1], end='')
    sys.excepthook(*sys.exc_info())
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print('module name:', e.name)
try:
    from collections import Countr
except ImportError as e:
    print('from:', e.name)

print(lenn([]))
