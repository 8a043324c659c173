# Tracebacks show at most the 1,000 innermost frames (CPython's limit): the
# outer frames of a very deep stack are left out. An exception object raised
# again keeps its old traceback lines, below the new ones.
import sys

err = ValueError("raised three times")
for attempt in range(3):
    try:
        raise err
    except ValueError as e:
        print("caught", e)


def dive(n):
    if n == 0:
        raise err
    return dive(n - 1)


def start():
    dive(1500)


sys.setrecursionlimit(2000)
start()
