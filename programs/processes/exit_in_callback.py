# os._exit() ends the process at once even when it is called from Python
# code that a builtin runs (a sort key, a generator that list() drains):
# nothing after it runs, not even the caller's remaining work.
import os, sys

def key(x):
    print("key", x)
    sys.stdout.flush()
    os._exit(8)

pid = os.fork()
if pid == 0:
    sorted([3, 1, 2], key=key)
    print("after sorted (never printed)")
_, status = os.waitpid(pid, 0)
print("child 1 exit code", os.waitstatus_to_exitcode(status))

def gen():
    yield 1
    print("in gen")
    sys.stdout.flush()
    os._exit(9)
    yield 2

pid = os.fork()
if pid == 0:
    print(list(gen()))
    print("after list (never printed)")
_, status = os.waitpid(pid, 0)
print("child 2 exit code", os.waitstatus_to_exitcode(status))

def closing(name):
    try:
        yield 1
    finally:
        print("finally", name)
        sys.stdout.flush()
        os._exit(4)

def owner():
    a = closing("a")
    next(a)
    b = closing("b")
    next(b)
    return "returned (never printed)"

print(owner())
print("after owner (never printed)")
