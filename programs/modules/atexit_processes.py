# A forked child inherits the registered callbacks and runs them when it
# ends normally (sys.exit included), but not when it ends with os._exit();
# a multiprocessing child ends with os._exit, so the parent's callbacks
# run in the parent only, after its children have been joined.
import atexit
import multiprocessing
import os
import sys
import time

MAIN = os.getpid()


@atexit.register
def where():
    print("callback in", "the parent" if os.getpid() == MAIN else "a child")


def job(n):
    time.sleep(0.1 * n)
    print(f"multiprocessing child {n} done")


if __name__ == "__main__":
    sys.stdout.flush()  # a child would print what the parent's buffer holds again
    pid = os.fork()
    if pid == 0:
        print("forked child: sys.exit(3)")
        sys.exit(3)
    print("status", os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))

    sys.stdout.flush()
    pid = os.fork()
    if pid == 0:
        print("forked child: os._exit(5)")
        sys.stdout.flush()
        os._exit(5)
    print("status", os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))

    procs = [multiprocessing.Process(target=job, args=(n,)) for n in (1, 2)]
    for p in procs:
        p.start()
    print("parent main code ends before its children")
