# str.join over generators: items, errors raised inside them, and type errors,
# as CPython reports them (pygil iterates the generator in frames first).
def items():
    yield 'a'
    yield 'b'
    raise KeyError('boom')

try:
    print('-'.join(items()))
except KeyError as e:
    print('KeyError', e)
try:
    print(', '.join(x for x in [1, 2]))
except TypeError as e:
    print('TypeError:', e)
print(str.join('+', (c for c in 'xyz')))
print(''.join(c.upper() for c in 'abc'))
g = (str(i) for i in range(3))
next(g)
print('|'.join(g))
print(','.join(x for x in []))
def gen():
    yield 'q'
    yield 1 / 0
print('.'.join(gen()))
