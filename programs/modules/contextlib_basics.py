# contextlib: contextmanager (with-statement and decorator), suppress, closing,
# nullcontext, and the errors of a generator that yields twice or never.
from contextlib import contextmanager, suppress, closing, nullcontext

@contextmanager
def tag(name):
    print(f'<{name}>')
    try:
        yield name.upper()
    finally:
        print(f'</{name}>')

with tag('p') as t:
    print('inside', t)

@contextmanager
def swallow():
    try:
        yield
    except ZeroDivisionError as e:
        print('swallowed', e)

with swallow():
    1 / 0
print('after')

try:
    with tag('div'):
        raise KeyError('k')
except KeyError as e:
    print('propagated', e)

with suppress(KeyError, IndexError):
    [][1]
print('suppressed')

class Res:
    def close(self):
        print('closed')

with closing(Res()) as r:
    print(type(r).__name__)
with nullcontext(5) as v:
    print(v)

@contextmanager
def bad():
    yield 1
    yield 2

try:
    with bad():
        pass
except RuntimeError as e:
    print('RuntimeError:', e)

@contextmanager
def noyield():
    if False:
        yield

try:
    with noyield():
        pass
except RuntimeError as e:
    print('RuntimeError:', e)

print(tag('x').__class__.__name__)

@tag('deco')
def decorated():
    print('body')
decorated()
