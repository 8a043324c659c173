"""The programs behind test/modules/data/*.cases.ts (see make-expectations.py).

Every program prints its observations; `t(f)` prints f()'s repr or the
exception it raises, so one case can check many error messages.
"""

T = '''def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
'''


def case(name, body, **kw):
    return dict(name=name, src=T + body, **kw)


SYS = [
    case('argv and args', '''import sys
print(sys.argv, len(sys.argv), type(sys.argv).__name__)
print(sum(int(a) for a in sys.argv[1:] if a.isdigit()))
''', args=['3', 'x y', '4']),
    case('stdin readline, iteration and read', '''import sys
print(repr(sys.stdin.readline()))
print(repr(sys.stdin.readline()))
for line in sys.stdin:
    print('line:', line.rstrip())
    if line.startswith('c'):
        break
print(repr(sys.stdin.read()))
print(repr(sys.stdin.readline()), repr(sys.stdin.read()))
''', stdin='a\nb\nc\nd\ne\n'),
    case('stdin readlines', '''import sys
print(sys.stdin.readlines())
''', stdin='one\ntwo\nthree'),
    case('stdin with sizes', '''import sys
print(repr(sys.stdin.readline(2)), repr(sys.stdin.readline()), repr(sys.stdin.read(5)), repr(sys.stdin.readline(-1)))
print(repr(sys.stdin.read(0)), repr(sys.stdin.read(None)), repr(sys.stdin.read(100)), repr(sys.stdin.read()))
t(lambda: sys.stdin.readline(None))
t(lambda: sys.stdin.read('x'))
''', stdin='abcdef\nghij\nklm\nnop\nqrs\n'),
    case('stdout and stderr write', '''import sys
n = sys.stdout.write('héllo ')
m = sys.stdout.write('😀\\n')
print(n, m)
sys.stderr.write('to stderr\\n')
sys.stdout.writelines(['a', 'b', '\\n'])
print('via print', file=sys.stdout)
print('to err via print', file=sys.stderr)
sys.stdout.flush()
t(lambda: sys.stdout.write(5))
t(lambda: sys.stdout.write())
print(sys.stdout.writable(), sys.stdin.readable(), sys.stdout.isatty(), sys.stdout.encoding)
'''),
    case('exit codes and SystemExit', '''import sys
def show(arg):
    try:
        sys.exit(arg)
    except SystemExit as e:
        print(repr(e.code), e.args)
show(None); show(3); show('bye'); show((1, 2)); show([1]); show(())
try:
    sys.exit()
except SystemExit as e:
    print(repr(e.code), e.args)
t(lambda: sys.exit(1, 2))
sys.exit(4)
'''),
    case('exit with a message', '''import sys
print('before')
sys.exit('fatal: giving up')
'''),
    case('recursion limit', '''import sys
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
t(lambda: sys.setrecursionlimit(0))
t(lambda: sys.setrecursionlimit(-5))
t(lambda: sys.setrecursionlimit('x'))
t(lambda: sys.setrecursionlimit(1.5))
t(lambda: sys.setrecursionlimit(10**10))
t(lambda: sys.getrecursionlimit(5))
def deep():
    sys.setrecursionlimit(3)
t(deep)
'''),
    case('version and platform', '''import sys
print(sys.version_info[:2], sys.version_info[0], sys.version_info.major, sys.version_info.minor)
print(sys.version_info >= (3, 8), sys.version_info[:2] == (3, 11), sys.version.startswith('3.11'))
print(type(sys.version_info).__name__, isinstance(sys.version_info, tuple), len(sys.version_info))
print(sys.version_info.releaselevel, tuple(sys.version_info)[:2])
print(sys.platform, sys.byteorder, sys.maxsize, sys.maxsize + 1, sys.hexversion)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info[0])
print(sys.float_info.min, sys.float_info.mant_dig, sys.int_info.bits_per_digit)
'''),
    case('modules, intern, getsizeof', '''import sys
print(type(sys.modules).__name__, 'sys' in sys.modules, sys.modules['sys'] is sys, '__main__' in sys.modules)
import time
print('time' in sys.modules, sys.modules['time'] is time)
print(sys.intern('abc'), sys.getdefaultencoding())
t(lambda: sys.intern(3))
print(sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(2**40), sys.getsizeof(True), sys.getsizeof(None))
print(sys.getsizeof(''), sys.getsizeof('abc'), sys.getsizeof([]), sys.getsizeof(()), sys.getsizeof(1.5))
'''),
    case('exc_info inside a handler', '''import sys
print(sys.exc_info())
try:
    raise KeyError('k')
except KeyError:
    et, ev, tb = sys.exc_info()
    print(et, repr(ev))
'''),
    case('exc_info after a handler', '''import sys
try:
    raise KeyError('k')
except KeyError:
    pass
print(sys.exc_info())
'''),
    case('switch interval checks', '''import sys
t(lambda: sys.setswitchinterval(0))
t(lambda: sys.setswitchinterval(-1))
t(lambda: sys.setswitchinterval('a'))
print(sys.setswitchinterval(0.001))
'''),
]

