# Builtins that other builtins call (map's function, a key function, an
# item's repr inside a list's repr) on objects whose special methods are
# Python code: each gives its value to its caller. (min(map(repr, ...)) of
# such objects was a pygil internal error.) And print() writes what comes
# before an item whose conversion fails, as CPython does.
class Box:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return 'Box(%d)' % self.v

    def __len__(self):
        return self.v

    def __bool__(self):
        return self.v > 1

    def __format__(self, spec):
        return format(self.v, spec)


def boxes(n):
    for i in range(n):
        yield Box(i)


print(min(map(repr, boxes(3))), max(map(len, boxes(4))))
print(sorted(map(repr, boxes(3)), reverse=True), sum(map(len, boxes(4))))
print(list(map(bool, boxes(3))), any(map(bool, boxes(2))), all(map(len, boxes(3))))
print(list(map(next, [boxes(2), boxes(3)])), list(map(str, boxes(2))))
print(sum(map(sum, [map(len, boxes(3)), map(len, boxes(2))])))
print(list(map(format, boxes(3), ['>3', '<2', '03'])))
print(sorted(boxes(3), key=repr), min(boxes(3), key=len))
print(list(filter(len, boxes(3))), list(filter(bool, boxes(3))))


class Bad:
    def __repr__(self):
        return 'Bad(%d)' % (1, 2)


try:
    print('before', (1, Bad()), 'after')
except TypeError as e:
    print()
    print('TypeError:', e)
try:
    print(1, 2, Bad(), sep=', ')
except TypeError as e:
    print()
    print('TypeError:', e)
