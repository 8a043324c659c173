# A generator keeps the exception it is handling while suspended (sys.exc_info()).
import sys
def g():
    try:
        raise KeyError('inside')
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]
x = g()
print(next(x), sys.exc_info()[0])
try:
    raise ValueError('outer')
except ValueError:
    print(next(x), sys.exc_info()[0].__name__)
print(next(x), sys.exc_info()[0])
def h():
    yield sys.exc_info()[0]
try:
    raise TypeError
except TypeError:
    print(next(h()))
