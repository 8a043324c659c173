// list: construction, indexing, slice assignment and deletion, operators,
// methods and sort() against CPython 3.11.
//
// Every expected output below is what CPython 3.11 printed for the program
// beside it (the tests never run Python); regenerate by running the programs
// under python3 3.11.

import { describe, it, expect } from 'vitest';
import { run, lastLine, programTests, errorTests } from './program-tests.js';


const PROGRAMS: [string, string, string][] = [
  ["list_basic", `a = list(range(10))
print(a, len(a), a[0], a[-1], a[3:7], a[::2], a[::-1], a[7:2:-2], a[-3:], a[:-3], a[100:], a[-100:2])
print(a[1:8:3], a[8:1:-3], a[::-3], a[5:5], a[5:3], list("hello"), list((1, 2)), list({3: 'x', 1: 'y'}))
print(list(), list([]), [] == [], [1] == [1.0], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [1] <= [1], [] >= [])
print([1, [2, 3]] == [1, [2, 3]], [1, 2] != [1, 2], [1, 2] == (1, 2), [float('nan')] == [float('nan')])
n = float('nan'); print([n] == [n], n in [n], [n].count(n), [n].index(n))
b = [1, 2, 3]
b[0] = 'x'; b[-1] = 'z'; print(b)
b[1:2] = [7, 8, 9]; print(b)
b[:] = 'ab'; print(b)
b[5:] = range(3); print(b)
b[1:1] = (); print(b)
b[::2] = [0, 0, 0]; print(b)
b[::-1] = b; print(b)
b[1:3] = b; print(b)
c = list(range(10))
del c[0]; del c[-1]; print(c)
del c[::3]; print(c)
del c[::-2]; print(c)
del c[1:2]; print(c)
del c[5:1]; print(c)
c = list(range(10)); del c[7:1:-2]; print(c)
c = list(range(10)); del c[:]; print(c)
c = list(range(10)); c[2:8:2] = 'abc'; print(c)
c = list(range(5)); c[3:1] = ['x']; print(c)
c = list(range(5)); c[-10:2] = [9]; print(c)
x = [1, 2]
x += (3, 4); print(x)
x += 'ab'; print(x)
x += x; print(x)
y = x
y *= 2; print(y is x, len(x))
y *= 0; print(y, x)
z = [1, 2] * 3; print(z, 3 * [0], [0] * -1, [1, 2] * True, [[]] * 3)
print([1] + [2], [] + [], [1, 2].__add__([3]), [1].__rmul__(3))
r = [5, 3, 1]; print(reversed(r).__class__.__name__, list(reversed(r)), iter(r).__class__.__name__)
it = reversed(r); print(next(it)); r.clear(); print(list(it))
print([1, 2, 3].__contains__(2), 4 in [1, 2, 3], 'a' not in ['b'])
print(repr([1, 'a', None, 2.5, (1,), [2]]), str(['x']))
l = [1, 2]; l.append(l); print(l, [l, [l]])
print([].__class__, list.__name__, [].__hash__)
class L(list):
    pass
m = L([3, 1, 2]); m.sort(); print(m, type(m).__name__, type(m[:]).__name__, type(m + m).__name__, type(m * 2).__name__, type(m.copy()).__name__)
m.extra = 5; print(m.extra, m == [1, 2, 3], isinstance(m, list))
class L2(list):
    def __init__(self, n):
        super().__init__(range(n))
print(L2(4), len(L2(3)))
print(bool([]), bool([0]), not [])
`,
   "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9] 10 0 9 [3, 4, 5, 6] [0, 2, 4, 6, 8] [9, 8, 7, 6, 5, 4, 3, 2, 1, 0] [7, 5, 3] [7, 8, 9] [0, 1, 2, 3, 4, 5, 6] [] [0, 1]\n[1, 4, 7] [8, 5, 2] [9, 6, 3, 0] [] [] ['h', 'e', 'l', 'l', 'o'] [1, 2] [3, 1]\n[] [] True True True True True True True\nTrue False False False\nTrue True 1 0\n['x', 2, 'z']\n['x', 7, 8, 9, 'z']\n['a', 'b']\n['a', 'b', 0, 1, 2]\n['a', 'b', 0, 1, 2]\n[0, 'b', 0, 1, 0]\n[0, 1, 0, 'b', 0]\n[0, 0, 1, 0, 'b', 0, 'b', 0]\n[1, 2, 3, 4, 5, 6, 7, 8]\n[2, 3, 5, 6, 8]\n[3, 6]\n[3]\n[3]\n[0, 1, 2, 4, 6, 8, 9]\n[]\n[0, 1, 'a', 3, 'b', 5, 'c', 7, 8, 9]\n[0, 1, 2, 'x', 3, 4]\n[9, 2, 3, 4]\n[1, 2, 3, 4]\n[1, 2, 3, 4, 'a', 'b']\n[1, 2, 3, 4, 'a', 'b', 1, 2, 3, 4, 'a', 'b']\nTrue 24\n[] []\n[1, 2, 1, 2, 1, 2] [0, 0, 0] [] [1, 2] [[], [], []]\n[1, 2] [] [1, 2, 3] [1, 1, 1]\nlist_reverseiterator [1, 3, 5] list_iterator\n1\n[]\nTrue False True\n[1, 'a', None, 2.5, (1,), [2]] ['x']\n[1, 2, [...]] [[1, 2, [...]], [[1, 2, [...]]]]\n<class 'list'> list None\n[1, 2, 3] L list list list list\n5 True True\n[0, 1, 2, 3] 3\nFalse True True\n"],
  ["list_methods", `a = [3, 1, 4, 1, 5, 9, 2, 6]
a.append(5); a.extend([3, 5]); a.extend(x * 2 for x in range(3)); a.extend({7: 0}); print(a)
a.insert(0, 'a'); a.insert(-1, 'b'); a.insert(100, 'c'); a.insert(-100, 'd'); a.insert(True, 't'); print(a)
print(a.pop(), a.pop(0), a.pop(-1), a.pop(2), a)
a.remove(1); print(a, a.index(1), a.index(5), a.index(5, 6), a.index(5, -5), a.index(1, 0, 100), a.count(5), a.count('zz'))
print(a.index(4, -100), a.index(9, 2, -1))
b = [1, 2, 3]; c = b.copy(); c.append(4); print(b, c, b.reverse(), b)
b.clear(); print(b, len(b))
e = []; e.extend(e); e.extend([e]); print(e)
f = [1, 2]; f.extend(f); print(f)
g = [1]
def gen():
    for i in range(3):
        yield len(g)
g.extend(gen()); print(g)
s = [5, 2, 8, 1, 9, 3]
s.sort(); print(s)
s.sort(reverse=True); print(s)
s.sort(key=lambda v: v % 3); print(s)
s.sort(key=lambda v: v % 3, reverse=True); print(s)
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'date']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
pairs = [(1, 'b'), (0, 'z'), (1, 'a'), (0, 'a'), (2, 'c'), (1, 'b')]
pairs.sort(); print(pairs)
pairs.sort(key=lambda p: p[1]); print(pairs)
nan = float('nan')
for data in ([3, nan, 1, 2], [nan, 3, 1, 2], [3, 1, nan, 0, 2], [2.0, nan, 1.0, nan, 0.5]):
    print(sorted(data), sorted(data, reverse=True))
big = [(i * 7919) % 1000 for i in range(500)]
print(sorted(big) == sorted(big, key=lambda v: v), sorted(big)[:10], sorted(big, reverse=True)[:5])
stab = [(i % 5, i) for i in range(200)]
print(sorted(stab, key=lambda p: p[0])[:12], sorted(stab, key=lambda p: p[0], reverse=True)[:7])
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, other): return self.v < other.v
    def __repr__(self): return f'K({self.v})'
print(sorted([K(3), K(1), K(2)]), max([K(3), K(5)], key=lambda k: k.v))
lst = [3, 1, 2]
def peek(v):
    print('peek', len(lst), lst)
    return v
lst.sort(key=peek); print(lst)
try:
    lst.sort(key=lambda v: lst.append(v))
except Exception as ex:
    print(type(ex).__name__, ex, lst)
try:
    lst.sort(key=lambda v: lst.append(v) or v)
except Exception as ex:
    print(type(ex).__name__, ex, lst)
try:
    [1, 2, 3].sort(key=lambda v: 1 / (v - 2))
except ZeroDivisionError as ex:
    print('ZeroDivisionError', ex)
m = [3, 'a', 1]
try:
    m.sort()
except TypeError as ex:
    print(ex, m)
m = [5, 4, 3, 2, 1, 0, 'x', -1]
try:
    m.sort()
except TypeError as ex:
    print(ex, m)
print([].sort(), [1].sort(key=lambda v: v), [True, False, 0, 1].sort())
t = [True, False, 0, 1, 0.0, -1]; t.sort(); print(t)
ss = ['b', 'a']; list.sort(ss); print(ss)
r = [1, 2, 3]; r.sort(reverse=0); print(r); r.sort(reverse=5); print(r)
`,
   "[3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 0, 2, 4, 7]\n['d', 't', 'a', 3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 0, 2, 4, 'b', 7, 'c']\nc d 7 3 ['t', 'a', 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 0, 2, 4, 'b']\n['t', 'a', 4, 1, 5, 9, 2, 6, 5, 3, 5, 0, 2, 4, 'b'] 3 4 8 10 3 3 0\n2 5\n[3, 2, 1] [1, 2, 3, 4] None [3, 2, 1]\n[] 0\n[[...]]\n[1, 2, 1, 2]\n[1, 1, 2, 3]\n[1, 2, 3, 5, 8, 9]\n[9, 8, 5, 3, 2, 1]\n[9, 3, 1, 8, 5, 2]\n[8, 5, 2, 1, 9, 3]\n['Apple', 'Banana', 'apple', 'banana', 'cherry', 'date'] ['Apple', 'apple', 'banana', 'Banana', 'cherry', 'date'] ['banana', 'cherry', 'Banana', 'Apple', 'apple', 'date']\n[(0, 'a'), (0, 'z'), (1, 'a'), (1, 'b'), (1, 'b'), (2, 'c')]\n[(0, 'a'), (1, 'a'), (1, 'b'), (1, 'b'), (2, 'c'), (0, 'z')]\n[3, nan, 1, 2] [3, nan, 2, 1]\n[nan, 1, 2, 3] [nan, 3, 2, 1]\n[0, 1, 2, 3, nan] [3, nan, 2, 1, 0]\n[2.0, nan, 1.0, nan, 0.5] [2.0, nan, 1.0, nan, 0.5]\nTrue [0, 2, 3, 5, 6, 8, 9, 11, 12, 15] [999, 996, 993, 990, 987]\n[(0, 0), (0, 5), (0, 10), (0, 15), (0, 20), (0, 25), (0, 30), (0, 35), (0, 40), (0, 45), (0, 50), (0, 55)] [(4, 4), (4, 9), (4, 14), (4, 19), (4, 24), (4, 29), (4, 34)]\n[K(1), K(2), K(3)] K(5)\npeek 0 []\npeek 0 []\npeek 0 []\n[1, 2, 3]\nTypeError '<' not supported between instances of 'NoneType' and 'NoneType' [1, 2, 3]\nValueError list modified during sort [1, 2, 3]\nZeroDivisionError division by zero\n'<' not supported between instances of 'str' and 'int' [3, 'a', 1]\n'<' not supported between instances of 'str' and 'int' [5, 4, 3, 2, 1, 0, 'x', -1]\nNone None None\n[-1, False, 0, 0.0, True, 1]\n['a', 'b']\n[1, 2, 3]\n[3, 2, 1]\n"],
];