TIME = [
    case('types and ordering of clocks', '''import time
a = time.time(); b = time.time()
print(type(a).__name__, b >= a, a > 1600000000)
print(type(time.perf_counter()).__name__, type(time.monotonic()).__name__, type(time.process_time()).__name__)
print(type(time.time_ns()).__name__, type(time.perf_counter_ns()).__name__, type(time.monotonic_ns()).__name__)
p0 = time.perf_counter(); total = sum(range(10000)); p1 = time.perf_counter()
print(total, p1 >= p0)
'''),
    case('sleep advances the clock', '''import time
t0 = time.monotonic(); time.sleep(0.3); t1 = time.monotonic()
print(round(t1 - t0, 1))
w0 = time.time(); time.sleep(1); print(round(time.time() - w0))
print(time.sleep(0))
t(lambda: time.sleep(-1))
t(lambda: time.sleep('1'))
t(lambda: time.sleep(None))
t(lambda: time.sleep())
t(lambda: time.sleep(float('inf')))
t(lambda: time.sleep(float('nan')))
t(lambda: time.sleep(1e10))
t(lambda: time.sleep(10**10))
t(lambda: time.time(1))
'''),
    case('gmtime and struct_time', '''import time
g = time.gmtime(0)
print(g)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_wday, g.tm_yday, g[0], g[:3], len(g), g.tm_zone)
print(time.gmtime(1.9)[:6], time.gmtime(-1.5)[:6])
for ts in [1e9, 1.5e9, 1.7e9, -86400 * 400, 951782400, 4102444800]:
    g = time.gmtime(ts)
    print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, g.tm_wday, g.tm_yday)
print(time.struct_time(range(9)), time.struct_time(range(9))[8])
t(lambda: time.struct_time((1, 2)))
t(lambda: time.gmtime(1e20))
t(lambda: time.gmtime('x'))
t(lambda: time.localtime(1, 2))
t(lambda: time.mktime())
t(lambda: time.struct_time(range(12)))
print(time.mktime(time.gmtime(12345)), time.timezone, time.tzname, time.daylight)
'''),
    case('strftime, asctime, ctime', '''import time
print(time.strftime('%Y-%m-%d %H:%M:%S %a %A %b %B %j %p %I %y %%', time.gmtime(1735689600)))
print(time.strftime('%c|%x|%X|%U|%W|%w|%u|%e|%z|%G|%V|%D|%T|%R|%h|%C|%g|%k|%l|%F', time.gmtime(1234567890)))
print(time.strftime('%Z', time.gmtime(0)))
for ts in [0, 1e9, 1.5e9, -86400 * 400, 951782400, 4102444800, 1104537600, 1230768000]:
    g = time.gmtime(ts)
    print(time.strftime('%U %W %V %G %g %j %u %w', g), time.asctime(g))
print(time.ctime(0), time.asctime((2024, 2, 29, 13, 5, 9, 3, 60, 0)))
print(time.strftime('%Y %Q', (2020, 1, 1, 0, 0, 0, 2, 1, 0)))
print(time.strftime('%I %p %l', (2020, 1, 1, 0, 5, 0, 2, 1, 0)), time.strftime('%I %p', (2020, 1, 1, 12, 5, 0, 2, 1, 0)))
t(lambda: time.strftime(1))
t(lambda: time.strftime())
t(lambda: time.strftime('a', 1, 2))
t(lambda: time.asctime(1, 2))
t(lambda: time.asctime((2020, 1, 1, 0, 0, 0, 0, 1, 0, 0)))
t(lambda: time.asctime([2020, 1, 1, 0, 0, 0, 0, 1, 0]))
t(lambda: time.mktime(5))
t(lambda: time.strftime('%Y', (2020, 13, 1, 0, 0, 0, 0, 1, 0)))
'''),
]

STRING = [
    case('constants', '''import string
print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace), repr(string.printable), len(string.printable))
'''),
    case('capwords', '''import string
print(string.capwords('  the quick  brown fox '))
print(string.capwords('hello wORLD'), string.capwords(''), string.capwords('a-b-c', '-'))
print(string.capwords('hello world', 'o'), string.capwords('x\\ty\\nz'))
t(lambda: string.capwords(5))
t(lambda: string.capwords())
'''),
]

