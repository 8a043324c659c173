# close(): called from Python it runs in the loop, so a finally may block;
# delegation, an ignored GeneratorExit, a running generator, a raising finally.
import threading, time
lock = threading.Lock()
def holder():
    with lock:
        time.sleep(0.5)
def user():
    try:
        while True:
            yield
    finally:
        with lock:                      # blocks during close()
            print('cleanup under the lock')
g = user(); next(g)
t = threading.Thread(target=holder); t.start()
time.sleep(0.01)
print(g.close())
def ign():
    try:
        yield 1
    except GeneratorExit:
        yield 2
x = ign(); next(x)
try:
    x.close()
except RuntimeError as e:
    print(e)
def inner():
    try:
        yield 1
    finally:
        print('inner closed')
def outer():
    try:
        yield from inner()
    finally:
        print('outer closed')
o = outer(); next(o); o.close()
def me_():
    me.close()
    yield
me = me_()
try:
    next(me)
except ValueError as e:
    print(e)
def raiser():
    try:
        yield
    finally:
        raise KeyError('from finally')
r = raiser(); next(r)
try:
    r.close()
except KeyError as e:
    print(repr(e), repr(e.__context__), e.__context__.__context__)