const ERRORS: [string, string][] = [
  ["[].sort(1)", "TypeError: sort() takes no positional arguments"],
  ["[].sort(foo=1)", "TypeError: 'foo' is an invalid keyword argument for sort()"],
  ["[3,1].sort(key=1)", "TypeError: 'int' object is not callable"],
  ["[].append(1,2)", "TypeError: list.append() takes exactly one argument (2 given)"],
  ["list.append(5, 1)", "TypeError: descriptor 'append' for 'list' objects doesn't apply to a 'int' object"],
  ["list.append()", "TypeError: unbound method list.append() needs an argument"],
  ["list.__len__(set())", "TypeError: descriptor '__len__' requires a 'list' object but received a 'set'"],
  ["list.__init__(set())", "TypeError: descriptor '__init__' requires a 'list' object but received a 'set'"],
  ["[].insert(1)", "TypeError: insert expected 2 arguments, got 1"],
  ["[].insert('a', 1)", "TypeError: 'str' object cannot be interpreted as an integer"],
  ["[].pop('a')", "TypeError: 'str' object cannot be interpreted as an integer"],
  ["[].index()", "TypeError: index expected at least 1 argument, got 0"],
  ["[1].index(2, 'a')", "TypeError: slice indices must be integers or have an __index__ method"],
  ["[1].index(2)", "ValueError: 2 is not in list"],
  ["['a'].index('b')", "ValueError: 'b' is not in list"],
  ["[].count()", "TypeError: list.count() takes exactly one argument (0 given)"],
  ["list(1)", "TypeError: 'int' object is not iterable"],
  ["list(1, 2)", "TypeError: list expected at most 1 argument, got 2"],
  ["list(a=1)", "TypeError: list() takes no keyword arguments"],
  ["[][1]", "IndexError: list index out of range"],
  ["[]['a']", "TypeError: list indices must be integers or slices, not str"],
  ["[1][1.5]", "TypeError: list indices must be integers or slices, not float"],
  ["[1][-2]", "IndexError: list index out of range"],
  ["x = []; x[1] = 2", "IndexError: list assignment index out of range"],
  ["x = [1]; x['a'] = 2", "TypeError: list indices must be integers or slices, not str"],
  ["a=[1,2,3]; a[::2] = [1,2,3]", "ValueError: attempt to assign sequence of size 3 to extended slice of size 2"],
  ["a=[1,2,3]; a[::-1] = [1]", "ValueError: attempt to assign sequence of size 1 to extended slice of size 3"],
  ["a=[1,2,3]; a[::2] = 5", "TypeError: must assign iterable to extended slice"],
  ["a=[1,2,3]; a[0:1] = 5", "TypeError: can only assign an iterable"],
  ["x = []; del x[0]", "IndexError: list assignment index out of range"],
  ["x = [1]; del x['a']", "TypeError: list indices must be integers or slices, not str"],
  ["[1] + (1,)", "TypeError: can only concatenate list (not \"tuple\") to list"],
  ["[1] + None", "TypeError: can only concatenate list (not \"NoneType\") to list"],
  ["[1] * 1.5", "TypeError: can't multiply sequence by non-int of type 'float'"],
  ["1.5 * [1]", "TypeError: can't multiply sequence by non-int of type 'float'"],
  ["[1] * 'a'", "TypeError: can't multiply sequence by non-int of type 'str'"],
  ["[1] < (1,)", "TypeError: '<' not supported between instances of 'list' and 'tuple'"],
  ["[1] < [None]", "TypeError: '<' not supported between instances of 'int' and 'NoneType'"],
  ["x = [1]; x += 5", "TypeError: 'int' object is not iterable"],
  ["x = [1]; x *= 'a'", "TypeError: can't multiply sequence by non-int of type 'str'"],
  ["[1].remove(2)", "ValueError: list.remove(x): x not in list"],
  ["[].pop()", "IndexError: pop from empty list"],
  ["[1].pop(5)", "IndexError: pop index out of range"],
  ["[1].pop(-2)", "IndexError: pop index out of range"],
  ["[1, 'a'].sort()", "TypeError: '<' not supported between instances of 'str' and 'int'"],
  ["[3, 2, 1, 'x'].sort()", "TypeError: '<' not supported between instances of 'str' and 'int'"],
  ["sorted([1, 'a'])", "TypeError: '<' not supported between instances of 'str' and 'int'"],
  ["[1][1:2:0]", "ValueError: slice step cannot be zero"],
  ["[].reverse(1)", "TypeError: list.reverse() takes no arguments (1 given)"],
  ["[].copy(1)", "TypeError: list.copy() takes no arguments (1 given)"],
  ["[].clear(1)", "TypeError: list.clear() takes no arguments (1 given)"],
  ["[].extend()", "TypeError: list.extend() takes exactly one argument (0 given)"],
  ["[].extend(5)", "TypeError: 'int' object is not iterable"],
  ["hash([])", "TypeError: unhashable type: 'list'"],
  ["{[1]: 2}", "TypeError: unhashable type: 'list'"],
  ["{[1]}", "TypeError: unhashable type: 'list'"],
  ["[].__getitem__()", "TypeError: list.__getitem__() takes exactly one argument (0 given)"],
  ["[].__setitem__(1)", "TypeError:  expected 2 arguments, got 1"],
  ["[].__len__(1)", "TypeError: expected 0 arguments, got 1"],
  ["[].__reversed__(1)", "TypeError: list.__reversed__() takes no arguments (1 given)"],
  ["[].__mul__()", "TypeError:  expected 1 argument, got 0"],
  ["next(iter([]))", "StopIteration"],
  ["next(reversed([]))", "StopIteration"],
  ["it = iter([1]); next(it); next(it)", "StopIteration"],
  ["l = [3, 1]; l.sort(key=lambda v: l.append(v) or v)", "ValueError: list modified during sort"],
  ["list.__reversed__(1)", "TypeError: descriptor '__reversed__' for 'list' objects doesn't apply to a 'int' object"],
  ["[1][2**70]", "IndexError: cannot fit 'int' into an index-sized integer"],
  ["[1][-2**70]", "IndexError: cannot fit 'int' into an index-sized integer"],
  ["x=[1]; x[2**70]=1", "IndexError: cannot fit 'int' into an index-sized integer"],
  ["x=[1]; del x[2**64]", "IndexError: cannot fit 'int' into an index-sized integer"],
  ["[1].pop(2**70)", "OverflowError: Python int too large to convert to C ssize_t"],
  ["[1].insert(2**70, 5)", "OverflowError: Python int too large to convert to C ssize_t"],
  ["list.__getitem__(set(), 1)", "TypeError: descriptor '__getitem__' for 'list' objects doesn't apply to a 'set' object"],
  ["list.__init__()", "TypeError: descriptor '__init__' of 'list' object needs an argument"],
  ["list.__len__()", "TypeError: descriptor '__len__' of 'list' object needs an argument"],
];

describe('list programs', () => programTests(PROGRAMS));
describe('list error messages', () => errorTests(ERRORS));
