import asyncio
async def ag():
    try:
        await asyncio.sleep(0.1)
        yield 1
        await asyncio.sleep(0.1)
        yield 2
    finally:
        print('ag finally')
async def main():
    g = ag()
    print(g.ag_running)
    t = asyncio.create_task(g.__anext__())
    await asyncio.sleep(0)
    print(g.ag_running)
    for make in (g.__anext__, lambda: g.asend(None), lambda: g.athrow(ValueError), g.aclose):
        try:
            await make()
        except RuntimeError as e:
            print(e)
    print(await t)
    print(g.ag_running)
    print(await g.__anext__())
    print(g.ag_running)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print('stop')
    print(g.ag_running)
    async def sub():
        async for x in ag():
            print('x', x)
    await sub()
    g2 = ag()
    async def bad():
        try:
            await g2.__anext__()
        except ValueError as e:
            print('VE', e, g2.ag_running)
    t2 = asyncio.create_task(bad())
    await asyncio.sleep(0)
    print(g2.ag_running)
    await g2.athrow(ValueError('boom')) if False else None
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError:
        print('cancelled', g2.ag_running)
asyncio.run(main())
