// A small Python program run once per host process before the user's
// program, so that V8 has seen every common path of the dispatch loop when it
// optimises it. Without it, the first time a user program reaches a path the
// optimiser has no feedback for (a print at the very end, an exception),
// V8 throws the optimised loop away and recompiles it — tens of milliseconds
// each time for a function this size.

export const WARMUP_SOURCE = `
class _W:
    k = 1
    def __init__(self, x):
        self.x = x
    def m(self, y=2, *a, **kw):
        return self.x + y
    @property
    def p(self):
        return self.x
def _g(n):
    for i in range(n):
        yield i
def _f(a, b=1, *c, d=2, **e):
    global _G
    _G = a
    return a + b
_G = 0
for _i in range(3):
    _w = _W(_i)
    _s = _w.m(1) + _w.p + _f(1, 2) + _f(1, d=3) + len([1, 2]) + _W.k
    _l = [x * 2 for x in range(3) if x > 0]
    _d = {'a': 1, **{'b': 2}}
    _d['c'] = _d.get('a', 0)
    _t = (1, 2.5, 'x', None, True)
    _a, *_b = _t
    _s2 = f'{_a!r:>3} {_t[1]:.1f}' + '%d' % 3 + str(_i)
    _x = 1 < 2 <= 3 and not (1 == 2) or None
    _y = -_i + ~_i + (_i ** 2) // 3 % 5 - 1.5 / 2 + (2 << 1) + (8 >> 1) + (6 & 3) + (6 | 1) + (6 ^ 1)
    _y += 1
    _l[0] = 5
    del _l[0]
    _z = [v for v in _g(3)] + list({1, 2}) + list(_d.items())
    _c = 'a' in 'abc' and 1 in [1] and _w is not None and 'z' not in _d
    try:
        raise ValueError('w')
    except (TypeError, ValueError) as _e:
        _m = str(_e)
    finally:
        _n = 0
    with open.__class__ if False else _Ctx() as _cm:
        pass
    while _n < 2:
        _n += 1
        if _n == 1:
            continue
        break
    _q = lambda v: v + 1
    _r = _q(_i) if _i else _q(0)
    _u = sorted([3, 1, 2], key=lambda v: -v)
` .replace('with open.__class__ if False else _Ctx() as _cm', 'with _Ctx() as _cm');

export const WARMUP_PRELUDE = `
class _Ctx:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False
`;
