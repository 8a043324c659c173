# copy: shallow and deep copies of containers, instances (dict and slots),
# cycles and sharing, __copy__/__deepcopy__, and what cannot be copied.
import copy

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f'Point({self.x!r}, {self.y!r})'

a = [1, [2, 3], {'k': [4]}, (5, [6]), Point(7, [8])]
s = copy.copy(a)
d = copy.deepcopy(a)
print(s == a, s is a, s[1] is a[1], d[1] is a[1], d[2]['k'] is a[2]['k'], d[3][1] is a[3][1], d[4] is a[4], d[4].y is a[4].y)
a[1].append(99)
print(s[1], d[1], d)
t = (1, 2, 'x')
print(copy.deepcopy(t) is t, copy.copy(t) is t, copy.deepcopy((1, [2]))[1] is (1, [2])[1])
cyc = [1]
cyc.append(cyc)
c2 = copy.deepcopy(cyc)
print(c2[1] is c2, c2 is not cyc)
shared = [0]
pair = [shared, shared]
p2 = copy.deepcopy(pair)
print(p2[0] is p2[1])

class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print('__copy__ called')
        return Custom(self.v)
    def __deepcopy__(self, memo):
        print('__deepcopy__ called', type(memo).__name__)
        return Custom(copy.deepcopy(self.v, memo))

c = Custom([1])
print(copy.copy(c).v is c.v, copy.deepcopy(c).v is c.v)

class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = [1]
        self.b = 2
s1 = copy.deepcopy(Slotted())
print(s1.a, s1.b)

class MyList(list):
    pass
ml = MyList([1, [2]])
ml.tag = 'x'
ml2 = copy.deepcopy(ml)
print(type(ml2).__name__, ml2, ml2.tag, ml2[1] is ml[1])
sets = copy.deepcopy({frozenset([1]), 2})
print(sorted(map(str, sets)), copy.copy({1: 2}), copy.copy({1, 2}))
f = lambda: 1
print(copy.deepcopy(f) is f, copy.deepcopy(Point) is Point, copy.copy(len) is len)
def gen():
    yield 1
try:
    copy.deepcopy(gen())
except TypeError as e:
    print('TypeError:', e)
import threading
try:
    copy.deepcopy(threading.Lock())
except TypeError as e:
    print('TypeError:', e)
print(copy.deepcopy({'a': Point(1, 2)}))
from collections import deque, defaultdict, OrderedDict, Counter, namedtuple
dq = deque([[1], 2], maxlen=5)
dd = defaultdict(list, {'a': [1]})
od = OrderedDict([('b', [2]), ('a', 1)])
ct = Counter('abca')
NT = namedtuple('NT', 'x y')
nt = NT([1], 2)
for obj in (dq, dd, od, ct, nt):
    s_, d_ = copy.copy(obj), copy.deepcopy(obj)
    first = next(iter(obj.values())) if isinstance(obj, dict) else obj[0]
    sfirst = next(iter(s_.values())) if isinstance(obj, dict) else s_[0]
    dfirst = next(iter(d_.values())) if isinstance(obj, dict) else d_[0]
    print(type(d_).__name__, d_, s_ == obj, sfirst is first, dfirst is first if isinstance(first, list) else 'n/a')
print(copy.deepcopy(dd)['zz'], copy.deepcopy(dq).maxlen)
class Num(int):
    pass
n = Num(5)
n.tag = 1
print(copy.deepcopy(n), type(copy.deepcopy(n)).__name__, copy.copy(n).tag)
