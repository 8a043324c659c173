# functools.wraps copies metadata to the wrapper.
import functools
def plain(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper
def wrapped(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper
@plain
def one():
    """Docstring of one."""
    return 1
@wrapped
def two():
    """Docstring of two."""
    return 2
print(one.__name__, one.__doc__)
print(two.__name__, two.__doc__)
print(one(), two())
print(two.__wrapped__.__name__)
print(two.__wrapped__())
from functools import wraps
def timed(func):
    @wraps(func)
    def inner(*a):
        result = func(*a)
        print(f"{func.__name__}{a} -> {result}")
        return result
    return inner
@timed
def mul(a, b):
    return a * b
mul(6, 7)
print(mul.__name__, mul.__qualname__)
