// set and frozenset: construction, reprs, methods, comparisons, hashing
// and error messages against CPython 3.11.
//
// Every expected output below is what CPython 3.11 printed for the program
// beside it (the tests never run Python); regenerate by running the programs
// under python3 3.11.

import { describe, it, expect } from 'vitest';
import { run, lastLine, programTests, errorTests } from './program-tests.js';


const PROGRAMS: [string, string, string][] = [
  ["set_basic", `print(set(), frozenset(), {1}, frozenset({1, 2}), set([3, 1, 2]), set('aaa'), set(range(5)), frozenset(range(3)), set({1: 2, 0: 1}))
print({1, 1.0, True}, {0, False, 0.0, -0.0}, {1.0, 1}, {True, 1}, set([True, 1, 1.0]), {2.0, 2}, {(1, 2), (1.0, 2.0)})
s = {5, 3}
s.add(1); s.add(3); s.add(1.0); print(s, len(s), 3 in s, 4 in s, 1.0 in s, True in s, s.__len__(), s.__contains__(5))
s.remove(3); s.discard(99); s.discard(5); print(s)
t = {1, 2, 3, 4}; u = {3, 4, 5, 6}
print(t.union(u), t.union([7], (8,), range(9, 11)), t.intersection(u), t.intersection(u, [4]), t.intersection(), t.difference(u), t.difference(u, {1}), t.difference(), t.symmetric_difference(u), t.symmetric_difference([1, 9]))
print(t.issubset(u), {1, 2}.issubset(t), t.issubset(range(10)), t.issuperset([1, 2]), t.issuperset(u), t.isdisjoint(u), t.isdisjoint([9]), set().isdisjoint(set()))
print(t < u, {1} < t, t <= t, t < t, t > {1}, t >= {1, 2, 3, 4}, t == {4, 3, 2, 1}, t != u, t == frozenset(t), frozenset(t) == t, {1} == [1])
v = set(t); v.update([10], {11}, (12,)); print(v)
v.intersection_update({1, 2, 10, 11, 99}, [1, 10, 11]); print(v)
v.difference_update([1], {11}); print(v)
v.symmetric_difference_update([10, 20]); print(v)
v.clear(); print(v, len(v))
w = {1, 2, 3}; c = w.copy(); c.add(4); print(w, c, type(c).__name__)
f = frozenset([1, 2, 3])
print(f, f | {4}, f & {1, 2}, f - {1}, f.symmetric_difference({1, 9}), {9} | f, type({9} | f).__name__, type(f | {9}).__name__, f.copy() is f, f.union([4]), type(f.union()).__name__)
print(hash(frozenset()), hash(frozenset({1})), hash(frozenset({1, 2, 3})), hash(frozenset(range(100))), hash(frozenset({-1, -2})), hash(frozenset({(1, 2), frozenset({3})})))
print(hash(f) == hash(frozenset({3, 2, 1})), {f: 1}[frozenset({1, 2, 3})], {frozenset({1}), frozenset({1.0})}, frozenset(f) is f)
print({frozenset(): 0}, frozenset([frozenset(), frozenset([1])]), {1, (2, 3), None, 'x' == 'x'})
a = {1, 2}; b = a; a |= {3}; print(a is b, a)
a &= {1, 3, 4}; print(a); a -= {1}; print(a); a ^= {3, 5}; print(a)
print({1, 2}.__or__([1]), {1}.__and__(5), {1}.__sub__('a'))
x = {1, 2, 3}
while x:
    print(x.pop(), end=' ')
print(x)
print(set([frozenset({1, 2})]), {frozenset({1})} == {frozenset([1])})
print({1} in [{1}], {1} in {frozenset({1})}, {frozenset({2})}.__contains__({2}))
fs = {frozenset({2})}; fs.remove({2}); print(fs); fs.add(frozenset({3})); fs.discard({3}); print(fs)
class S(set):
    pass
q = S([3, 1]); print(q, type(q).__name__, type(q | {5}).__name__, type(q.copy()).__name__, type(q.union()).__name__, q == {1, 3}, S(), repr(S()))
class F(frozenset):
    pass
fr = F([1, 2]); print(fr, F(), type(fr & {1}).__name__, hash(fr) == hash(frozenset({1, 2})), fr.copy() is fr, type(fr.copy()).__name__)
class S2(set):
    def __init__(self, a, b):
        super().__init__([a, b])
print(S2(1, 2), len(S2(5, 5)))
ss = set(); ss.add(ss.__class__.__name__); print(ss)
r = set(); print(repr(r), str(r), str({1}), repr(frozenset()))
it = iter({1, 2}); print(type(it).__name__, next(it), next(it), next(it, 'end'))
try:
    st = {1, 2, 3}
    for e in st:
        st.add(e * 10)
except RuntimeError as ex:
    print('RuntimeError:', ex)
try:
    st = {1, 2, 3}
    for e in st:
        st.discard(e)
except RuntimeError as ex:
    print('RuntimeError:', ex)
print(sorted({3, 1, 2}), max({4, 9, 2}), sum({1, 2, 3}), len({i % 7 for i in range(100)}), {i % 7 for i in range(100)})
print(bool(set()), bool({0}), set() == frozenset(), {1: 2}.keys() == {1})
nan = float('nan'); ns = {nan, nan}; print(len(ns), nan in ns, {float('nan'), float('nan')}.__len__())
print(set([1, 2, 3]) == set([3, 2, 1]), {1, 2, 3}.issubset({1, 2, 3}), {1, 2} < {1, 2})
print({-1, -2, -3}, {-5, 5, 0}, set(range(-5, 5)), {2**61 - 1, 2**61, 2**62, -2**61})
print({1.5, 2.5, 0.5}, {1e100, 1e-100}, {float('inf'), -float('inf'), 0.0})
`,
   "set() frozenset() {1} frozenset({1, 2}) {1, 2, 3} {'a'} {0, 1, 2, 3, 4} frozenset({0, 1, 2}) {0, 1}\n{1} {0} {1.0} {True} {True} {2.0} {(1, 2)}\n{1, 3, 5} 3 True False True True 3 True\n{1}\n{1, 2, 3, 4, 5, 6} {1, 2, 3, 4, 7, 8, 9, 10} {3, 4} {4} {1, 2, 3, 4} {1, 2} {2} {1, 2, 3, 4} {1, 2, 5, 6} {2, 3, 4, 9}\nFalse True True True False False True True\nFalse True True False True True True True True True False\n{1, 2, 3, 4, 10, 11, 12}\n{1, 10, 11}\n{10}\n{20}\nset() 0\n{1, 2, 3} {1, 2, 3, 4} set\nfrozenset({1, 2, 3}) frozenset({1, 2, 3, 4}) frozenset({1, 2}) frozenset({2, 3}) frozenset({2, 3, 9}) {9, 2, 3, 1} set frozenset True frozenset({1, 2, 3, 4}) frozenset\n133146708735736 -558064481276695278 -272375401224217160 4411996150312757951 399283329322573 -4524728864588092541\nTrue 1 {frozenset({1})} True\n{frozenset(): 0} frozenset({frozenset(), frozenset({1})}) {(2, 3), 1, None}\nTrue {1, 2, 3}\n{1, 3}\n{3}\n{5}\nNotImplemented NotImplemented NotImplemented\n1 2 3 set()\n{frozenset({1, 2})} True\nTrue True True\nset()\nset()\nS({1, 3}) S set set set True S() S()\nF({1, 2}) F() frozenset True False frozenset\nS2({1, 2}) 1\n{'set'}\nset() set() {1} frozenset()\nset_iterator 1 2 end\nRuntimeError: Set changed size during iteration\nRuntimeError: Set changed size during iteration\n[1, 2, 3] 9 6 7 {0, 1, 2, 3, 4, 5, 6}\nFalse True True True\n1 True 2\nTrue True False\n{-3, -1, -2} {0, -5, 5} {0, 1, 2, 3, 4, -1, -5, -4, -3, -2} {2305843009213693951, 2305843009213693952, 4611686018427387904, -2305843009213693952}\n{0.5, 1.5, 2.5} {1e-100, 1e+100} {0.0, -inf, inf}\n"],
];

