# An uncaught exception ends the main thread: its traceback is printed
# first, then the atexit callbacks run, and the exit status is 1.
import atexit
import logging

logging.basicConfig(format="%(levelname)s in %(funcName)s: %(message)s")


def release_resources(name):
    print("releasing", name)
    logging.warning("released %s after a crash", name)


atexit.register(release_resources, "db")


def crash():
    return {"a": 1}["b"]


print("about to crash")
crash()
