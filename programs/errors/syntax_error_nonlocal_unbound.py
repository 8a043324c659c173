# A nonlocal name that no enclosing function binds: the SyntaxError points at
# the nonlocal statement.
def outer():
    def f():
        x = 1
        nonlocal a, b
    return f
