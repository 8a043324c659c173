# functools' singledispatch, singledispatchmethod and partialmethod are made
# when first read, however they are reached: an attribute, from-import,
# dir(), vars() or import *.
import functools
print('singledispatch' in dir(functools), 'partialmethod' in vars(functools))
from functools import *
print(singledispatch.__name__, singledispatchmethod.__name__, partialmethod.__name__)
print(functools.partialmethod is partialmethod)
