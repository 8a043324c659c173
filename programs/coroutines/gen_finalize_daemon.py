# At exit a daemon thread is still running. One running the main module's
# code keeps that module's whole namespace alive, so CPython closes none of
# its generators; here the only daemon runs a builtin (time.sleep), so the
# generator the main module holds is closed as usual. See
# gen_finalize_daemon_main.py for the other case.
import threading
import time


def numbers(name):
    try:
        yield 1
    finally:
        print("closed", name)


g = numbers("held by the main module")
next(g)
threading.Thread(target=time.sleep, args=(100,), daemon=True).start()
time.sleep(0.1)
print("end of program")
