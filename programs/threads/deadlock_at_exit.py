# pygil: --max-steps 2000000
# cpython: skip (CPython hangs here; the deadlock report is pygil's)
# The main program ends while two non-daemon threads are deadlocked on two
# locks: the report names the main thread, waiting for them at exit, too.
import threading
import time

a = threading.Lock()
b = threading.Lock()


def first():
    with a:
        time.sleep(0.01)
        with b:
            pass


def second():
    with b:
        time.sleep(0.01)
        with a:
            pass


threading.Thread(target=first).start()
threading.Thread(target=second).start()
print('main program done')
