# Shutdown closes suspended generators however the main program ends: after
# an uncaught exception's traceback, and in a forked child that returns
# normally; os._exit() skips it, as in CPython.
import os


def watched(name):
    try:
        yield 1
    finally:
        print("closing", name, flush=True)


g = watched("parent")
next(g)
pid = os.fork()
if pid == 0:
    h = watched("child, os._exit")
    next(h)
    os._exit(0)
os.waitpid(pid, 0)
pid = os.fork()
if pid == 0:
    print("child returns normally", flush=True)
else:
    os.waitpid(pid, 0)
    raise RuntimeError("the main program fails")
