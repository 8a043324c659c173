# Exception classes with several builtin exception bases: allowed unless two
# bases carry fields of their own (OSError and StopIteration do).
class E(ValueError, TypeError):
    pass
class F(OSError, ValueError):
    pass
class G(KeyError, AttributeError):
    pass
try:
    raise E('x')
except TypeError as e:
    print('caught', type(e).__name__, e, E.__mro__)
try:
    raise F(2, 'msg')
except ValueError as e:
    print('caught', repr(e), e.errno, e.strerror, str(e))
print(repr(G('k')), str(G('k')))
try:
    class H(int, str): pass
except TypeError as e:
    print('TypeError:', e)
try:
    class I(OSError, StopIteration): pass
    print(I.__mro__)
except TypeError as e:
    print('TypeError:', e)
import io
try:
    io.StringIO().fileno()
except ValueError as e:
    print(type(e).__name__, e, isinstance(e, OSError), io.UnsupportedOperation.__mro__)
