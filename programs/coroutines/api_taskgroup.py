# asyncio.TaskGroup (new in 3.11): children run and are awaited at the end of
# the block, names pass through, the errors for a group not entered, entered
# twice or finished, cancellation from outside, nesting, and asyncio.timeout
# around a group.
import asyncio


async def ok(n, d=0.01):
    await asyncio.sleep(d)
    print("ok", n)
    return n


async def main():
    tg = asyncio.TaskGroup()
    print(repr(tg))
    c = ok(0)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print(e)
    c.close()
    async with tg:
        print(repr(tg))
        t1 = tg.create_task(ok(1, 0.02))
        t2 = tg.create_task(ok(2), name="two")
        print(repr(tg))
    print(repr(tg), t1.result(), t2.result(), t2.get_name())
    c = ok(9)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print(e)
    c.close()
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print(e)

    async def body():
        async with asyncio.TaskGroup() as g:
            g.create_task(ok(3, 1))
            g.create_task(ok(4, 1))
            await asyncio.sleep(1)

    t = asyncio.create_task(body())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("body cancelled; main cancelling:", asyncio.current_task().cancelling())

    async with asyncio.TaskGroup() as g1:
        async def sub():
            async with asyncio.TaskGroup() as g2:
                g2.create_task(ok(5))
            return "sub done"
        st = g1.create_task(sub())
    print(st.result())

    try:
        async with asyncio.timeout(0.05):
            async with asyncio.TaskGroup() as g:
                g.create_task(ok(6, 1))
                g.create_task(ok(7, 0.01))
    except TimeoutError:
        print("timed out; cancelling:", asyncio.current_task().cancelling())


asyncio.run(main())
