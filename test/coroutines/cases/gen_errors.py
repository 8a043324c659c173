# Generator protocol error paths, with CPython's messages.
def show(f):
    try:
        print('->', repr(f()))
    except BaseException as e:
        print(type(e).__name__ + ':', e)

def g():
    yield 1
    return 5

x = g()
show(lambda: x.send(1))          # just-started generator
show(lambda: x.send(None))
show(lambda: next(x))            # StopIteration carries 5
show(lambda: next(x))            # finished: plain StopIteration
show(lambda: x.send(3))
show(lambda: x.throw(ValueError))                     # into a finished generator
show(lambda: x.throw(ValueError, 'two-arg'))
show(lambda: x.throw(ValueError, ValueError('inst')))
show(lambda: x.throw(ValueError('a'), 'b'))
show(lambda: x.throw(ValueError, 'v', None))          # three-argument form
show(lambda: x.throw(ValueError, 'v', 5))
show(lambda: x.throw(1))
show(lambda: x.close())

y = g()
show(lambda: y.throw(KeyError('fresh')))               # into a just-started generator
show(lambda: next(y))

def running():
    yield me.send(None)
me = running()
show(lambda: next(me))

def ignores():
    try:
        yield 1
    except GeneratorExit:
        yield 2
i = ignores()
next(i)
show(lambda: i.close())

def stops():
    yield 1
    raise StopIteration('inner')
s = stops()
next(s)
try:
    next(s)
except RuntimeError as e:
    print('RuntimeError:', e, '| cause:', repr(e.__cause__))

def gexit():
    try:
        yield 1
    except GeneratorExit:
        print('got GeneratorExit')
        raise
    finally:
        print('finally')
ge = gexit()
next(ge)
show(lambda: ge.close())
show(lambda: ge.close())

def ret_stop():
    try:
        yield 1
    except GeneratorExit:
        return 'ignored on close'
rs = ret_stop()
next(rs)
show(lambda: rs.close())

def send_non_none_into_delegate():
    yield from g()
d = send_non_none_into_delegate()
show(lambda: d.send('x'))

# Argument errors of the generator methods.
z = g()
show(lambda: z.send(v=1))
show(lambda: z.throw(typ=ValueError))
show(lambda: z.close(1))
show(lambda: z.send())
show(lambda: z.send(1, 2))
show(lambda: z.throw())
show(lambda: z.__next__(1))