OPERATOR = [
    case('arithmetic and comparison functions', '''import operator as op
print(op.add(2, 3), op.sub(5, 8), op.mul('ab', 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(-7, 3), op.pow(2, 10))
print(op.neg(4), op.pos(-2), op.abs(-3), op.invert(5), op.inv(0), op.index(True))
print(op.and_(6, 3), op.or_(4, 1), op.xor(5, 3), op.lshift(1, 5), op.rshift(64, 2), op.concat([1], [2]))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.ge(1, 2), op.gt(3, 2))
print(op.not_([]), op.truth([1]), op.is_(None, None), op.is_not(1, None), op.contains([1, 2], 2))
print(op.__add__(1, 2), op.iadd([1], [2]), op.imul([0], 2))
l = [1, 2, 3]; op.setitem(l, 0, 9); op.delitem(l, 1); print(l, op.getitem('abc', 1))
print(op.countOf([1, 1, 2], 1), op.indexOf([5, 6], 6))
t(lambda: op.add(1))
t(lambda: op.add(1, 'a'))
t(lambda: op.concat(1, 2))
t(lambda: op.indexOf([1], 3))
t(lambda: op.lt(1, 'a'))
'''),
    case('itemgetter, attrgetter, methodcaller', '''import operator as op
g = op.itemgetter(1)
print(g([1, 2, 3]), op.itemgetter(0, 2)('abc'), op.itemgetter('k')({'k': 5}), g)
print(sorted([(2, 'b'), (1, 'c'), (3, 'a')], key=op.itemgetter(1)))
print(op.attrgetter('__class__.__name__')(5), op.attrgetter('real', 'imag')(True), op.attrgetter('a.b'))
m = op.methodcaller('split', ',', maxsplit=1)
print(m('a,b,c'), m, op.methodcaller('upper')('x'), op.methodcaller('count', 'a'))
t(lambda: op.itemgetter())
t(lambda: op.itemgetter(5)([1]))
t(lambda: op.attrgetter(1))
t(lambda: op.attrgetter('nope')(1))
t(lambda: op.methodcaller())
t(lambda: op.methodcaller(1))
t(lambda: g())
'''),
]

ITERTOOLS = [
    case('count, repeat, cycle', '''from itertools import count, repeat, cycle, islice
c = count(10); next(c); next(c); print(c, next(c))
c = count(1.5, 0.5); print([next(c) for _ in range(3)], c)
c = count(2**62, 2**62); print([next(c) for _ in range(3)], c)
print(count(), count(5), count(5, 2), count(5.0), count(1, 1.0), count(True), count(1, True))
r = repeat('a', 2); print(r, list(r), r, list(r))
print(repeat(3), repeat(3, -2), list(repeat(0, 0)), list(zip(range(3), repeat('r'))))
cy = cycle([1, 2]); print([next(cy) for _ in range(5)], list(cycle([])))
print(list(islice(cycle('abc'), 8)), list(map(pow, range(5), repeat(2))))
t(lambda: count('a'))
t(lambda: count(1, 2, 3))
t(lambda: count(x=1))
t(lambda: repeat())
t(lambda: repeat(1, 'a'))
t(lambda: cycle())
t(lambda: cycle(1))
'''),
    case('islice', '''from itertools import islice, count
print(list(islice('abcdefg', 1, 6, 2)), list(islice('abc', 0)), list(islice('abc', None)))
print(list(islice(count(), 3, 8)), list(islice(range(20), 5, 15, 3)), list(islice(range(10), None, None, 2)))
it = iter(range(10))
print(list(islice(it, 3)), list(islice(it, 3)), next(it))
print(next(islice(count(), 10**6, None)), list(islice([1, 2], 5)))
t(lambda: islice([1], -1))
t(lambda: islice([1], 'a'))
t(lambda: islice([1], 1.5))
t(lambda: islice([1], -2))
t(lambda: islice([1], 0, 1, 0))
t(lambda: islice([1], -1, 2))
t(lambda: islice([1]))
t(lambda: islice([1], 1, 2, 3, 4))
t(lambda: islice(1, 2))
t(lambda: islice([], x=1))
'''),
    case('chain, compress, filters, starmap', '''from itertools import *
import operator
print(list(chain([1, 2], (3,), 'ab', range(2))), list(chain()), list(chain.from_iterable(['ab', 'cd'])))
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(compress('AB', [1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a'])))
print(list(starmap(pow, [(2, 5), (3, 2)])), list(starmap(operator.add, [])))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate([3, 1, 4], max)))
print(list(accumulate([1, 2, 3], initial=10)), list(accumulate([], initial=5)), list(accumulate('abc')))
print(list(accumulate([1, 2], func=operator.sub)), type(chain()).__name__, type(chain.from_iterable([])).__name__)
t(lambda: list(chain(1)))
t(lambda: chain(x=1))
t(lambda: chain.from_iterable())
t(lambda: compress([1]))
t(lambda: dropwhile(None))
t(lambda: takewhile(None, 1))
t(lambda: filterfalse(None))
t(lambda: starmap(None))
t(lambda: list(starmap(pow, [1])))
t(lambda: accumulate())
t(lambda: accumulate([1], None, 5))
t(lambda: list(accumulate([1, 'a'])))
'''),
    case('groupby', '''from itertools import groupby
for key, grp in groupby('aaabccdd'):
    print(key, list(grp))
print([(k, len(list(g))) for k, g in groupby(sorted([3, 1, 3, 2, 1, 3]))])
print([(k, list(g)) for k, g in groupby([1, 1, 2, 3, 3, 3, 1], key=lambda v: v % 2)])
print([k for k, g in groupby('')], [list(g) for k, g in groupby('aaab')])
g = groupby('aabbb'); k, g1 = next(g); print(k, next(g1)); k2, g2 = next(g); print(k2, list(g1), list(g2))
g = groupby('aabbc'); k1, g1 = next(g); k2, g2 = next(g); print(list(g1), list(g2), type(g2).__name__)
t(lambda: groupby())
t(lambda: groupby(1))
'''),
    case('tee, zip_longest, pairwise', '''from itertools import tee, zip_longest, pairwise
a, b = tee(iter([1, 2, 3]))
print(next(a), next(a), list(b), list(a))
x, y, z = tee('ab', 3); print(list(x), list(y), list(z))
print(tee([1], 0), type(tee([1])[0]).__name__)
c, = tee(iter('xyz'), 1); d, e = tee(c); print(next(d), list(e), list(d))
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest([1], [2, 3], [4])), list(zip_longest()))
print(list(pairwise([1, 2, 3, 4])), list(pairwise([1])), list(pairwise('')))
t(lambda: tee())
t(lambda: tee(1))
t(lambda: tee([1], -1))
t(lambda: zip_longest('ab', 1))
t(lambda: zip_longest(x=1))
t(lambda: pairwise())
'''),
    case('combinatorics', '''from itertools import product, permutations, combinations, combinations_with_replacement
print(list(product('ab', [1, 2])), list(product()), list(product('ab', repeat=0)), list(product('ab', '')))
print(list(product([0, 1], repeat=3)))
print(len(list(product(range(3), range(4), range(5)))), list(product('ab', 'cd', repeat=2))[:5])
print(list(permutations([1, 2, 3])), list(permutations('abc', 2)))
print(list(permutations([], 0)), list(permutations('ab', 3)), list(permutations('abc', None))[:2])
print(list(combinations(range(5), 3)), list(combinations('abcd', 0)), list(combinations('abc', 4)))
print(list(combinations_with_replacement('abc', 2)), list(combinations_with_replacement([1, 2], 3)))
print(list(combinations_with_replacement('', 2)), list(combinations_with_replacement('ab', 0)))
print(sum(1 for p in permutations(range(6))), sum(1 for c in combinations(range(10), 4)))
t(lambda: list(product('ab', repeat=-1)))
t(lambda: product(1))
t(lambda: product(x=1))
t(lambda: product([1], repeat='a'))
t(lambda: product([1], repeat=2, x=3))
t(lambda: permutations())
t(lambda: permutations('a', 'b'))
t(lambda: permutations('abc', -1))
t(lambda: combinations('a'))
t(lambda: combinations('a', None))
t(lambda: combinations('abc', -1))
t(lambda: combinations_with_replacement('a'))
'''),
    case('laziness on infinite inputs', '''from itertools import *
print(list(islice(accumulate(count(1)), 5)), list(islice(chain(count(), 'x'), 3)))
print(list(islice(filterfalse(lambda n: n % 3, count(1)), 4)), next(dropwhile(lambda n: n < 100, count())))
print(list(takewhile(lambda n: n < 4, count())), list(islice(zip_longest(count(), 'ab'), 4)))
print(list(islice(pairwise(count()), 2)), list(islice(starmap(pow, zip(count(), repeat(2))), 4)))
print([(k, list(islice(g, 2))) for k, g in islice(groupby(count(), key=lambda n: n // 3), 3)])
print(list(islice(compress(count(), cycle([0, 1])), 4)), list(islice(tee(count())[1], 3)))
'''),
]

