# Private name mangling: inside a class, __name means _Class__name, for
# attributes and variables alike (not for keyword names in calls, nor for
# a function's own __name__).
__g = 'module-level __g'
_Acct__g = 'mangled global'
class Acct:
    __rate = 0.05
    def __init__(self, owner, balance):
        self.owner = owner
        self.__balance = balance
    def deposit(self, n):
        self.__balance += n
        return self.__balance
    def interest(self):
        return [round(self.__balance * self.__rate * k, 2) for k in range(1, 3)]
    def lam(self):
        f = lambda: self.__balance
        return f()
    def glob(self):
        return __g
    def delete(self):
        del self.__balance
        return hasattr(self, '_Acct__balance')
    @staticmethod
    def __helper(x):
        return x * 2
    @classmethod
    def use_helper(cls, x):
        return cls.__helper(x)
a = Acct('ann', 100)
print(a.deposit(5), a.interest(), a.lam(), a.glob(), Acct.use_helper(4))
print(sorted(vars(a)), a._Acct__balance)
try:
    print(a.__balance)
except AttributeError as e:
    print('AttributeError:', e)
print(a.delete())
class Child(Acct):
    def peek(self):
        try:
            return self.__balance
        except AttributeError as e:
            return 'AttributeError: ' + str(e)
c = Child('bob', 7)
print(c.peek(), c._Acct__balance)
print(getattr(a, '__rate', 'no __rate'), getattr(a, '_Acct__rate'))

class A:
    __cls_attr = 1
    def __init__(self):
        self.__x = 5
        __local = 3
        print(sorted(vars(self)), __local)
    def __m(self, __p=2):
        return self.__x + __p
    def call(self):
        return self.__m(), self.__m(_A__p=10), A.__cls_attr
    def kw(self, **k):
        return k
    def kwcall(self):
        return self.kw(__z=1)
    class __Inner:
        def g(self):
            return self.__y
a = A()
print(a.call(), a.kwcall(), sorted(k for k in vars(A) if 'A' in k or 'cls' in k or 'Inner' in k))
print(A._A__m.__name__, A._A__m.__qualname__, A._A__Inner.__name__)
try:
    a.__x
except AttributeError as e:
    print(e)
class _B:
    def f(self): self.__q = 1; return sorted(vars(self))
print(_B().f())
class __:
    def f(self): self.__q = 1; return sorted(vars(self))
print(__().f())
def outer():
    __v = 1
    class C:
        def g(self): return __v
    return C().g()
try:
    print(outer())
except NameError as e:
    print('NameError', e)
