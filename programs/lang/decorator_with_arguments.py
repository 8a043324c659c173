# Decorators that take arguments (decorator factories).
def repeat(times):
    def decorate(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return decorate
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("bob"))
def tag(name, **attrs):
    def decorate(func):
        def wrapper():
            extra = "".join(f' {k}="{v}"' for k, v in attrs.items())
            return f"<{name}{extra}>{func()}</{name}>"
        return wrapper
    return decorate
@tag("p", cls="note")
def content():
    return "text"
print(content())
def validate(min_value):
    def decorate(func):
        def wrapper(x):
            if x < min_value:
                return f"{x} too small"
            return func(x)
        return wrapper
    return decorate
@validate(10)
def process(x):
    return x * 2
print(process(5), process(15))
def prefix(p):
    return lambda f: lambda *a: p + f(*a)
@prefix(">> ")
def msg(s):
    return s
print(msg("arrow"))
