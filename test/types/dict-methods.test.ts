// dict and its views: construction, mapping protocol, __missing__ on
// subclasses, methods, views as sets, iteration errors, against CPython 3.11.
//
// Every expected output below is what CPython 3.11 printed for the program
// beside it (the tests never run Python); regenerate by running the programs
// under python3 3.11.

import { describe, it, expect } from 'vitest';
import { run, lastLine, programTests, errorTests } from './program-tests.js';


const PROGRAMS: [string, string, string][] = [
  ["dict_basic", `d = {'a': 1, 'b': 2}
print(d, dict(), dict(d), dict(a=1, b=2), dict([('x', 1), ['y', 2]]), dict(['ab', 'cd']), dict({1: 2}, x=3), dict(zip('abc', range(3))))
print(dict([(1, 'a'), (1.0, 'b'), (True, 'c')]), {1: 'a', 1.0: 'b', True: 'c'}, {0: 'z', False: 'f', 0.0: 'g', -0.0: 'h'})
print(d['a'], d.get('b'), d.get('q'), d.get('q', 0), 'a' in d, 1 in d, len(d), d.__len__(), d.__contains__('b'))
d['c'] = 3; d['a'] = 10; print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
del d['b']; d['b'] = 20; print(d)
print(d.setdefault('a'), d.setdefault('z'), d.setdefault('y', []), d)
print(d.pop('z'), d.pop('nope', 'dflt'), d.popitem(), d)
d.update({'k': 1}); d.update([('m', 2)]); d.update(n=3); d.update({'k': 11}, k=12); d.update(); print(d)
e = d.copy(); e['a'] = -1; print(d['a'], e['a'], e == d, type(e).__name__)
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], []), {}.fromkeys((1,), 0), dict.fromkeys({3, 1, 2}))
print({1: 2} == {1: 2.0}, {1: 2} != {1: 3}, {1: 2} == {2: 1}, {'a': 1, 'b': 2} == {'b': 2, 'a': 1}, {} == {}, {1: 2} == [1])
nan = float('nan'); print({1: nan} == {1: nan}, {nan: 1} == {nan: 1}, nan in {nan: 1})
print({1: 'a'} | {2: 'b'}, {1: 'a', 2: 'x'} | {2: 'b'}, {1: 'a'}.__or__([1]))
f = {1: 'a'}; f |= {3: 'c'}; f |= [(4, 'd')]; print(f)
print(repr({'x': [1, {2: (3,)}]}), str({None: None}), {(1, 2): {3}})
r = {}; r['self'] = r; print(r)
print(list(reversed({1: 2, 3: 4, 5: 6})), list(reversed({1: 2}.items())), list(reversed({1: 2, 3: 4}.values())))
print(type(reversed({})).__name__, type(iter({})).__name__, type(iter({}.values())).__name__, type(iter({}.items())).__name__, type(reversed({}.items())).__name__)
g = {i: i * i for i in range(10)}
for k in list(g):
    if k % 2: del g[k]
print(g, len(g))
try:
    for k in g:
        del g[k]
except RuntimeError as ex:
    print('RuntimeError:', ex)
try:
    for k in g:
        g[k + 100] = 1
except RuntimeError as ex:
    print('RuntimeError:', ex)
h = {1: 1}
for k in h:
    h[k] = 2
print(h)
class D(dict):
    def __missing__(self, key):
        return key * 2
m = D(a=1); print(m['a'], m['zz'], m, type(m).__name__, m.get('q'), 'q' in m, type(m.copy()).__name__, type(m | {}).__name__, m == {'a': 1})
class Counter(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0
c = Counter()
for ch in 'hello world':
    c[ch] += 1
print(c, sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
class D2(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.extra = 'x'
print(D2(q=1), D2([(1, 2)]).extra, D2.fromkeys('ab'), type(D2.fromkeys('ab')).__name__)
class Mapping:
    def keys(self): return ['p', 'q']
    def __getitem__(self, k): return k.upper()
print(dict(Mapping()), {**{'a': 1}, 'b': 2}, {**Mapping()})
k1 = {}; k1[(1, 2)] = 'tuple'; k1[frozenset({1})] = 'fs'; k1[None] = 'none'; k1[2.5] = 'f'; k1[10**30] = 'big'
print(k1, k1[(1.0, 2)], k1[frozenset([1])], k1[10**30], k1[5 / 2])
class H:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v) % 3
    def __eq__(self, o): return isinstance(o, H) and self.v == o.v
    def __repr__(self): return f'H({self.v})'
hh = {H(i): i for i in range(6)}
print(hh, hh[H(4)], H(9) in hh, len(hh))
del hh[H(2)]; hh[H(2)] = 'again'; print(hh, list(hh.keys())[-1])
w = {(H(1), 2): 'x'}; print(w[(H(1), 2)], (H(1), 3) in w)
print(list({1: 2}.items())[0], type(list({1: 2}.items())[0]).__name__)
print(bool({}), bool({0: 0}))
z = {}
z.__setitem__('a', 1); print(z.__getitem__('a'), z); z.__delitem__('a'); print(z)
print({'b': 1, 'a': 2}.keys() == {'a', 'b'})
`,
   "{'a': 1, 'b': 2} {} {'a': 1, 'b': 2} {'a': 1, 'b': 2} {'x': 1, 'y': 2} {'a': 'b', 'c': 'd'} {1: 2, 'x': 3} {'a': 0, 'b': 1, 'c': 2}\n{1: 'c'} {1: 'c'} {0: 'h'}\n1 2 None 0 True False 2 2 True\n{'a': 10, 'b': 2, 'c': 3} ['a', 'b', 'c'] ['a', 'b', 'c'] [10, 2, 3] [('a', 10), ('b', 2), ('c', 3)]\n{'a': 10, 'c': 3, 'b': 20}\n10 None [] {'a': 10, 'c': 3, 'b': 20, 'z': None, 'y': []}\nNone dflt ('y', []) {'a': 10, 'c': 3, 'b': 20}\n{'a': 10, 'c': 3, 'b': 20, 'k': 12, 'm': 2, 'n': 3}\n10 -1 False dict\n{'a': None, 'b': None, 'c': None} {1: [], 2: []} {1: 0} {1: None, 2: None, 3: None}\nTrue True False True True False\nTrue True True\n{1: 'a', 2: 'b'} {1: 'a', 2: 'b'} NotImplemented\n{1: 'a', 3: 'c', 4: 'd'}\n{'x': [1, {2: (3,)}]} {None: None} {(1, 2): {3}}\n{'self': {...}}\n[5, 3, 1] [(1, 2)] [4, 2]\ndict_reversekeyiterator dict_keyiterator dict_valueiterator dict_itemiterator dict_reverseitemiterator\n{0: 0, 2: 4, 4: 16, 6: 36, 8: 64} 5\nRuntimeError: dictionary changed size during iteration\nRuntimeError: dictionary changed size during iteration\n{1: 2}\n1 zzzz {'a': 1} D None False dict dict True\n{'h': 1, 'e': 1, 'l': 3, 'o': 2, ' ': 1, 'w': 1, 'r': 1, 'd': 1} [('l', 3), ('o', 2), (' ', 1)]\n{'q': 1} x {'a': None, 'b': None} D2\n{'p': 'P', 'q': 'Q'} {'a': 1, 'b': 2} {'p': 'P', 'q': 'Q'}\n{(1, 2): 'tuple', frozenset({1}): 'fs', None: 'none', 2.5: 'f', 1000000000000000000000000000000: 'big'} tuple fs big f\n{H(0): 0, H(1): 1, H(2): 2, H(3): 3, H(4): 4, H(5): 5} 4 False 6\n{H(0): 0, H(1): 1, H(3): 3, H(4): 4, H(5): 5, H(2): 'again'} H(2)\nx False\n(1, 2) tuple\nFalse True\n1 {'a': 1}\n{}\nTrue\n"],
  ["dict_views", `d = {'a': 1, 'b': 2, 'c': 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, len(k), len(v), len(i), type(k).__name__, type(v).__name__, type(i).__name__)
print('a' in k, 'z' in k, 2 in v, 9 in v, ('a', 1) in i, ('a', 2) in i, ('a',) in i, 'a' in i, (['x'], 1) in i if False else 0)
d['d'] = 4; print(k, v, i)
del d['a']; print(list(k), list(v), list(i))
print(list(reversed(k)), list(reversed(v)), list(reversed(i)))
print(k == {'b', 'c', 'd'}, k == {'b'}, k != {'b'}, {'b', 'c', 'd'} == k, k < {'b', 'c', 'd', 'e'}, k <= {'b', 'c', 'd'}, k > {'b'}, k >= k)
print(i == {('b', 2), ('c', 3), ('d', 4)}, i == d.items(), k == d.keys(), v == d.values(), v == v)
n = {1: 10, 2: 20, 3: 30}
print(n.keys() & {2, 3, 4}, n.keys() | {5}, n.keys() - {1}, n.keys() ^ {3, 4}, {2, 9} & n.keys(), {7} | n.keys(), {1, 8} - n.keys(), {2, 8} ^ n.keys())
print(n.keys() & [1, 2], n.keys() | [0], n.keys() - (1,), n.keys() ^ range(2, 5), [1, 5] - n.keys() if False else 0)
print(n.items() & {(1, 10), (2, 5)}, n.items() - {(1, 10)}, n.items() | {(9, 9)}, n.items() ^ {(1, 10), (4, 40)})
m = {1: 10, 2: 99, 5: 50}
print(n.items() ^ m.items(), n.items() & m.items(), n.keys() & m.keys(), n.keys() - m.keys(), n.keys() ^ m.keys(), n.keys() | m.keys())
print(n.keys().isdisjoint({7, 8}), n.keys().isdisjoint([1]), n.items().isdisjoint({(1, 10)}), n.keys().isdisjoint(n.keys()), {}.keys().isdisjoint({}.keys()))
print(type(n.keys() & {1}).__name__, type(n.items() | set()).__name__)
it = iter(n.items()); print(next(it), next(it))
e = {}
print(e.keys(), e.values(), e.items(), list(e.items()), e.keys() == set())
r = {}; r[1] = r.values(); print(r)
big = {i: -i for i in range(40)}
print(big.keys() & set(range(30, 50)), set(range(35, 60)) & big.keys(), big.keys() - set(range(5, 40)))
print(sorted(n.keys()), sorted(n.values()), sorted(n.items(), reverse=True), max(n.keys()), sum(n.keys()))
for kk, vv in n.items(): print(kk, vv, end='; ')
print()
try:
    for kk in n.keys(): n[kk + 10] = 0
except RuntimeError as ex:
    print(ex)
try:
    for kk in reversed(n): n.pop(kk)
except RuntimeError as ex:
    print(ex)
try:
    hash(n.keys())
except TypeError as ex:
    print(ex)
print(hash(n.values()) is not None)
d = {1: 1, 2: 2, 3: 3}
out = []
for k in reversed(d):
    out.append(k)
    if k == 3:
        del d[2]
        d[9] = 9
print(out, d)
`,
   "dict_keys(['a', 'b', 'c']) dict_values([1, 2, 3]) dict_items([('a', 1), ('b', 2), ('c', 3)]) 3 3 3 dict_keys dict_values dict_items\nTrue False True False True False False False 0\ndict_keys(['a', 'b', 'c', 'd']) dict_values([1, 2, 3, 4]) dict_items([('a', 1), ('b', 2), ('c', 3), ('d', 4)])\n['b', 'c', 'd'] [2, 3, 4] [('b', 2), ('c', 3), ('d', 4)]\n['d', 'c', 'b'] [4, 3, 2] [('d', 4), ('c', 3), ('b', 2)]\nTrue False True True True True True True\nTrue True True False True\n{2, 3} {1, 2, 3, 5} {2, 3} {1, 2, 4} {2} {1, 2, 3, 7} {8} {8, 1, 3}\n{1, 2} {0, 1, 2, 3} {2, 3} {1, 4} 0\n{(1, 10)} {(2, 20), (3, 30)} {(2, 20), (3, 30), (1, 10), (9, 9)} {(2, 20), (3, 30), (4, 40)}\n{(2, 20), (2, 99), (3, 30), (5, 50)} {(1, 10)} {1, 2} {3} {3, 5} {1, 2, 3, 5}\nTrue False False False True\nset set\n(1, 10) (2, 20)\ndict_keys([]) dict_values([]) dict_items([]) [] True\n{1: dict_values([...])}\n{32, 33, 34, 35, 36, 37, 38, 39, 30, 31} {35, 36, 37, 38, 39} {0, 1, 2, 3, 4}\n[1, 2, 3] [10, 20, 30] [(3, 30), (2, 20), (1, 10)] 3 6\n1 10; 2 20; 3 30; \ndictionary changed size during iteration\ndictionary changed size during iteration\nunhashable type: 'dict_keys'\nTrue\n[3, 1] {1: 1, 3: 3, 9: 9}\n"],
  ["int and str subclass keys", `class MyInt(int):
    pass
class MyStr(str):
    pass
d = {5: 'five', 'k': 'kay'}
print(d[MyInt(5)], d[MyStr('k')], MyInt(5) in {5}, MyStr('a') in {'a': 1}, 5 in {MyInt(5)}, {MyInt(3): 1}[3])
e = {MyInt(7): 'x'}; e[7] = 'y'; print(e, type(list(e)[0]).__name__)
s = {MyInt(1), 1, MyInt(2)}; print(s, [type(x).__name__ for x in s])
class H(int):
    def __hash__(self): return 99
    def __eq__(self, o): return True
print(len({H(1), H(2)}), H(1) in {5: 0})
`,
   "five kay True True True 1\n{7: 'y'} MyInt\n{1, 2} ['MyInt', 'MyInt']\n1 False\n"],
];

