# Edge cases and error paths of coroutines, async generators and asyncio.
import asyncio, inspect
def t(f):
    try:
        r = f()
        print('ok', type(r).__name__)
    except BaseException as e:
        print(type(e).__name__, e)
async def c(): return 1
async def ag():
    yield 1
def g():
    yield 1
t(lambda: asyncio.run(c) if False else asyncio.run(5))
t(lambda: asyncio.get_running_loop())
cc = c()
t(lambda: asyncio.create_task(cc))
cc.close()
t(lambda: asyncio.ensure_future(5))
t(lambda: asyncio.Task(5))
t(lambda: ag().__anext__().send(None))
t(lambda: ag().__anext__().throw(ValueError))
t(lambda: ag().aclose().send(None))
t(lambda: ag().asend(None).close())
cc = c()
t(lambda: inspect.getcoroutinestate(cc))
cc.close()
t(lambda: g().throw(GeneratorExit))
t(lambda: g().close())
t(lambda: next(iter(ag())))
cc = c()
t(lambda: [x for x in cc])
cc.close()
t(lambda: c().__await__().send(None))
cc = c()
t(lambda: cc.throw(ValueError, ValueError(), None, 5))
cc.close()
x = g(); next(x)
t(lambda: x.throw(StopIteration))
t(lambda: x.send(1))
async def aw_gen_like():
    await ag()
t(lambda: aw_gen_like().send(None))
async def nested_yield_from():
    return [await c() for _ in range(2)]
t(lambda: nested_yield_from().send(None))
async def bad_aexit():
    class M:
        async def __aenter__(self): return self
        def __aexit__(self, *a): return 5
    async with M():
        pass
t(lambda: bad_aexit().send(None))
async def anext_raises():
    class It:
        def __aiter__(self): return self
        async def __anext__(self): raise KeyError('nx')
    async for x in It():
        pass
t(lambda: anext_raises().send(None))
loop = asyncio.new_event_loop()
t(lambda: loop.run_until_complete(asyncio.sleep(0.1, 'r')))
t(lambda: loop.run_until_complete(5))
loop.close()
t(lambda: loop.call_soon(print))
cc = c()
t(lambda: loop.create_task(cc))
cc.close()
t(lambda: asyncio.get_event_loop())