COLLECTIONS = [
    case('deque basics', '''from collections import deque
d = deque([1, 2, 3]); d.append(4); d.appendleft(0)
print(d, len(d), d.pop(), d.popleft(), d)
d.extend([5, 6]); d.extendleft([-1, -2]); print(d)
d.rotate(2); print(d); d.rotate(-3); print(d); d.rotate(7); print(d); d.rotate(0); print(d)
print(d[0], d[-1], 5 in d, 9 in d, d.count(2), d.index(3))
d[0] = 'x'; del d[1]; print(d, d[-1], len(d))
d.insert(1, 'ins'); d.insert(-100, 'first'); d.insert(100, 'last'); print(d)
print(d.index('last', -1), d.count('x'))
d.remove('x'); d.reverse(); print(d, list(reversed(d)))
d.clear(); print(d, bool(d), bool(deque([0])))
print(deque('abc'), deque(range(3), maxlen=2), deque(), deque(deque([1, 2]), 5))
'''),
    case('deque maxlen', '''from collections import deque
b = deque(maxlen=3)
for i in range(6):
    b.append(i)
print(b, b.maxlen, deque().maxlen)
b.appendleft(99); print(b)
g = deque(maxlen=2); g.extend(range(10)); print(g); g.extendleft([7, 8, 9]); print(g)
z = deque(maxlen=0); z.append(1); z.appendleft(2); print(z, len(z))
print(deque([1, 2], maxlen=3) * 2, deque([1, 2], 2) + deque([3]))
t(lambda: deque([1, 2], maxlen=2).insert(0, 5))
t(lambda: deque(maxlen=-1))
t(lambda: deque([1], 'x'))
t(lambda: deque([1], 1.5))
'''),
    case('deque operators and errors', '''from collections import deque
e = deque([1, 2, 3]); f = e.copy(); f.append(4)
print(e == f, e != f, e < f, f > e, e == deque([1, 2, 3]), deque([1]) == [1], e <= e)
print(deque([1, 2]) + deque([3]), 2 * deque('ab'), deque([1, 2]) * -1)
g = deque([1]); g += [2, 3]; g *= 2; print(g)
h = deque([1, 2]); h.append(h); print(h)
t(lambda: deque().pop())
t(lambda: deque().popleft())
t(lambda: deque([1])[5])
t(lambda: deque([1, 2, 3])[1:2])
t(lambda: deque([1, 2, 3])['a'])
t(lambda: deque(['a']).remove('b'))
t(lambda: deque(['a']).index('b'))
t(lambda: deque([1, 2, 3]).index(3, 0, 2))
t(lambda: deque([1]) + [1])
t(lambda: deque(['a'], 2, 3))
t(lambda: deque(x=1))
t(lambda: deque().rotate('a'))
t(lambda: deque([1]).append())
t(lambda: deque([1]).pop(0))
d = deque([1, 2, 3])
def mutate():
    for x in d:
        d.append(1)
t(mutate)
'''),
    case('defaultdict', '''from collections import defaultdict
groups = defaultdict(list)
for word in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    groups[word[0]].append(word)
print(groups)
print(dict(groups), groups['z'], len(groups), groups.default_factory, isinstance(groups, dict))
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(sorted(counts.items()))
nested = defaultdict(lambda: defaultdict(int))
nested['a']['x'] += 1
print({k: dict(v) for k, v in nested.items()})
s = defaultdict(set); s['k'].add(1); print(s['k'], 'missing' in s, s.get('missing'), 'missing' in s)
dd = defaultdict(list); dd['a'].append(1); dd['b']; print(dd, 'c' in dd, dd.get('c'))
dd.default_factory = set; dd['c'].add(3); print(dd)
di = defaultdict(int, [('x', 1)], y=2); di['z'] += 5; print(di, di.copy(), type(di.copy()).__name__)
print(defaultdict(list, {'a': [1]}, b=[2]), defaultdict(), defaultdict(default_factory=list))
print(defaultdict(list) | {1: 2}, defaultdict(int).__missing__('q'))
d = defaultdict(None)
t(lambda: d['x'])
t(lambda: defaultdict(3))
t(lambda: defaultdict(list, [1]))
t(lambda: defaultdict(list, [(1, 2, 3)]))
'''),
    case('Counter', '''from collections import Counter
c = Counter('abracadabra')
print(c, c['a'], c['z'], len(c), 'z' in c)
print(c.most_common(2), c.most_common()[-1], c.most_common(0), c.most_common(-1), c.total())
words = Counter(['red', 'blue', 'red', 'green', 'blue', 'red'])
print(words.most_common())
words.update(['blue', 'blue']); print(words)
words.subtract({'red': 3}); print(words)
words.update({'x': 2}, y=1); words.subtract('xx'); print(words)
a = Counter(a=3, b=1); b = Counter(a=1, b=2, c=5)
print(a + b, a - b, a & b, a | b)
print(+Counter(a=-1, b=2), -Counter(a=-1, b=2), Counter(a=-1, b=2) - Counter())
print(sorted(c.elements()), list(Counter(x=-1).elements()))
print(Counter({'x': 2, 'y': 0}), dict(Counter('aab')), Counter('hello') == Counter('olleh'))
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) == {'a': 1}, Counter() == Counter(x=0))
print(Counter(a=1) < Counter(a=2), Counter(a=1) <= Counter(a=1), Counter(a=2) > Counter(a=1), Counter(a=1) >= Counter(a=1, b=0))
print(Counter([1, 1.0, True]), Counter({1: 2}) + Counter({1.0: 3}), repr(Counter()))
print(Counter(a='x', b=1), Counter({'a': 'x', 'b': 'y'}))
c2 = Counter(a=3, b=-1); c2 += Counter(a=1, b=1); print(c2)
c3 = Counter(a=3, b=2); c3 -= Counter(a=1, b=5); print(c3)
c4 = Counter(a=1, b=5); c4 |= Counter(a=4, c=1); print(c4)
c5 = Counter(a=3, b=2); c5 &= Counter(a=1); print(c5)
c6 = Counter(a=1); del c6['zz']; del c6['a']; print(c6)
print(Counter(Counter('aab')), Counter('abc').copy(), isinstance(c, dict), type(c).__name__)
class MyC(Counter):
    pass
print(MyC('aab'), MyC('a') + MyC('b'))
t(lambda: Counter(5))
t(lambda: Counter('aab') + 1)
t(lambda: Counter.fromkeys('ab'))
t(lambda: list(Counter(a=2, b=1.5).elements()))
'''),
    case('OrderedDict', '''from collections import OrderedDict
od = OrderedDict(); od['b'] = 2; od['a'] = 1; od['c'] = 3
print(od, list(od))
od.move_to_end('b'); print(list(od)); od.move_to_end('c', last=False); print(list(od))
print(od.popitem(), od); print(od.popitem(last=False), od)
x = OrderedDict([('k1', 1), ('k2', 2)]); y = OrderedDict([('k2', 2), ('k1', 1)])
print(x == y, dict(x) == dict(y), x == dict(y), x != y)
cache = OrderedDict()
def access(key):
    if key in cache:
        cache.move_to_end(key)
    else:
        cache[key] = key.upper()
        if len(cache) > 3:
            cache.popitem(last=False)
for k in 'abcadeb':
    access(k)
print(list(cache.items()))
print(OrderedDict.fromkeys('xyz', 0), OrderedDict(a=1, b=2), OrderedDict(), list(reversed(OrderedDict(a=1, b=2))))
o = OrderedDict(a=1); o.update(b=2); o['c'] = 3; del o['a']; print(o, len(o), o.copy(), o | {'d': 4})
r = OrderedDict(a=1); r['self'] = r; print(r)
t(lambda: OrderedDict().popitem())
t(lambda: OrderedDict().move_to_end('x'))
'''),
    case('namedtuple', '''from collections import namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], repr(p), str(p), tuple(p), list(p))
x, y = p; print(x + y, p == (1, 2), isinstance(p, tuple), len(p), hash(p) == hash((1, 2)))
print(p._replace(y=20), p, p._asdict(), Point._fields, Point.__name__, type(p).__name__)
Person = namedtuple('Person', 'name age city', defaults=['Unknown'])
print(Person('Ann', 30), Person._make(['Bob', 25, 'Paris']), Person._field_defaults, Person.__doc__)
print(Point(y=5, x=6), sorted([Point(2, 1), Point(1, 9)]), Point.x.__doc__, Point.__match_args__)
print(p[1:], p + (9,), p.count(1), p.index(2), {Point(1, 2): 'v'}[(1, 2)])
a, *rest = Person('Cy', 3); print(a, rest, dict(zip(Person._fields, Person('Cy', 3))))
R = namedtuple('R', ['a', 'def', '_c', 'a'], rename=True); print(R._fields, R(1, 2, 3, 4))
S = namedtuple('S', 'a,b  c'); print(S(1, 2, 3), S._fields, namedtuple('E', '')(), namedtuple('M', 'x', module='m').__module__)
class Vec(namedtuple('Vec', 'a b')):
    def norm1(self):
        return abs(self.a) + abs(self.b)
print(Vec(-3, 4).norm1(), Vec(1, 2), Vec(1, 2)._replace(a=5), type(Vec(1, 2)._replace(a=5)).__name__)
def setx():
    p.x = 10
t(setx)
t(lambda: Point(1))
t(lambda: Point(1, 2, 3))
t(lambda: Point(1, z=2))
t(lambda: Point(1, x=1))
t(lambda: p._replace(z=3, w=1))
t(lambda: Point._make([1]))
t(lambda: namedtuple('P', 'x 1y'))
t(lambda: namedtuple('P', 'x class'))
t(lambda: namedtuple('P', 'x _y'))
t(lambda: namedtuple('P', 'x x'))
t(lambda: namedtuple('P', 'x y', defaults=(1, 2, 3)))
t(lambda: namedtuple('P', ['x', 1]))
t(lambda: namedtuple(1, ['x']))
t(lambda: p.__dict__)
'''),
    case('namedtuple delete field', '''from collections import namedtuple
P = namedtuple('P', 'x y')
p = P(1, 2)
def delx():
    del p.x
t(delx)
''', skip='ops.delAttr ignores data descriptors (__delete__), so the message is the generic one'),
]

