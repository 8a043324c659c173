# functools.wraps and functools.lru_cache.
import functools
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))
info = fib.cache_info()
print(info.hits, info.misses, info.currsize)
calls = []
@functools.lru_cache(maxsize=2)
def slow_square(n):
    calls.append(n)
    return n * n
for n in [1, 2, 1, 3, 1, 2]:
    slow_square(n)
print(calls)
def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print("calling", func.__name__, args, kwargs)
        return func(*args, **kwargs)
    return wrapper
@logged
def add(a, b=0):
    """Add two numbers."""
    return a + b
print(add(1, b=2), add.__name__, add.__doc__)
@functools.cache
def tri(n):
    return n + tri(n - 1) if n else 0
print(tri(100))
fib.cache_clear()
print(fib.cache_info().currsize)
