# Logging from multiprocessing children: a forked child inherits the
# parent's configuration, and each record names its process (processName,
# 'MainProcess' in the parent). The children wait their turn, so the order
# is fixed. A child forked while a thread of the parent is in the middle of
# a record gets the handler's lock free: that thread does not exist there.
import logging
import multiprocessing
import os
import sys
import threading
import time

logging.basicConfig(
    level=logging.INFO,
    stream=sys.stdout,
    format="%(processName)s %(levelname)s %(name)s: %(message)s",
)
log = logging.getLogger("mp")


def child(n, parent_pid):
    time.sleep(0.05 * n)
    log.info("child %d running, parent is %s", n, "right" if os.getppid() == parent_pid else "wrong")
    logging.getLogger("mp.child").warning("child %d warns", n)
    if n == 2:
        try:
            [][n]
        except IndexError:
            log.exception("child %d failed", n)


class SlowHandler(logging.StreamHandler):
    def emit(self, record):
        super().emit(record)
        if record.threadName == "Busy":
            time.sleep(0.2)  # still holding the handler's lock


if __name__ == "__main__":
    log.info("parent starting children")
    procs = [multiprocessing.Process(target=child, args=(n, os.getpid()), name=f"Kid-{n}") for n in (1, 2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    log.info("exit codes %s", [p.exitcode for p in procs])

    slow = SlowHandler(sys.stdout)
    slow.setFormatter(logging.Formatter("%(processName)s/%(threadName)s %(message)s"))
    quiet = logging.getLogger("quiet")
    quiet.propagate = False
    quiet.addHandler(slow)
    busy = threading.Thread(target=quiet.warning, args=("a thread holds the handler's lock",), name="Busy")
    busy.start()
    time.sleep(0.05)
    p = multiprocessing.Process(target=quiet.warning, args=("the child logs through it anyway",), name="Forked")
    p.start()
    p.join()
    busy.join()
    print(multiprocessing.current_process().name, p.exitcode)