FUNCTOOLS = [
    case('reduce', '''from functools import reduce
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 11)))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []), reduce(max, [3, 9, 2]), reduce(lambda a, b: a + b, [], 0))
print(reduce(lambda a, b: a * 10 + b, [1, 2, 3]), reduce(lambda a, b: a + b, 'abc'), reduce(lambda a, b: a, [7]))
t(lambda: reduce(lambda a, b: a, []))
t(lambda: reduce(lambda a, b: a, 5))
t(lambda: reduce(len))
t(lambda: reduce())
t(lambda: reduce(lambda a, b: a, [1], 2, 3))
t(lambda: reduce(lambda a, b: a + b, [1, 2], initial=10))
t(lambda: reduce(1, [1, 2]))
'''),
    case('partial', '''from functools import partial
import functools
def power(base, exp):
    return base ** exp
square = partial(power, exp=2); two_to = partial(power, 2)
print(square(5), two_to(10), square(base=3), square.func is power, square.args, square.keywords, two_to.args)
print(partial(int, base=2)('1010'), list(map(partial(power, exp=3), [1, 2, 3])))
greet = functools.partial(print, 'Hello', sep=', '); greet('world')
p = partial(max, 5); print(p(3), p(7, 9), p.args, p.keywords)
q = partial(partial(print, 1, a=2), 3, b=4); print(q.args, q.keywords, q.func is print)
print(partial(print, 1, a=2), q)
def f(a, b=2, *args, c=3, **kw): return (a, b, args, c, kw)
r = partial(f, 1, c=4, z=0); print(r(), r(5, 6, c=7), r(b=8))
class Pt(partial): pass
print(Pt(f, 1)(), type(Pt(f, 1)).__name__)
pp = partial(print, 1); pp.x = 1; print(partial(pp, 2).args, pp.__dict__)
t(lambda: partial(5))
t(lambda: partial())
t(lambda: partial(lambda **k: k, a=1)(a=2))
t(lambda: square(1, 2))
'''),
    case('lru_cache and cache', '''import functools
from functools import lru_cache, cache
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info(), fib.cache_info().hits, fib.__name__, fib.__wrapped__.__name__)
fib.cache_clear(); print(fib.cache_info().currsize)
calls = []
@functools.lru_cache(maxsize=2)
def slow_square(n):
    calls.append(n)
    return n * n
for n in [1, 2, 1, 3, 1, 2]:
    slow_square(n)
print(calls, slow_square.cache_info(), slow_square.cache_parameters())
@cache
def fact(n): return 1 if n == 0 else n * fact(n - 1)
print(fact(50), fact.cache_info(), fact.cache_parameters())
@lru_cache(maxsize=0)
def z(x): return x
z(1); z(1); print(z.cache_info())
@lru_cache(typed=True)
def ty(x): return type(x).__name__
print(ty(1), ty(1.0), ty(True), ty.cache_info())
@lru_cache
def kw(a, b=1): return a + b
kw(1); kw(1, 2); kw(1, b=2); kw(a=1, b=2); kw(1); print(kw.cache_info())
class A:
    def __init__(self, n): self.n = n
    @lru_cache
    def double(self, k): return self.n * 2 + k
a = A(5); print(a.double(1), a.double(1), A.double.cache_info())
t(lambda: kw([1]))
t(lambda: lru_cache('x'))
t(lambda: lru_cache(1.5))
t(lambda: lru_cache(abs, typed=1))
t(lambda: lru_cache(maxsize=-1)(abs)(-3))
t(lambda: lru_cache(-5)(abs).cache_info())
'''),
    case('lru_cache recursion counts two frames per level', '''import functools, sys
@functools.lru_cache(None)
def f(n):
    return 0 if n == 0 else 1 + f(n - 1)
def tryit(n):
    f.cache_clear()
    try:
        return f(n)
    except RecursionError as e:
        return 'RecursionError'
print([(n, tryit(n)) for n in [300, 490, 497, 498, 600]])
sys.setrecursionlimit(20000)
print(tryit(5000))
'''),
    case('lru_cache adds no traceback lines', '''import functools
@functools.lru_cache
def f(n):
    if n == 0:
        raise ValueError('bottom')
    return f(n - 1)
print(type(f).__name__, f.__name__, f.__wrapped__.__name__)
f(3)
'''),
    case('lru_cache with an unhashable argument', '''import functools
@functools.lru_cache
def f(x):
    return x
f([1])
'''),
    case('wraps and update_wrapper', '''import functools
from functools import wraps, update_wrapper
def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print('calling', func.__name__, args, kwargs)
        return func(*args, **kwargs)
    return wrapper
@logged
def add(a, b=0):
    """Add two numbers."""
    return a + b
print(add(1, b=2), add.__name__, add.__qualname__, add.__wrapped__.__name__, add.__module__)
def src(): pass
src.attr = 'copied'
def dst(): pass
print(update_wrapper(dst, src).attr, dst.__name__, dst.__wrapped__ is src)
def only_name(): pass
def target(): pass
update_wrapper(target, only_name, assigned=('__name__',), updated=())
print(target.__name__, target.__wrapped__ is only_name)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
t(lambda: update_wrapper())
'''),
    case('wraps copies the docstring', '''import functools
def deco(fn):
    @functools.wraps(fn)
    def inner(*a):
        return fn(*a)
    return inner
@deco
def documented(x):
    "My doc."
    return x
print(documented.__doc__)
'''),
    case('cmp_to_key and total_ordering', '''from functools import cmp_to_key, total_ordering
def cmp(a, b): return (a > b) - (a < b)
print(sorted([3, 1, 2], key=cmp_to_key(cmp)), sorted('bca', key=cmp_to_key(lambda x, y: ord(y) - ord(x))))
k = cmp_to_key(cmp)
print(k(1) < k(2), k(2) <= k(2), k(3) == k(3), k(1) != k(1), k(2) > k(1), k(1) >= k(2), k(5).obj)
t(lambda: k(1) < 2)
t(lambda: k())
t(lambda: k(1, 2))
t(lambda: cmp_to_key())
t(lambda: cmp_to_key(lambda a, b: 'x')(1) < cmp_to_key(lambda a, b: 0)(2))
@total_ordering
class Ver:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(Ver(1) > Ver(2), Ver(1) <= Ver(1), Ver(3) >= Ver(2), max(Ver(1), Ver(4)).v, sorted([Ver(3), Ver(1)])[0].v)
@total_ordering
class G:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __ge__(self, o): return self.v >= o.v
print(G(1) < G(2), G(2) <= G(1), G(2) > G(1))
@total_ordering
class N:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        if not isinstance(o, N): return NotImplemented
        return self.v < o.v
t(lambda: N(1) > 5)
def nothing():
    @total_ordering
    class Z: pass
t(nothing)
'''),
    case('cached_property', '''from functools import cached_property
class C:
    def __init__(self, n): self.n = n
    @cached_property
    def heavy(self):
        print('computing')
        return self.n ** 2
c = C(5)
print(c.heavy, c.heavy, c.__dict__)
c.heavy = 1; print(c.heavy)
del c.heavy; print(c.heavy)
'''),
]

