# random's functions with odd arguments: random.py draws first and then
# combines the draw with the arguments in Python arithmetic, so errors (and
# the generator's state after them) follow CPython; getrandbits and
# randbytes refuse counts beyond a C int.
import random


def attempt(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)


random.seed(2024)
attempt('randint(a, b) strs', lambda: random.randint('a', 'b'))
attempt('randint(str, 5)', lambda: random.randint('a', 5))
attempt('randint(1, None)', lambda: random.randint(1, None))
attempt('choices str weights', lambda: random.choices('ab', 'xy'))
attempt('choices str cum_weights', lambda: random.choices('ab', cum_weights='xy'))
attempt('choices None weights', lambda: random.choices('ab', [None, None]))
attempt('choices k positional', lambda: random.choices('ab', 5))
attempt('choices zero total', lambda: random.choices('ab', [0, 0]))
attempt('choices bool weights', lambda: random.choices('ab', [True, 2], k=3))
attempt('triangular(None)', lambda: random.triangular(None))
attempt('triangular(str)', lambda: random.triangular('a'))
attempt('triangular(1, 2)', lambda: random.triangular(1, 2))
attempt('triangular(3, 3, 1)', lambda: random.triangular(3, 3, 1))
attempt('triangular(0, 10, 2)', lambda: random.triangular(0, 10, 2))
attempt('expovariate(None)', lambda: random.expovariate(None))
attempt('expovariate(0)', lambda: random.expovariate(0))
attempt('expovariate(2)', lambda: random.expovariate(2))
attempt('paretovariate([])', lambda: random.paretovariate([]))
attempt('paretovariate(1.5)', lambda: random.paretovariate(1.5))
attempt('weibullvariate(1, "b")', lambda: random.weibullvariate(1, 'b'))
attempt('weibullvariate(3, 2)', lambda: random.weibullvariate(3, 2))
attempt('lognormvariate(0, "s")', lambda: random.lognormvariate(0, 's'))
attempt('lognormvariate(0, 1)', lambda: random.lognormvariate(0, 1))
attempt('vonmisesvariate([2], 0)', lambda: random.vonmisesvariate([2], 0))
attempt('vonmisesvariate("a", "b")', lambda: random.vonmisesvariate('a', 'b'))
attempt('vonmisesvariate(1, 2)', lambda: random.vonmisesvariate(1, 2))
attempt('getrandbits(10**30)', lambda: random.getrandbits(10**30))
attempt('getrandbits(-10**30)', lambda: random.getrandbits(-10**30))
attempt('getrandbits(-1)', lambda: random.getrandbits(-1))
attempt('randbytes(10**30)', lambda: random.randbytes(10**30))
attempt('randbytes(-1)', lambda: random.randbytes(-1))
attempt('randbytes(None)', lambda: random.randbytes(None))
attempt('randbytes("a")', lambda: random.randbytes('a'))
attempt('randbytes(3)', lambda: random.randbytes(3))
print(random.random())
