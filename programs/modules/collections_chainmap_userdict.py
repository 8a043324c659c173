# collections.ChainMap (lookups through several mappings, writes to the
# first) and collections.UserDict (a dict wrapper for subclassing).
from collections import ChainMap, UserDict


def attempt(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)


defaults = {'color': 'red', 'user': 'guest'}
settings = {'user': 'admin'}
c = ChainMap(settings, defaults)
print(c, c['user'], c['color'], len(c), list(c), list(c.items()), c.get('size', 0))
print(c.keys(), c.values())
c['size'] = 'L'
print(settings, defaults)
attempt('missing key', lambda: c['nope'])
attempt('delete from a later map', lambda: c.__delitem__('color'))
child = c.new_child({'color': 'blue'})
print(child, child['color'], child.parents, child.maps[0])
print(c.new_child(), c.new_child(theme='dark'), ChainMap(), ChainMap.fromkeys('ab', 0))
print(c.pop('size'), c.pop('zz', 'default'), c)
attempt('pop from a later map', lambda: c.pop('color'))
attempt('popitem of empty first map', lambda: ChainMap({}, {'a': 1}).popitem())
print(c | {'n': 1}, {'n': 1} | c, type({} | c).__name__)
c |= {'m': 2}
print(c, c == {'user': 'admin', 'color': 'red', 'm': 2}, c == ChainMap(dict(c)))
attempt('hash', lambda: hash(c))
attempt('reversed', lambda: reversed(c))
print(c.setdefault('s', 9), c.setdefault('user', 'x'))
c.update({'u': 1}, v=2)
c.update([('p', 3)])
print(c)
r = ChainMap()
r['self'] = r
print(r)
k = ChainMap({'a': 1}).keys()
print(k == {'a'}, k & {'a', 'b'}, len(k), 'a' in k, list(k), ('a', 1) in ChainMap({'a': 1}).items())
print(type(c).__module__, ChainMap.__name__)


class Defaulting(ChainMap):
    def __missing__(self, key):
        return 'missing'


print(Defaulting({'a': 1})['b'], Defaulting({'a': 1}).get('b'))
c.clear()
print(c)

u = UserDict({'a': 1}, b=2)
print(u, len(u), u['a'], u.data, list(u), 'a' in u, u.get('z'), u.keys(), list(u.items()))
u['c'] = 3
del u['a']
print(u)
attempt('missing key', lambda: u['zz'])
print(u.pop('b'), u.pop('q', None), u.setdefault('d', 4), u, u.popitem(), u)
print(u | {'e': 5}, {'e': 5} | u, type(u | {}).__name__, type({} | u).__name__)
u |= {'f': 6}
print(u, u == {'c': 3, 'f': 6}, u == UserDict(c=3, f=6), UserDict() == {})
print(UserDict.fromkeys('ab', 1), u.copy(), type(u.copy()).__name__)


class Doubling(UserDict):
    def __missing__(self, key):
        return key * 2

    def __setitem__(self, key, value):
        super().__setitem__(key, value * 10)


m = Doubling({'a': 1})
print(m, m['zz'], m.get('zz'), type(m.copy()).__name__, m.copy())
m.update(b=2)
print(m)
attempt('UserDict(1)', lambda: UserDict(1))
u.clear()
print(u, bool(u))
