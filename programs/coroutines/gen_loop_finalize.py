# Leaving a for loop over a fresh generator early finalizes the generator at
# once, as CPython's reference counting does: its finally blocks run at the
# break or the return, before the code after the loop.
def numbers(tag):
    try:
        for i in range(10):
            yield i
    finally:
        print("closing", tag)


for n in numbers("break"):
    if n == 2:
        break
print("after the loop")


def find():
    for n in numbers("return"):
        if n == 1:
            return n


print("found", find())

for n in numbers("exhausted"):
    pass
print("done")


def watch():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise


for x in watch():
    break
print("end")
