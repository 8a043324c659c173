# cpython: skip (CPython's "Exception ignored" lines show a real object address)
# Errors while a for loop's generator is finalized are reported as CPython's
# finalizers report them ("Exception ignored in: ..."), and the program goes on.
def numbers():
    try:
        yield 1
        yield 2
    finally:
        raise ValueError("in finally")


for n in numbers():
    break
print("after")


def stubborn():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("ignoring")


for n in stubborn():
    break
print("end")
