# Inside a generator whose own except block has ended, sys.exc_info(), a bare
# raise and implicit chaining see the exception its resumer is handling, as
# CPython's chain of exception states does.
import sys
def g():
    try:
        raise KeyError("own")
    except KeyError:
        yield 1
    print("after handler:", sys.exc_info()[0], sys.exception().__class__)
    try:
        raise
    except ValueError as e:
        print("bare raise re-raised the resumer's:", repr(e))
    yield 2
it = g(); next(it)
try:
    raise ValueError("caller")
except ValueError:
    next(it)
def h():
    yield sys.exc_info()[0]
    try:
        raise TypeError("in h")
    except TypeError as e:
        yield repr(e.__context__)
try:
    raise IndexError("outer")
except IndexError:
    hh = h()
    print(next(hh), next(hh))
print(sys.exc_info())
