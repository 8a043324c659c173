# atexit._run_exitfuncs() runs the callbacks at once (newest first) and
# then empties the table, dropping one registered while they ran;
# _clear() empties it without running anything.
import atexit


def dropped():
    print("registered during the run: never runs")


def first():
    print("first")
    atexit.register(dropped)


def second(x):
    print("second", x)


atexit.register(first)
atexit.register(second, 1)
atexit._run_exitfuncs()
print("after the run:", atexit._ncallbacks())
atexit.register(second, "cleared")
atexit._clear()
print("after _clear:", atexit._ncallbacks())
atexit.register(second, "at exit")
print("end of program")
