# What len() makes of a __len__ result (an int that fits a C ssize_t, or an
# __index__ object), and the message for an OrderedDict changed while a loop
# walks it.
from collections import OrderedDict


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class Index:
    def __index__(self):
        return 7


for n in (3, True, 2**40, 2**70, -1, -2**70, Index(), 2.5, '3'):
    try:
        print(repr(n) if not isinstance(n, Index) else 'Index()', '->', len(Sized(n)))
    except Exception as e:
        print(type(e).__name__, e)
od = OrderedDict(a=1, b=2)
try:
    for k in od:
        od['c' + k] = 3
except RuntimeError as e:
    print(e)
d = dict(a=1)
try:
    for k in d:
        d['c' + k] = 3
except RuntimeError as e:
    print(e)
