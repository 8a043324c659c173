# An exception in a contextmanager's with-body goes through the generator and
# out with the with-body's traceback.
from contextlib import contextmanager

@contextmanager
def opened(name):
    print('open', name)
    yield name
    print('close', name)

def work():
    with opened('f'):
        raise ValueError('inside')

work()
