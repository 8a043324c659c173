# A class's own __getattribute__ sees every attribute read of its instances;
# object.__getattribute__ is the generic lookup it can fall back on, and
# __getattr__ still answers when it raises AttributeError.


class Traced:
    kind = 'traced'

    def __init__(self):
        self.x = 1

    def __getattribute__(self, name):
        print('get', name)
        return object.__getattribute__(self, name)

    def double(self):
        return self.x * 2


t = Traced()
print(t.x)
print(t.kind)
print(t.double())
print(getattr(t, 'x'), hasattr(t, 'nope'))
for _ in range(3):
    t.x  # the same site again: no cache may skip the call


class Magic:
    def __getattribute__(self, name):
        if name == 'magic':
            return 42
        return super().__getattribute__(name)

    def __getattr__(self, name):
        return 'fallback ' + name


m = Magic()
print(m.magic, m.other)


class Strict:
    def __getattribute__(self, name):
        raise AttributeError(f'no reading {name}')


s = Strict()
print(hasattr(s, 'anything'), getattr(s, 'anything', 'default'))
try:
    s.field
except AttributeError as e:
    print('AttributeError:', e)


class Child(Traced):
    pass


print(Child().x)


# A class's __setattr__ runs even for a property; object.__setattr__ uses the property.
class Guarded:
    def __init__(self):
        self._v = 0

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, value):
        print('property setter', value)
        self._v = value

    def __setattr__(self, name, value):
        print('setattr', name)
        object.__setattr__(self, name, value)


g = Guarded()
g.v = 5
print(g.v)
