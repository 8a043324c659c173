# Several threads logging through one handler: each record names its
# thread (threadName), and each line is written whole, under the handler's
# lock. The threads take turns on staggered sleeps, so the order is the
# same on every run (and in CPython). The formatter holds no time, so the
# output does not depend on the clock.
import logging
import sys
import threading
import time

logging.basicConfig(
    level=logging.DEBUG,
    stream=sys.stdout,
    format="%(threadName)-9s %(levelname)-7s %(name)s.%(funcName)s: %(message)s",
)
log = logging.getLogger("pool")
results = {}
results_lock = threading.Lock()


def worker(n):
    time.sleep(0.005 * (n + 1))
    for step in range(3):
        log.info("step %d of task %d", step, n)
        time.sleep(0.02)
    with results_lock:
        results[n] = n * n
    log.debug("task %d stored %d", n, n * n)


threads = [threading.Thread(target=worker, args=(n,), name=f"worker-{n}") for n in range(3)]
for t in threads:
    t.start()
log.info("started %d threads", len(threads))
for t in threads:
    t.join()
log.info("results: %s", dict(sorted(results.items())))


def failing():
    time.sleep(0.001)
    try:
        raise ConnectionError("peer went away")
    except ConnectionError:
        log.exception("in %s", threading.current_thread().name)


t = threading.Thread(target=failing)
t.start()
t.join()

# Timer and a named thread's records; the main thread's name in records.
done = threading.Event()
timer = threading.Timer(0.05, lambda: (log.warning("timer fired"), done.set()))
timer.start()
done.wait()
threading.current_thread().name = "Main"
log.info("renamed main thread")
print(log.handlers, logging.root.handlers)

# Threads logging at the same moment, many times: the order of the lines
# varies with the schedule, but every line is whole.
import io
from collections import Counter

stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter("%(threadName)s|%(message)s"))
busy = logging.getLogger("busy")
busy.propagate = False
busy.addHandler(handler)
start = threading.Barrier(4)


def chatter():
    start.wait()
    for i in range(50):
        busy.warning("message %d from %s", i, threading.current_thread().name)


threads = [threading.Thread(target=chatter, name=f"chatter-{n}") for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
lines = stream.getvalue().splitlines()
print(len(lines), all(line.split("|")[0] == line.split(" from ")[1] for line in lines))
print(sorted(Counter(line.split("|")[0] for line in lines).items()))