const ERRORS: [string, string][] = [
  ["set(1)", "TypeError: 'int' object is not iterable"],
  ["set(1, 2)", "TypeError: set expected at most 1 argument, got 2"],
  ["set(a=1)", "TypeError: set() takes no keyword arguments"],
  ["frozenset(1, 2)", "TypeError: frozenset expected at most 1 argument, got 2"],
  ["frozenset(a=1)", "TypeError: frozenset() takes no keyword arguments"],
  ["frozenset(1)", "TypeError: 'int' object is not iterable"],
  ["set().pop()", "KeyError: 'pop from an empty set'"],
  ["set().remove(1)", "KeyError: 1"],
  ["set().remove((1, 2))", "KeyError: (1, 2)"],
  ["set().remove({1})", "KeyError: {1}"],
  ["{1} | [1]", "TypeError: unsupported operand type(s) for |: 'set' and 'list'"],
  ["[1] | {1}", "TypeError: unsupported operand type(s) for |: 'list' and 'set'"],
  ["{1} & 'a'", "TypeError: unsupported operand type(s) for &: 'set' and 'str'"],
  ["{1} - 1", "TypeError: unsupported operand type(s) for -: 'set' and 'int'"],
  ["{1} ^ None", "TypeError: unsupported operand type(s) for ^: 'set' and 'NoneType'"],
  ["{1} < [1]", "TypeError: '<' not supported between instances of 'set' and 'list'"],
  ["set().add()", "TypeError: set.add() takes exactly one argument (0 given)"],
  ["set().add([])", "TypeError: unhashable type: 'list'"],
  ["set().add(1, 2)", "TypeError: set.add() takes exactly one argument (2 given)"],
  ["set.add(frozenset(), 1)", "TypeError: descriptor 'add' for 'set' objects doesn't apply to a 'frozenset' object"],
  ["frozenset.union(set())", "TypeError: descriptor 'union' for 'frozenset' objects doesn't apply to a 'set' object"],
  ["set().issubset(1)", "TypeError: 'int' object is not iterable"],
  ["set().issuperset(1)", "TypeError: 'int' object is not iterable"],
  ["set().isdisjoint()", "TypeError: set.isdisjoint() takes exactly one argument (0 given)"],
  ["set().isdisjoint(1)", "TypeError: 'int' object is not iterable"],
  ["set().symmetric_difference()", "TypeError: set.symmetric_difference() takes exactly one argument (0 given)"],
  ["set().union(1)", "TypeError: 'int' object is not iterable"],
  ["set().update(1)", "TypeError: 'int' object is not iterable"],
  ["set().union(a=1)", "TypeError: set.union() takes no keyword arguments"],
  ["set().intersection(5)", "TypeError: 'int' object is not iterable"],
  ["set().difference(5)", "TypeError: 'int' object is not iterable"],
  ["set().difference_update(5)", "TypeError: 'int' object is not iterable"],
  ["set().intersection_update(5)", "TypeError: 'int' object is not iterable"],
  ["set().symmetric_difference_update(5)", "TypeError: 'int' object is not iterable"],
  ["frozenset().add(1)", "AttributeError: 'frozenset' object has no attribute 'add'"],
  ["frozenset().pop()", "AttributeError: 'frozenset' object has no attribute 'pop'"],
  ["x = frozenset(); x.clear()", "AttributeError: 'frozenset' object has no attribute 'clear'"],
  ["[] in {1}", "TypeError: unhashable type: 'list'"],
  ["set().discard([])", "TypeError: unhashable type: 'list'"],
  ["hash(set())", "TypeError: unhashable type: 'set'"],
  ["hash(frozenset([[]]))", "TypeError: unhashable type: 'list'"],
  ["set().__contains__()", "TypeError: set.__contains__() takes exactly one argument (0 given)"],
  ["set().__len__(1)", "TypeError: expected 0 arguments, got 1"],
  ["frozenset().__hash__(1)", "TypeError: expected 0 arguments, got 1"],
  ["s = {1}\nfor k in s: s.add(k + 1)", "RuntimeError: Set changed size during iteration"],
  ["s = {1, 2}\nfor k in s: s.discard(k)", "RuntimeError: Set changed size during iteration"],
  ["next(iter(set()))", "StopIteration"],
  ["set.__contains__(1, 2)", "TypeError: descriptor '__contains__' for 'set' objects doesn't apply to a 'int' object"],
  ["frozenset.__contains__(1, 2)", "TypeError: descriptor '__contains__' for 'frozenset' objects doesn't apply to a 'int' object"],
  ["set.__init__(frozenset())", "TypeError: descriptor '__init__' requires a 'set' object but received a 'frozenset'"],
  ["set.__repr__(frozenset())", "TypeError: descriptor '__repr__' requires a 'set' object but received a 'frozenset'"],
];

describe('set programs', () => programTests(PROGRAMS));
describe('set error messages', () => errorTests(ERRORS));
