# asyncio.timeout(), async comprehensions, PEP 479 for coroutines and async
# generators, current_task/all_tasks, shield, call_soon order, reprs.
import asyncio

async def ag(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def v(x, delay=0):
    await asyncio.sleep(delay)
    return x * 10

async def stop_iter():
    raise StopIteration('x')

async def agen_stop():
    yield 1
    raise StopAsyncIteration

async def main():
    async with asyncio.timeout(1) as t:
        print('inside timeout', t.expired())
    try:
        async with asyncio.timeout(0.1) as t:
            await asyncio.sleep(1)
    except TimeoutError as e:
        print('timeout', repr(t), repr(e), repr(e.__cause__), e.__context__ is e.__cause__)
    async with asyncio.timeout(None) as t:
        print(repr(t))
    try:
        asyncio.timeout(1).reschedule(2)
    except RuntimeError as e:
        print(e)

    print([x async for x in ag(3)])
    print({x: y async for x in ag(2) async for y in ag(2) if y})
    print([await v(i) for i in range(3)], {await v(i) for i in range(2)})
    print([[await v(j) for j in range(i)] for i in range(3)])
    g = (x * 2 async for x in ag(3))
    print(type(g).__name__, [y async for y in g])

    try:
        await stop_iter()
    except RuntimeError as e:
        print(e, repr(e.__cause__))
    try:
        async for x in agen_stop():
            print('agen gave', x)
    except RuntimeError as e:
        print(e)

    me = asyncio.current_task()
    others = [asyncio.create_task(v(i, 0.1), name=f'w{i}') for i in range(3)]
    print(me.get_name(), sorted(t.get_name() for t in asyncio.all_tasks()))
    print(await asyncio.gather(*others))

    inner = asyncio.create_task(v(7, 0.2))
    outer = asyncio.shield(inner)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print('shield outer cancelled, inner cancelled?', inner.cancelled())
    print('inner result', await inner)

    loop = asyncio.get_running_loop()
    order = []
    loop.call_soon(order.append, 1)
    loop.call_later(0.01, order.append, 3)
    loop.call_soon(order.append, 2)
    h = loop.call_soon(order.append, 'cancelled')
    h.cancel()
    await asyncio.sleep(0.05)
    print(order, h.cancelled())

    f = loop.create_future()
    print(repr(f), f.done())
    f.set_result([1, 2])
    print(repr(f), f.result())
    try:
        f.set_result(3)
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', e)
    f2 = loop.create_future()
    f2.cancel('why')
    print(repr(f2), f2.cancelled())
    try:
        f2.result()
    except asyncio.CancelledError as e:
        print('CancelledError', e.args)
    f3 = asyncio.Future()
    try:
        f3.exception()
    except asyncio.InvalidStateError as e:
        print(e)
    c = v(1)
    print(asyncio.iscoroutine(c.__await__()), asyncio.isfuture(f3), asyncio.isfuture(1))
    c.close()
    print(asyncio.CancelledError.__mro__[1].__name__, issubclass(asyncio.CancelledError, Exception))

    q = asyncio.Queue(maxsize=1)
    q.put_nowait('a')
    try:
        q.put_nowait('b')
    except asyncio.QueueFull:
        print('QueueFull', q.full(), q.qsize(), str(q))
    print(q.get_nowait(), q.empty())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print('QueueEmpty')
    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError as e:
        print(e)
    sem = asyncio.BoundedSemaphore(1)
    try:
        sem.release()
    except ValueError as e:
        print(e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print(e)

asyncio.run(main())
c = v(1)
try:
    asyncio.run(c.__await__())
except ValueError as e:
    print('ValueError', str(e).split(' at 0x')[0])
c.close()
