# The generator protocol: yield as an expression, send, throw, close,
# return values, yield from delegation, states, generator expressions.
import inspect

def echo():
    received = []
    while True:
        v = yield len(received)
        if v is None:
            break
        received.append(v)
    return received

e = echo()
print(inspect.getgeneratorstate(e))
print(next(e), e.send('a'), e.send('b'))
print(inspect.getgeneratorstate(e))
try:
    e.send(None)
except StopIteration as s:
    print('returned', s.value, s.args)
print(inspect.getgeneratorstate(e))

# yield in many expression positions
def exprs():
    a = (yield 1) + (yield 2)
    b = [(yield 3), (yield 4)]
    c = {'k': (yield 5)}
    d = f'{(yield 6)}!'
    print((yield 7), (yield))
    x = yield
    y = yield x * 2 if x else 0
    return a, b, c, d, y
g = exprs()
out = [next(g)]
n = 10
try:
    while True:
        out.append(g.send(n))
        n += 1
except StopIteration as s:
    print(out, s.value)

# a generator sees its own state as RUNNING
def introspect():
    yield inspect.getgeneratorstate(me)
me = introspect()
print(next(me))

# throw handled inside, with the value the handler yields
def resilient():
    total = 0
    while True:
        try:
            total += yield total
        except ValueError as err:
            print('bad value:', err)
        except GeneratorExit:
            print('closing with total', total)
            return
r = resilient()
next(r)
r.send(5)
print(r.throw(ValueError, 'nope'))
print(r.send(7))
r.close()
print(inspect.getgeneratorstate(r))

# yield from: next/send/throw/close delegate, the return value comes back
def leaf(name):
    try:
        got = yield f'{name} ready'
        got2 = yield f'{name} got {got}'
        return f'{name}:{got}+{got2}'
    except KeyError as k:
        print(name, 'handles', repr(k))
        return f'{name} recovered'
    finally:
        print(name, 'cleanup')

def middle():
    a = yield from leaf('L1')
    print('middle got', a)
    b = yield from leaf('L2')
    print('middle got', b)
    return [a, b]

def top():
    result = yield from middle()
    print('top got', result)
    yield 'done'

t = top()
print(next(t))
print(t.send('x'))
print(t.send('y'))
print(t.throw(KeyError('k')))
print(inspect.getgeneratorstate(t), t.gi_yieldfrom is None)
c = top()
next(c)
print(c.gi_yieldfrom.__name__)
c.close()
print(inspect.getgeneratorstate(c))

# yield from a plain iterator, and from an object with send/throw
print(list((lambda: (yield from range(3)))()))
class Echo:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration(self.n * 100)
        return self.n
    def send(self, v): return ('sent', v)
    def throw(self, *a): raise StopIteration('thrown away')
def over_obj():
    r = yield from Echo()
    print('Echo returned', r)
    r2 = yield from Echo()
    return r2
o = over_obj()
print(next(o), o.send('z'), next(o), next(o), next(o))
try:
    o.throw(ValueError)
except StopIteration as s:
    print('over_obj returned', s.value)

# generator expressions have their own scope
x = 'outer'
gen = (x for x in range(3))
print(list(gen), x)
print(sum(i * i for i in range(10) if i % 2))
print(inspect.isgeneratorfunction(echo), inspect.isgenerator(e), inspect.isgenerator(echo))
try:
    inspect.getgeneratorstate(5)
except AttributeError as err:
    print(err)
