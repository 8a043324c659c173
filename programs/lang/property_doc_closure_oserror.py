# A property's doc comes from its getter's docstring (and follows a getter()
# copy); a closure's cells show their contents; OSError(errno, ...) makes the
# subclass for that errno.
class P:
    @property
    def x(self):
        "doc of x"
        return 1

    @x.setter
    def x(self, v):
        pass

    y = property(lambda self: 2, doc='explicit')
    z = property(lambda self: 3)


print(P.x.__doc__, P.y.__doc__, P.z.__doc__)
q = P.x.getter(lambda self: 5)
print(q.__doc__)


def g():
    "doc of g"
    return 9


print(P.x.getter(g).__doc__)


def outer():
    c = 5
    d = [1]

    def inner():
        return c, d
    return inner


cells = outer().__closure__
print(len(cells), [cell.cell_contents for cell in cells])


def empty():
    def inner():
        return later
    try:
        inner.__closure__[0].cell_contents
    except ValueError as e:
        print('ValueError:', e)
    later = 1


empty()
for n in (1, 2, 3, 4, 10, 11, 13, 17, 20, 21, 32, 103, 104, 108, 110, 111, 114, 115, 99, 0):
    e = OSError(n, 'msg')
    print(n, type(e).__name__, repr(e), str(e), e.errno, e.strerror)
e = OSError(2, 'No such file or directory', 'a.txt')
print(type(e).__name__, e, e.filename, e.args)
print(type(OSError(2)).__name__, type(OSError('x', 'y')).__name__, type(IOError(2, 'x')).__name__)
print(type(FileExistsError(2, 'x')).__name__)
class MyOS(OSError):
    pass
print(type(MyOS(2, 'x')).__name__)
try:
    raise OSError(17, 'File exists', 'dir')
except FileExistsError as e:
    print('caught', e)
