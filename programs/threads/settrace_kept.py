# threading.settrace/setprofile keep the function and gettrace/getprofile give it back (pygil never calls it: no tracing).
import threading
print(threading.gettrace(), threading.getprofile())
tracer = print
threading.settrace(tracer)
threading.setprofile(len)
print(threading.gettrace() is tracer, threading.getprofile() is len)
for bad in (lambda: threading.settrace(), lambda: threading.setprofile(1, 2)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
