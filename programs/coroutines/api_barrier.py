# asyncio.Barrier (new in 3.11): wait() gives each party its arrival index,
# rounds repeat, abort() and reset() break the waiters with
# BrokenBarrierError, a cancelled waiter leaves the count; and as_completed
# is a generator that checks its argument only when first iterated.
import asyncio


async def main():
    b = asyncio.Barrier(3)
    print(repr(b).split("[")[1], b.parties, b.n_waiting, b.broken)
    out = []

    async def party(i):
        await asyncio.sleep(0.01 * i)
        out.append((i, await b.wait()))

    await asyncio.gather(*(party(i) for i in range(3)))
    print(sorted(out), b.n_waiting)
    out.clear()
    await asyncio.gather(*(party(i) for i in range(6)))
    print(sorted(out))

    async def waiter():
        try:
            await b.wait()
        except asyncio.BrokenBarrierError as e:
            print("broken:", repr(e))

    ts = [asyncio.create_task(waiter()) for _ in range(2)]
    await asyncio.sleep(0)
    print(b.n_waiting, repr(b).split("[")[1])
    await b.abort()
    await asyncio.gather(*ts)
    print(b.broken, repr(b).split("[")[1])
    try:
        await b.wait()
    except asyncio.BrokenBarrierError as e:
        print("still broken:", e)
    await b.reset()
    print(b.broken, repr(b).split("[")[1])

    b2 = asyncio.Barrier(2)

    async def ctx(i):
        await asyncio.sleep(0.01 * i)
        async with b2 as pos:
            out.append(("ctx", i, pos))

    out.clear()
    await asyncio.gather(ctx(0), ctx(1))
    print(out)
    t = asyncio.create_task(b2.wait())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled wait:", b2.n_waiting, b2.broken)
    t = asyncio.create_task(b2.wait())
    await asyncio.sleep(0)
    await b2.reset()
    try:
        await t
    except asyncio.BrokenBarrierError as e:
        print("reset broke the waiter:", e, b2.broken)
    print(issubclass(asyncio.BrokenBarrierError, RuntimeError), asyncio.BrokenBarrierError.__module__)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print(e)

    it = asyncio.as_completed(b)   # no error yet: nothing runs before next()
    print(type(it).__name__)
    try:
        next(it)
    except TypeError as e:
        print(e)

    async def ok(n, d):
        await asyncio.sleep(d)
        return n

    print([await c for c in asyncio.as_completed([ok(1, 0.03), ok(2, 0.01), ok(3, 0.02)])])


asyncio.run(main())
