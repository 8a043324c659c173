# A for loop's fresh generator is finalized when an exception leaves the
# loop: CPython drops the loop's iterator as the exception unwinds, so the
# generator's `finally` runs before the handler (in this frame or a caller).
def gen(name):
    try:
        yield 1
        yield 2
    finally:
        print("cleanup", name)

def f():
    for x in gen("in f"):
        raise ValueError("from f")

try:
    f()
except ValueError as e:
    print("caught", e)

try:
    for x in gen("here"):
        raise ValueError("here")
except ValueError as e:
    print("caught", e)

for i in range(2):
    try:
        for x in gen(i):
            for y in gen(f"inner {i}"):
                1 / 0
    except ZeroDivisionError:
        print("zde", i)
print("done")
