# concurrent.futures.Future on its own, without an executor: its states,
# results and exceptions, cancel(), done callbacks (called at once when the
# future is already done; an exception in one is logged, not raised), its
# repr and the errors of a second set_result().
import concurrent.futures as cf
import io
import sys


def show(f):
    # The repr carries the object's address, which changes from run to run.
    return repr(f).replace(hex(id(f)), 'ADDR')


f = cf.Future()
print(show(f))
print(f.done(), f.running(), f.cancelled())
try:
    f.result(timeout=0)
except cf.TimeoutError as e:
    print('result(timeout=0):', type(e).__name__, repr(str(e)))
try:
    f.exception(timeout=0)
except TimeoutError:
    print('exception(timeout=0): TimeoutError')

print(f.set_running_or_notify_cancel())
print(show(f), f.running(), f.cancel())
f.add_done_callback(lambda fut: print('callback 1 sees', fut.result()))
f.add_done_callback(lambda fut: print('callback 2 sees', fut.done()))
f.set_result(42)
print(show(f), f.result(), f.exception())
f.add_done_callback(lambda fut: print('late callback runs at once'))

try:
    f.set_result(1)
except cf.InvalidStateError as e:
    print('InvalidStateError:', str(e).replace(hex(id(f)), 'ADDR'))
try:
    f.set_exception(ValueError())
except cf.InvalidStateError as e:
    print('InvalidStateError:', str(e).replace(hex(id(f)), 'ADDR'))

g = cf.Future()
g.set_exception(ValueError('bad value'))
print(show(g))
print(repr(g.exception()))
try:
    g.result()
except ValueError as e:
    print('result() raised', repr(e))

h = cf.Future()
h.add_done_callback(lambda fut: print('cancelled callback:', fut.cancelled()))
print('cancel:', h.cancel(), h.cancel())
print(show(h), h.done(), h.cancelled())
try:
    h.result()
except cf.CancelledError as e:
    print('result() of a cancelled future:', type(e).__name__, repr(str(e)))
try:
    h.exception()
except cf.CancelledError:
    print('exception() of a cancelled future: CancelledError')
print('notify:', h.set_running_or_notify_cancel())
print(show(h))
old = sys.stderr
sys.stderr = io.StringIO()
try:
    h.set_running_or_notify_cancel()
except RuntimeError as e:
    print('again:', e)
log = sys.stderr.getvalue()
sys.stderr = old
print(log.replace(str(id(h)), 'ID'), end='')
try:
    h.set_result(3)
except cf.InvalidStateError as e:
    print('InvalidStateError:', str(e).replace(hex(id(h)), 'ADDR'))

# An exception in a callback is logged on stderr, and the other callbacks run.
old = sys.stderr
sys.stderr = io.StringIO()
k = cf.Future()
k.add_done_callback(lambda fut: 1 / 0)
k.add_done_callback(lambda fut: print('second callback still runs'))
k.set_result('x')
k.add_done_callback(lambda fut: [][0])
log = sys.stderr.getvalue()
sys.stderr = old
lines = log.splitlines()
print(lines[0].replace(hex(id(k)), 'ADDR'))
print(lines[1])
print([l.replace(hex(id(k)), 'ADDR') for l in lines if not l.startswith(' ')][-3:])

print(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)
print(cf.TimeoutError is TimeoutError)
for cls in (cf.CancelledError, cf.InvalidStateError, cf.BrokenExecutor):
    print(cls.__module__, cls.__name__, [c.__name__ for c in cls.__mro__[1:]])
print(cf.__all__)
print(cf.Future.__module__, cf.Executor.__module__, cf.ThreadPoolExecutor.__module__,
      cf.ProcessPoolExecutor.__module__)
