# C3 method resolution order.
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
def names(cls):
    return [c.__name__ for c in cls.__mro__]
print(names(K1))
print(names(K2))
print(names(K3))
print(names(Z))
class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass
try:
    class R(P, Q): pass
except TypeError as e:
    print("TypeError:", e)
print(names(bool))
print([c.__name__ for c in Z.mro()] == names(Z))
class Left: 
    def f(self): return "Left"
class Right:
    def f(self): return "Right"
class Both(Left, Right): pass
print(Both().f())
