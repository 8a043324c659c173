# Argument-binding, operator and indexing errors with CPython 3.11's exact wording:
# a bad keyword is reported before too many positionals, in-place operators
# name themselves (//=), bytearray and range say so, builtin methods are str.zfill().
def f(x, y=1): pass
def g(a, *, k): pass
def h(p, /, q): pass
tests = [lambda: f(1, 2, 3, x=5), lambda: (lambda: 0)(1, 2, default=3), lambda: (lambda x: 0)(1, 2, end=3),
         lambda: f(1, 2, 3), lambda: g(1, 2, k=3), lambda: g(1, 2, 3, k=4, z=1), lambda: h(1, 2, 3, p=1),
         lambda: f(), lambda: g(1), lambda: f(1, 2, 3, y=2)]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
for src in ['x **= "a"', 'x += "a"', 'y += 1', 'y *= 1.5', 't += 1', 'l //= 2', 'x @= 2', 'l |= True', 'l -= "s"', 'x //= "s"', 'x ** "a"', 'x - "a"']:
    x = 1; y = "a"; t = (1,); l = [1]
    try:
        if src == 'x **= "a"': x **= "a"
        elif src == 'x += "a"': x += "a"
        elif src == 'y += 1': y += 1
        elif src == 'y *= 1.5': y *= 1.5
        elif src == 't += 1': t += 1
        elif src == 'l //= 2': l //= 2
        elif src == 'x @= 2': x @= 2
        elif src == 'l |= True': l |= True
        elif src == 'l -= "s"': l -= "s"
        elif src == 'x //= "s"': x //= "s"
        elif src == 'x ** "a"': x ** "a"
        else: x - "a"
    except TypeError as e:
        print(src, '->', e)
BA, BS, L1, T1, S2 = bytearray(2), b"ab", [1], (1,), "ab"
tests2 = [lambda: range(5)["a"], lambda: range(5)[...], lambda: range(5)[{1}], lambda: range(5)[10],
         lambda: BA[5], lambda: BA["x"], lambda: BS["x"], lambda: BS[5],
         lambda: L1[1.5], lambda: T1["x"], lambda: S2["x"], lambda: S2[5]]
for t in tests2:
    try:
        t()
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
tests3 = [lambda: "x".zfill(**1), lambda: [].append(*1), lambda: dict.fromkeys(*1), lambda: len(**1), lambda: "x".join(**{"a": 1}), lambda: [].sort(**3)]
for t in tests3:
    try:
        t()
    except TypeError as e:
        print(e)
print('x'.zfill.__name__, type('x'.zfill).__name__)
