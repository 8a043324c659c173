# Class-level defaults read through instances, while the class, the instance
# and the class's namespace change under a loop that reads them.
class Base:
    kind = 'base'
    size = 1
    items = []

    def describe(self):
        return self.kind, self.size


class Child(Base):
    size = 2


def read(objs):
    return [(o.kind, o.size, len(o.items)) for o in objs]


a, b, c = Base(), Child(), Child()
for _ in range(30):
    read([a, b, c])
print(read([a, b, c]))
b.size = 20
print(read([a, b, c]))
Child.kind = 'child'
print(read([a, b, c]))
del b.size
print(read([a, b, c]))
Base.items.append(1)
print(read([a, b, c]))
del Child.kind
print(read([a, b, c]))
Base.size = property(lambda self: 100)
print(read([a, b, c]))
del Base.size
try:
    print(read([a]))
except AttributeError as e:
    print('AttributeError:', e)
Base.size = staticmethod(lambda: 5)
print(a.size(), b.size, b.describe())


class Lazy:
    def __getattr__(self, name):
        return 'missing ' + name


class WithDefault(Lazy):
    present = 'class value'


w = WithDefault()
for _ in range(30):
    w.present, w.absent
print(w.present, w.absent)
w.present = 'instance value'
print(w.present)
