# Simple decorators.
def shout(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs).upper() + "!"
    return wrapper
@shout
def greet(name):
    return "hello " + name
print(greet("world"))
calls = []
def log_calls(func):
    def wrapper(*args):
        calls.append((func.__name__, args))
        return func(*args)
    return wrapper
@log_calls
def add(a, b):
    return a + b
print(add(1, 2), add(3, 4))
print(calls)
print(add.__name__)
registry = {}
def register(func):
    registry[func.__name__] = func
    return func
@register
def alpha():
    return "a"
@register
def beta():
    return "b"
print(sorted(registry), registry["beta"]())
def count_calls(func):
    def wrapper(*a):
        wrapper.calls += 1
        return func(*a)
    wrapper.calls = 0
    return wrapper
@count_calls
def noop():
    pass
noop(); noop(); noop()
print(noop.calls)
