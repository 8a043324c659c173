# A class's __module__ and __qualname__ set after the class statement show
# in its repr, its instances' reprs and its exceptions' traceback line.
class C:
    pass


C.__module__ = 'x.y'
C.__qualname__ = 'Outer.C'
print(C.__module__, C, repr(C()).split(' at')[0], C.__qualname__, C.__name__)
try:
    C.__qualname__ = 5
except TypeError as e:
    print('TypeError:', e)


class ModErr(Exception):
    pass


ModErr.__module__ = 'mypkg.errors'
raise ModErr('m')
