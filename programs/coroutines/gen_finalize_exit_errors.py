# cpython: skip (CPython's "Exception ignored" lines show a real object address)
# Errors while generators are closed at shutdown are reported as CPython's
# finalizers report them ("Exception ignored in: ..."); the others are still
# closed, and the exit status stays 0.
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("stubborn refuses to stop")
        yield 2


def faulty():
    try:
        yield 1
    finally:
        raise ValueError("raised in finally")


def polite():
    try:
        yield 1
    finally:
        print("polite stops")


s = stubborn()
next(s)
f = faulty()
next(f)
p = polite()
next(p)
print("end of program")
