# An exception thrown into a generator suspended in 'yield from' surfaces in the
# innermost generator; the traceback shows every level of the chain.
def inner():
    yield 1
    raise KeyError('deep')
def outer():
    yield from inner()
x = outer()
next(x)
try:
    x.send(None)
except KeyError:
    import sys
    print('caught')
y = outer(); next(y)
y.throw(ValueError('boom'))
