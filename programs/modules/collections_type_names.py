# Error messages name C-implemented types by CPython's tp_name
# ('collections.deque', 'itertools.count' ...), and related fixes:
# read-only attributes, OrderedDict's views, defaultdict's | and repr,
# Counter's keyword arguments.
from collections import deque, defaultdict, OrderedDict, Counter
import itertools
import functools
import operator


def attempt(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)


attempt('deque < list', lambda: deque([1]) < [2])
attempt('hash(deque)', lambda: hash(deque()))
attempt('deque attr', lambda: deque().foo)
attempt('int + deque', lambda: 1 + deque())
attempt('next(deque)', lambda: next(deque()))
attempt('list[deque]', lambda: [1][deque()])
attempt('deque.append(1, 2)', lambda: deque.append(1, 2))
attempt('deque.__init__(5)', lambda: deque.__init__(5))
attempt('len(count)', lambda: len(itertools.count()))
attempt('len(repeat)', lambda: len(itertools.repeat(1, 3)))
attempt('len(tee)', lambda: len(itertools.tee([1])[0]))
attempt('chain attr', lambda: itertools.chain().foo)
attempt('float(count)', lambda: float(itertools.count()))
attempt('partial attr', lambda: functools.partial(print).foo)
attempt('iter(partial)', lambda: iter(functools.partial(print)))
attempt('len(itemgetter)', lambda: len(operator.itemgetter(1)))
attempt('OrderedDict()()', lambda: OrderedDict()())
attempt('hash(OrderedDict)', lambda: hash(OrderedDict()))
attempt('OrderedDict <', lambda: OrderedDict() < OrderedDict())
attempt('move_to_end on dict', lambda: OrderedDict.move_to_end({}, 1))
attempt('defaultdict attr', lambda: defaultdict().foo)
attempt('defaultdict <', lambda: defaultdict() < defaultdict())
attempt('Counter attr', lambda: Counter().foo)
attempt('hash(Counter)', lambda: hash(Counter()))
attempt('hash(cmp_to_key)', lambda: hash(functools.cmp_to_key(lambda a, b: 0)(1)))
attempt('reduce(1, ...)', lambda: functools.reduce(1, [1, 2]))

# Read-only attributes of builtin types.
attempt('deque.maxlen =', lambda: setattr(deque(), 'maxlen', 5))
attempt('del deque.maxlen', lambda: delattr(deque(), 'maxlen'))
attempt('int.real =', lambda: setattr(1, 'real', 5))
attempt('partial.args =', lambda: setattr(functools.partial(len), 'args', ()))
attempt('slice.start =', lambda: setattr(slice(1), 'start', 5))
attempt('range.stop =', lambda: setattr(range(3), 'stop', 5))


class P:
    @property
    def x(self):
        return 1


attempt('property without setter', lambda: setattr(P(), 'x', 5))
attempt('property without deleter', lambda: delattr(P(), 'x'))

# OrderedDict's views are odict_keys / odict_values / odict_items.
o = OrderedDict(a=1, b=2)
k = o.keys()
print(k, o.values(), o.items())
print(type(k).__name__, isinstance(k, type({}.keys())), list(reversed(k)), 'a' in k, k == {'a', 'b'})
o['c'] = 3
print(k, list(reversed(o.items())))
attempt('OrderedDict.keys({})', lambda: OrderedDict.keys({}))

# dict | defaultdict gives a defaultdict (the subclass's __ror__ answers first).
d = defaultdict(list, a=[1])
print({'b': 2} | d, type({} | d).__name__, d | {'b': 2})
print(type({} | OrderedDict()).__name__, type({} | Counter()).__name__)

# A defaultdict inside itself: only the dict part shows as {...}.
r = defaultdict(list)
r['x'] = r
print(r)

# Counter(iterable=None, /, **kwds): any keyword is a count.
print(Counter(self=1, iterable=2))
c = Counter()
c.update(iterable=3, other=1)
c.subtract(self=1)
print(c)
