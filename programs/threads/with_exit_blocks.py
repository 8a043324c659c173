# A with statement's __exit__ written in Python may block (here: join a
# thread), on the normal way out and when an exception leaves the block,
# as __enter__ may: it runs as a frame of the thread, not as a callback.
import threading, time


class C:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        th = threading.Thread(target=time.sleep, args=(0.1,))
        th.start()
        th.join()
        print('exit', t and t.__name__, v)
        return isinstance(v, KeyError)


with C():
    print('inside')
with C():
    raise KeyError('k')
print('suppressed')


def f():
    with C():
        raise ValueError('v')


try:
    f()
except ValueError as e:
    print('got', repr(e))


class D:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        raise TypeError('in exit')


try:
    with D():
        1 / 0
except TypeError as e:
    print(repr(e), repr(e.__context__))
with D():
    1 / 0