const ERRORS: [string, string][] = [
  ["dict(1)", "TypeError: 'int' object is not iterable"],
  ["dict([1])", "TypeError: cannot convert dictionary update sequence element #0 to a sequence"],
  ["dict([(1,2,3)])", "ValueError: dictionary update sequence element #0 has length 3; 2 is required"],
  ["dict(['abc'])", "ValueError: dictionary update sequence element #0 has length 3; 2 is required"],
  ["dict([[1]])", "ValueError: dictionary update sequence element #0 has length 1; 2 is required"],
  ["dict({}, {})", "TypeError: dict expected at most 1 argument, got 2"],
  ["dict([None])", "TypeError: cannot convert dictionary update sequence element #0 to a sequence"],
  ["dict.__getitem__([], 1)", "TypeError: descriptor '__getitem__' for 'dict' objects doesn't apply to a 'list' object"],
  ["{}.get()", "TypeError: get expected at least 1 argument, got 0"],
  ["{}.get(1,2,3)", "TypeError: get expected at most 2 arguments, got 3"],
  ["{}.pop()", "TypeError: pop expected at least 1 argument, got 0"],
  ["{}.pop(1)", "KeyError: 1"],
  ["{}.popitem()", "KeyError: 'popitem(): dictionary is empty'"],
  ["{}.setdefault()", "TypeError: setdefault expected at least 1 argument, got 0"],
  ["{}.update(1)", "TypeError: 'int' object is not iterable"],
  ["{}.update({}, {})", "TypeError: update expected at most 1 argument, got 2"],
  ["{}.update([1])", "TypeError: cannot convert dictionary update sequence element #0 to a sequence"],
  ["{}.keys(1)", "TypeError: dict.keys() takes no arguments (1 given)"],
  ["{}.values(1)", "TypeError: dict.values() takes no arguments (1 given)"],
  ["{}.items(1)", "TypeError: dict.items() takes no arguments (1 given)"],
  ["{}.clear(1)", "TypeError: dict.clear() takes no arguments (1 given)"],
  ["{}.copy(1)", "TypeError: dict.copy() takes no arguments (1 given)"],
  ["dict.fromkeys()", "TypeError: fromkeys expected at least 1 argument, got 0"],
  ["dict.fromkeys(1)", "TypeError: 'int' object is not iterable"],
  ["{}[[]]", "TypeError: unhashable type: 'list'"],
  ["{}['a']", "KeyError: 'a'"],
  ["{}[(1, 2)]", "KeyError: (1, 2)"],
  ["{}[1.5]", "KeyError: 1.5"],
  ["x = {}; del x['q']", "KeyError: 'q'"],
  ["{1:2} | [1]", "TypeError: unsupported operand type(s) for |: 'dict' and 'list'"],
  ["[1] | {1:2}", "TypeError: unsupported operand type(s) for |: 'list' and 'dict'"],
  ["d={}; d |= 5", "TypeError: 'int' object is not iterable"],
  ["d={}; d |= [1]", "TypeError: cannot convert dictionary update sequence element #0 to a sequence"],
  ["{1: 2} < {1: 2}", "TypeError: '<' not supported between instances of 'dict' and 'dict'"],
  ["hash({})", "TypeError: unhashable type: 'dict'"],
  ["{}.__getitem__()", "TypeError: dict.__getitem__() takes exactly one argument (0 given)"],
  ["{}.__setitem__(1)", "TypeError:  expected 2 arguments, got 1"],
  ["{}.__contains__()", "TypeError: dict.__contains__() takes exactly one argument (0 given)"],
  ["{}.__reversed__(1)", "TypeError: dict.__reversed__() takes no arguments (1 given)"],
  ["{1:2}.keys() & 1", "TypeError: 'int' object is not iterable"],
  ["{1:2}.keys() < 1", "TypeError: '<' not supported between instances of 'dict_keys' and 'int'"],
  ["{1:2}.values() | {1}", "TypeError: unsupported operand type(s) for |: 'dict_values' and 'set'"],
  ["{1:2}.keys() | 5", "TypeError: 'int' object is not iterable"],
  ["{1:2}.items() - 5", "TypeError: 'int' object is not iterable"],
  ["hash({1: 2}.keys())", "TypeError: unhashable type: 'dict_keys'"],
  ["hash({}.items())", "TypeError: unhashable type: 'dict_items'"],
  ["{}.keys().isdisjoint(5)", "TypeError: 'int' object is not iterable"],
  ["{}.keys().__len__(1)", "TypeError: expected 0 arguments, got 1"],
  ["x = {1: 2}\nfor k in x: x[k+1] = 0", "RuntimeError: dictionary changed size during iteration"],
  ["x = {1: 2, 3: 4}\nfor k in reversed(x): del x[k]", "RuntimeError: dictionary changed size during iteration"],
  ["x = {1: 2}\nfor k in x.items(): x.clear()", "RuntimeError: dictionary changed size during iteration"],
  ["next(iter({}))", "StopIteration"],
  ["next(reversed({}))", "StopIteration"],
  ["dict.__getitem__()", "TypeError: unbound method dict.__getitem__() needs an argument"],
  ["dict.__getitem__(1, 2)", "TypeError: descriptor '__getitem__' for 'dict' objects doesn't apply to a 'int' object"],
  ["dict.__contains__(1, 2)", "TypeError: descriptor '__contains__' for 'dict' objects doesn't apply to a 'int' object"],
  ["dict.__reversed__(1)", "TypeError: descriptor '__reversed__' for 'dict' objects doesn't apply to a 'int' object"],
  ["dict.__init__(1)", "TypeError: descriptor '__init__' requires a 'dict' object but received a 'int'"],
  ["dict.keys([])", "TypeError: descriptor 'keys' for 'dict' objects doesn't apply to a 'list' object"],
];

describe('dict programs', () => programTests(PROGRAMS));
describe('dict error messages', () => errorTests(ERRORS));
