# Coroutine objects: reprs, send/throw/close, and the error paths of await.
def t(co):
    try:
        print('->', co.send(None))
    except BaseException as e:
        print(type(e).__name__ + ':', e)

async def c():
    return 3
co = c()
print(repr(co).split(' at 0x')[0], co.__name__, co.__qualname__, type(co).__name__)
try:
    co.send(1)
except TypeError as e:
    print(e)
t(co)
t(co)                                   # finished coroutine
try:
    co.throw(ValueError('late'))
except Exception as e:
    print(type(e).__name__ + ':', e)
print(co.close())
try:
    next(c())
except TypeError as e:
    print(e)
try:
    for x in c():
        pass
except TypeError as e:
    print(e)

async def aw():
    await 3
t(aw())
class A:
    def __await__(self):
        return 5
async def aw2():
    await A()
t(aw2())
class B:
    def __await__(self):
        return iter([1, 2])
async def aw3():
    return await B()
co3 = aw3()
print(co3.send(None), co3.send(None))
t(co3)
def g():
    yield
async def aw4():
    await g()
t(aw4())
async def a9():
    class F:
        def __await__(self):
            yield 1
    await F()
async def a8():
    c9 = a9()
    async def w():
        await c9
    ww = w()
    ww.send(None)
    await c9
t(a8())
async def twice():
    cc = c()
    await cc
    await cc
t(twice())

async def a1():
    async with 3:
        pass
t(a1())
class M:
    async def __aenter__(self):
        return 1
async def a2():
    async with M():
        pass
t(a2())
class N:
    def __aenter__(self):
        return 1
    def __aexit__(self, *a):
        return 1
async def a3():
    async with N():
        pass
t(a3())
async def a4():
    async for x in 3:
        pass
t(a4())
class I:
    def __aiter__(self):
        return 3
async def a5():
    async for x in I():
        pass
t(a5())
class J:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 3
async def a6():
    async for x in J():
        pass
t(a6())

async def waiter():
    try:
        await A2()
    except KeyError as e:
        print('coroutine caught', repr(e))
        return 'recovered'
class A2:
    def __await__(self):
        yield 'waiting'
cw = waiter()
print(cw.send(None))
try:
    cw.throw(KeyError('k'))
except StopIteration as s:
    print('returned', s.value)
cw2 = waiter()
cw2.send(None)
print(cw2.close(), cw2.cr_running, cw2.cr_await)
