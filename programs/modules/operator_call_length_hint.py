# operator.call (3.11), operator.length_hint and operator.iconcat.
import operator as op


def attempt(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)


class Hinted:
    def __length_hint__(self):
        return 7


class NoHint:
    def __length_hint__(self):
        return NotImplemented


class Negative:
    def __length_hint__(self):
        return -1


print(op.length_hint([1, 2]), op.length_hint(Hinted()), op.length_hint(NoHint(), 3), op.length_hint(5, 2))
attempt('negative hint', lambda: op.length_hint(Negative()))
attempt('str default', lambda: op.length_hint([], 'a'))
print(op.call(max, 1, 5, key=lambda v: -v), op.call(len, 'abc'))
attempt('call()', lambda: op.call())
x = [1]
print(op.iconcat(x, [2]), x, op.iconcat('ab', 'c'), op.__iconcat__((1,), (2,)))
attempt('iconcat int', lambda: op.iconcat(5, 1))
attempt('concat int', lambda: op.concat(5, 1))
