# A metaclass that defines __call__ decides what calling its classes does
# (a singleton, tagging instances); super().__call__ builds the instance.
class Meta(type):
    def __call__(cls, *a, **k):
        print('meta call', cls.__name__, a, k)
        obj = super().__call__(*a, **k)
        obj.tagged = True
        return obj
class W(metaclass=Meta):
    def __init__(self, a, b=2):
        self.a = a
        self.b = b
w = W(3, b=4)
print(w.a, w.b, w.tagged, type(w).__name__)
class Singleton(type):
    _instances = {}
    def __call__(cls, *args):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self):
        print('init once')
print(Config() is Config())
class Plain(type):
    pass
class P(metaclass=Plain):
    def __init__(self, x):
        self.x = x
print(P(7).x, type(P).__name__, type.__call__(P, 8).x)
for i in range(30):
    w = W(i)
print(w.a)
