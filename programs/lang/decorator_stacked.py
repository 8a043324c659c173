# Stacked decorators apply bottom-up.
def bold(f):
    print("decorating with bold:", f.__name__)
    def wrapper():
        return "<b>" + f() + "</b>"
    wrapper.__name__ = "bold_" + f.__name__
    return wrapper
def italic(f):
    print("decorating with italic:", f.__name__)
    def wrapper():
        return "<i>" + f() + "</i>"
    wrapper.__name__ = "italic_" + f.__name__
    return wrapper
@bold
@italic
def text():
    return "hello"
print(text())
print(text.__name__)
def trace(label):
    def deco(f):
        def w(x):
            print("enter", label)
            r = f(x)
            print("exit", label)
            return r
        return w
    return deco
@trace("outer")
@trace("inner")
def square(x):
    print("computing")
    return x * x
print(square(4))
