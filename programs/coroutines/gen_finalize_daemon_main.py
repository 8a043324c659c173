# At exit a daemon thread is still running code of the main module, so the
# module's namespace stays alive and CPython closes none of its generators:
# neither the one the daemon holds nor the one the module holds.
import threading
import time


def numbers(name):
    try:
        yield 1
        yield 2
    finally:
        print("closed", name)


def worker(gen):
    time.sleep(100)
    print(next(gen))


held = numbers("held by a daemon thread")
next(held)
threading.Thread(target=worker, args=(held,), daemon=True).start()
g = numbers("held by the main module")
next(g)
time.sleep(0.1)
print("end of program")
