# object.__new__ refuses a class whose builtin base makes its own instances (int, list, exceptions), naming the class whose __new__ to use, as CPython does.
class A:
    pass
class L(list):
    pass
class E(ValueError):
    pass
for t in (A, int, L, E, str, dict, object, type):
    try:
        r = object.__new__(t)
        print(t.__name__, type(r).__name__)
    except TypeError as e:
        print(t.__name__, 'TypeError:', e)
class B:
    def __new__(cls):
        return object.__new__(cls)
class C(B):
    pass
class M(list):
    def __new__(cls):
        return list.__new__(cls)
class N(M):
    pass
for t in (B, C, M, N):
    try:
        print(t.__name__, type(object.__new__(t)).__name__, type(t()).__name__)
    except TypeError as e:
        print(t.__name__, 'TypeError:', e)
