# Extra arguments that reach object.__init__ or object.__new__: CPython names
# object, not the class, and object.__new__ refuses them when __new__ is
# overridden. (Cooperative __init__ chains that forget a keyword.)
class Base:
    def __init__(self, name, **kw):
        super().__init__(**kw)
        self.name = name


class Plain:
    pass


class WithNew:
    def __new__(cls, v):
        return super().__new__(cls, v)

    def __init__(self, v):
        self.v = v


class NewOnly:
    def __new__(cls, *args):
        return super().__new__(cls)


print(Base(name='a').name, type(NewOnly(1, 2)).__name__)
for f in (lambda: Base(name='a', extra=1), lambda: Plain(1), lambda: object.__init__(Plain(), 1),
          lambda: WithNew(1), lambda: object.__new__(Plain, 1)):
    try:
        f()
    except TypeError as e:
        print('TypeError:', e)


class Tracked:
    def __delattr__(self, name):
        print('deleting', name)
        super().__delattr__(name)


t = Tracked()
t.x = 1
del t.x
print(hasattr(t, 'x'))
try:
    del t.y
except AttributeError as e:
    print('AttributeError:', e)
