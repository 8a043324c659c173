# The callbacks run after the main thread's code has ended and every
# non-daemon thread has been joined, in the main thread; a daemon thread
# is still alive then. Logging works in them (logging's own shutdown
# callback, registered at import, runs after the program's).
import atexit
import logging
import sys
import threading
import time

logging.basicConfig(stream=sys.stdout, format="%(threadName)s: %(message)s", level=logging.INFO)
log = logging.getLogger("app")
stop = threading.Event()


def slow_worker():
    time.sleep(0.2)
    log.info("worker finished its job")


def heartbeat():
    while not stop.wait(0.05):
        pass


@atexit.register
def cleanup():
    log.info("cleanup runs after the worker: %s", worker.is_alive())
    print("daemon alive:", beat.is_alive(), "| in", threading.current_thread().name)
    stop.set()


worker = threading.Thread(target=slow_worker, name="Worker")
beat = threading.Thread(target=heartbeat, name="Heartbeat", daemon=True)
worker.start()
beat.start()
log.info("main code ends")
