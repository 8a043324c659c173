# Frame objects of running code: sys._getframe(depth), inspect.currentframe(),
# a generator's gi_frame, with f_locals, f_globals, f_back, f_lineno and
# f_code; inspect.getgeneratorlocals.
import inspect, sys
def gen(a):
    x = 1
    y = yield x
    z = y
    yield z
g = gen(5)
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g), g.gi_frame.f_lineno)
next(g)
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
print(g.gi_frame.f_lineno, g.gi_frame.f_code.co_name, sorted(g.gi_frame.f_locals), g.gi_frame.f_back)
g.send(7)
print(inspect.getgeneratorlocals(g))
g.close()
print(inspect.getgeneratorlocals(g), g.gi_frame)
def f(n):
    fr = sys._getframe()
    print(fr.f_code.co_name, sys._getframe().f_lineno, fr.f_back.f_code.co_name, sorted(fr.f_locals))
    print(inspect.currentframe().f_code.co_name, sys._getframe(1).f_lineno)
    print(fr.f_globals is globals(), fr.f_back.f_back)
    def inner():
        return n + 1
    return sys._getframe().f_locals
print(sorted(f(3)))
def caller():
    return callee()
def callee():
    fr = sys._getframe(1)
    return fr.f_code.co_name, fr.f_lineno, sorted(fr.f_locals)
print(caller())
try:
    sys._getframe(50)
except ValueError as e:
    print(e)
try:
    inspect.getgeneratorlocals(5)
except TypeError as e:
    print(e)
class K:
    a = 1
    loc = sys._getframe().f_locals
    print(sorted(loc))
print(sys._getframe().f_locals is globals())
