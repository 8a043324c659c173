# Every way a call can resume a generator: bound and unbound send, next(),
# __next__, a stored bound method, and the calls that must fail instead.


def echo():
    got = None
    while True:
        got = yield got


def counter(n):
    for i in range(n):
        yield i
    return 'done'


g = echo()
print(next(g))
print(g.send(1), type(g).send(g, 2), g.__next__(), type(g).__next__(g))
s = g.send
print([s(i * i) for i in range(4)])

c = counter(2)
print(next(c), next(c))
try:
    next(c)
except StopIteration as e:
    print('StopIteration', e.value)
try:
    c.send(None)
except StopIteration as e:
    print('again', e.value)
print(next(c, 'default'))

fresh = echo()
try:
    fresh.send(5)
except TypeError as e:
    print('TypeError:', e)
print(fresh.send(None))


def selfish():
    yield me.send(None)


me = selfish()
try:
    next(me)
except ValueError as e:
    print('ValueError:', e)


async def coro():
    return 7

co = coro()
try:
    next(co)
except TypeError as e:
    print('TypeError:', e)
try:
    co.send(None)
except StopIteration as e:
    print('coroutine returned', e.value)
try:
    type(g).send(co, None)
except TypeError as e:
    print('TypeError:', e)
try:
    g.send()
except TypeError as e:
    print('TypeError:', e)
try:
    g.send(1, 2)
except TypeError as e:
    print('TypeError:', e)
try:
    g.__next__(1)
except TypeError as e:
    print('TypeError:', e)


def delegator():
    r = yield from counter(3)
    yield 'sub returned ' + r


d = delegator()
print(next(d), d.send(None), d.send('ignored'), next(d))
print(list(map(next, [echo(), counter(1)])))


def deep(n):
    if n == 0:
        yield 'bottom'
    else:
        inner = deep(n - 1)
        yield next(inner)


try:
    next(deep(5000))
except RecursionError as e:
    print('RecursionError:', e)
print(next(deep(50)))
def g(): yield 1
G = type(g())
for f, a in [(G.send, ()), (G.__next__, (5,)), (G.throw, (1, ValueError)), (G.close, ([],))]:
    try:
        f(*a)
    except TypeError as e:
        print(e)
