// tuple: construction (including subclasses with __new__, as namedtuple
// makes them), indexing, operators, methods and CPython's exact hash values.
//
// Every expected output below is what CPython 3.11 printed for the program
// beside it (the tests never run Python); regenerate by running the programs
// under python3 3.11.

import { describe, it, expect } from 'vitest';
import { run, lastLine, programTests, errorTests } from './program-tests.js';


const PROGRAMS: [string, string, string][] = [
  ["tuple_basic", `t = (1, 2, 3, 2)
print(t, (), (1,), ((),), (1, (2, (3,))), tuple(), tuple([1, 2]), tuple('ab'), tuple(range(3)), tuple({1: 2}))
print(len(t), t[0], t[-1], t[1:3], t[::-1], t[::2], t[5:], t.index(2), t.index(2, 2), t.count(2), 2 in t, 5 not in t)
print(t + (4,), (4,) * 2, 2 * (1, 2), () * 5, (1,) * 0, (1, 2) * -1, t == (1, 2, 3, 2), t != t, (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 5))
print((1, 2) == [1, 2], (1,) == (1.0,), (1, 'a') <= (1, 'a'), () < (0,), (1, 2) >= (1, 2))
print(hash(()), hash((1,)), hash((1, 2)), hash((-1, 'a' == 'a')), hash(((1, 2), 3)), hash((2**70,)), hash((1.5, -0.5)), hash((0, -1, -2)))
print(hash((1, 2)) == hash((1.0, 2.0)), hash((True,)) == hash((1,)), hash(((),)), hash((frozenset(),)), hash((frozenset({1, 2}), 3)))
for n in range(6):
    print(hash(tuple(range(n))), hash(tuple(range(-n, 0))))
x = t
print(x is t, t[:] is t, t[0:4] is t, tuple(t) is t, t[::] is t)
a, *b = t; print(a, b)
print(t.__len__(), t.__contains__(3), t.__getnewargs__(), repr((1, 'a')), str((None,)))
class P(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
    def __repr__(self): return f'P(x={self[0]}, y={self[1]})'
p = P(3, 4); print(p, p.x, p[1], len(p), type(p).__name__, p == (3, 4), p + (5,), type(p + (5,)).__name__, type(p[:]).__name__, isinstance(p, tuple), hash(p) == hash((3, 4)))
q = P(1, 2); print(sorted([p, q]), {p: 'a'}[(3, 4)], tuple(p), type(tuple(p)).__name__)
class T(tuple): pass
print(T([1, 2]), T(), type(T('ab')).__name__, T((1,)) == (1,))
print((1, 2).__add__((3,)), (1,).__mul__(3), (1, 2).__rmul__(2))
d = {(1, 2): 'a', (1, (2, 3)): 'b'}; print(d[(1, 2)], d[1, (2, 3)], (1.0, 2.0) in d)
print(sorted([(2, 'b'), (1, 'z'), (2, 'a')]), max((1, 2), (1, 3)), min([(3,), (1, 5)]))
it = iter((1, 2)); print(type(it).__name__, next(it), list(it))
print(bool(()), bool((0,)), (1, 2, 3)[-2], (1, 2, 3)[True])
`,
   "(1, 2, 3, 2) () (1,) ((),) (1, (2, (3,))) () (1, 2) ('a', 'b') (0, 1, 2) (1,)\n4 1 2 (2, 3) (2, 3, 2, 1) (1, 3) () 1 3 2 True True\n(1, 2, 3, 2, 4) (4, 4) (1, 2, 1, 2) () () () True False True True True\nFalse True True True True\n5740354900026072187 -6644214454873602895 -3550055125485641917 9083154820904886697 -333907151259015829 6011568359958228336 -1685186127408392206 1028809268218421633\nTrue True -5486347211504344842 -8365660994716452983 -1361043499962750972\n5740354900026072187 5740354900026072187\n-8753497827991233192 8078679518589016365\n-1950498447580522560 960947337673586213\n2187946392326065592 -8388234098167122465\n-8281178343658874797 7865404750283309182\n891674017800185211 -1057067523831882405\nTrue True True True True\n1 [2, 3, 2]\n4 True ((1, 2, 3, 2),) (1, 'a') (None,)\nP(x=3, y=4) 3 4 2 P True (3, 4, 5) tuple tuple True True\n[P(x=1, y=2), P(x=3, y=4)] a (3, 4) tuple\n(1, 2) () T True\n(1, 2, 3) (1, 1, 1) (1, 2, 1, 2)\na b True\n[(1, 'z'), (2, 'a'), (2, 'b')] (1, 3) (1, 5)\ntuple_iterator 1 [2]\nFalse True 2 2\n"],
];

const ERRORS: [string, string][] = [
  ["tuple(1, 2)", "TypeError: tuple expected at most 1 argument, got 2"],
  ["tuple(a=1)", "TypeError: tuple() takes no keyword arguments"],
  ["tuple(5)", "TypeError: 'int' object is not iterable"],
  ["()[0]", "IndexError: tuple index out of range"],
  ["(1,)['a']", "TypeError: tuple indices must be integers or slices, not str"],
  ["(1,).index(2)", "ValueError: tuple.index(x): x not in tuple"],
  ["(1,).index()", "TypeError: index expected at least 1 argument, got 0"],
  ["(1,2).count()", "TypeError: tuple.count() takes exactly one argument (0 given)"],
  ["tuple.count([], 1)", "TypeError: descriptor 'count' for 'tuple' objects doesn't apply to a 'list' object"],
  ["hash(([],))", "TypeError: unhashable type: 'list'"],
  ["hash((1, {}))", "TypeError: unhashable type: 'dict'"],
  ["(1, 2) < (1, 'a')", "TypeError: '<' not supported between instances of 'int' and 'str'"],
  ["(1,) + [1]", "TypeError: can only concatenate tuple (not \"list\") to tuple"],
  ["(1,) * 2.0", "TypeError: can't multiply sequence by non-int of type 'float'"],
  ["().__getitem__()", "TypeError: expected 1 argument, got 0"],
  ["().__len__(1)", "TypeError: expected 0 arguments, got 1"],
  ["().__hash__(1)", "TypeError: expected 0 arguments, got 1"],
  ["next(iter(()))", "StopIteration"],
  ["tuple.__repr__([])", "TypeError: descriptor '__repr__' requires a 'tuple' object but received a 'list'"],
  ["(1,)[2**70]", "IndexError: cannot fit 'int' into an index-sized integer"],
];

describe('tuple programs', () => programTests(PROGRAMS));
describe('tuple error messages', () => errorTests(ERRORS));