RANDOM = [
    case('seeded values', '''import random
random.seed(12345)
print(random.random(), random.randint(1, 100), random.randrange(0, 100, 5), random.randrange(10**20))
print(random.choice(range(1000)), random.choice('xyz'), random.choice((1, 2)))
print(random.sample(range(10**6), 3), random.sample('abcdefgh', 4), random.sample([1, 2, 3], 0), random.sample(range(10), k=3))
print(random.sample(['a', 'b'], 5, counts=[3, 2]))
print(random.choices('abc', k=5), random.choices([1, 2, 3], weights=[10, 1, 1], k=4), random.choices('ab', cum_weights=[1, 3], k=3))
print(random.uniform(5, 10), random.triangular(), random.triangular(0, 10, 2), random.triangular(1, 1, 1))
l = list(range(20)); random.shuffle(l); print(l)
random.seed(42); print(random.random(), [random.randint(1, 10) for _ in range(5)])
random.seed(0); print(random.random())
'''),
    case('distributions', '''import random
random.seed(2024)
print(random.gauss(), random.gauss(10, 2), random.gauss(), random.normalvariate(), random.normalvariate(5, 0.5))
print(random.expovariate(2), random.lognormvariate(0, 1), random.vonmisesvariate(1, 2))
print(random.gammavariate(2, 3), random.gammavariate(0.5, 1), random.gammavariate(1, 2), random.betavariate(2, 3))
print(random.paretovariate(3), random.weibullvariate(1, 2))
print(random.getrandbits(100), random.getrandbits(5), random.getrandbits(0), random.getrandbits(32))
'''),
    case('state and instances', '''import random
random.seed(7)
s = random.getstate(); a = [random.random() for _ in range(3)]; random.setstate(s); b = [random.random() for _ in range(3)]
print(a == b, s[0], len(s[1]), s[2])
random.gauss(); s = random.getstate(); print(type(s[2]).__name__); g1 = random.gauss(); random.setstate(s); print(g1 == random.gauss())
r = random.Random(99); r2 = random.Random(99); print(r.random() == r2.random(), r.randint(0, 9), r.choice('abc'))
print(random.Random(42).random(), random.Random(-42).random(), random.Random(True).random(), random.Random(10**30).random())
print(random.Random('hello').random(), random.Random(b'bytes').random(), random.Random(2.5).random())
r3 = random.Random(); r3.seed('x', version=1); print(r3.random())
random.seed(5); x = random.gauss(); random.seed(5); print(random.gauss() == x)
class MyRandom(random.Random):
    pass
m = MyRandom(3); print(m.random(), type(m).__name__, isinstance(m, random.Random), random.Random.__name__)
'''),
    case('errors', '''import random
t(lambda: random.choice([]))
t(lambda: random.choice({1: 2}))
t(lambda: random.choice(5))
t(lambda: random.sample({1, 2}, 1))
t(lambda: random.sample({1: 2}, 1))
t(lambda: random.sample(5, 1))
t(lambda: random.sample([1, 2], 3))
t(lambda: random.sample([1, 2], -1))
t(lambda: random.sample([1, 2], 1.5))
t(lambda: random.sample([1, 2], 1, counts=[1]))
t(lambda: random.sample([1, 2], 2, counts=[1, 1.5]))
t(lambda: random.shuffle((1, 2)))
t(lambda: random.randint(3, 2))
t(lambda: random.randint('a', 2))
t(lambda: random.randint(1))
t(lambda: random.randrange(0))
t(lambda: random.randrange(1, 1))
t(lambda: random.randrange('a'))
t(lambda: random.randrange(1, 10, 0))
t(lambda: random.randrange(10, step=2))
t(lambda: random.uniform('a', 1))
t(lambda: random.choices([1, 2], [1], k=2))
t(lambda: random.choices([1, 2], weights=[1, 1], cum_weights=[1, 2]))
t(lambda: random.choices([], k=1))
t(lambda: random.choices([1, 2], k=-1))
t(lambda: random.choices([1, 2], k=1.5))
t(lambda: random.choices([1, 2], 3))
t(lambda: random.getrandbits(-1))
t(lambda: random.getrandbits(1.5))
t(lambda: random.seed([1]))
t(lambda: random.seed({}))
t(lambda: random.setstate(5))
t(lambda: random.setstate((3, 5, None)))
t(lambda: random.setstate((2, 3)))
t(lambda: random.expovariate())
t(lambda: random.expovariate(0))
t(lambda: random.gauss('a'))
t(lambda: random.random(1))
t(lambda: random.choice())
t(lambda: random.Random().seed(1, 2, 3))
'''),
    case('shuffle and sample golden', '''import random
random.seed(7)
deck = list(range(10)); random.shuffle(deck); print(deck); random.shuffle(deck); print(deck)
print(random.sample(range(100), 5), random.sample(['a', 'b', 'c', 'd'], 2))
print(sorted(random.sample(range(10), 10)) == list(range(10)))
letters = list('python'); random.shuffle(letters); print(''.join(letters))
random.seed(1); print([random.choice([True, False]) for _ in range(8)])
'''),
]

CASES = {
    'sys': SYS,
    'time': TIME,
    'string': STRING,
    'operator': OPERATOR,
    'itertools': ITERTOOLS,
    'collections': COLLECTIONS,
    'functools': FUNCTOOLS,
    'random': RANDOM,
}
