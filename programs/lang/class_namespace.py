# What a class's __dict__ holds: the body's names, plus the __dict__/__weakref__ descriptors and __doc__ that type() adds, as CPython shows them.
class A:
    x = 1
    def f(self): pass
print(str(A.__dict__).split(' at 0x')[0])
print(sorted(vars(A)))
class B(A):
    "doc"
    y = 2
print(B.__dict__)
print(sorted(dir(A)))
print(sorted(dir(object)))
print(A.__dict__['x'], 'f' in A.__dict__, A.__doc__)
class E(Exception):
    pass
print(E.__dict__)
class L(list):
    pass
print(L.__dict__)
class S:
    __slots__ = ('a',)
print(S.__dict__)
class T(S):
    pass
print(sorted(T.__dict__))
print(vars(B))
