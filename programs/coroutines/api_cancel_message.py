# A cancelled task's first await raises the CancelledError its coroutine
# ended with (the cancel message, a rewrapped error); later awaits and
# result()/exception() raise a fresh CancelledError(); gather's
# return_exceptions shows a cancelled task as CancelledError('').
import asyncio


async def sleeper():
    await asyncio.sleep(1)


async def catcher():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("inside:", e.args)
        raise


async def rewrap():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        raise asyncio.CancelledError("other")


async def ok(n, d):
    await asyncio.sleep(d)
    return n


async def main():
    for make in (sleeper, catcher, rewrap):
        t = asyncio.create_task(make())
        await asyncio.sleep(0)
        print(make.__name__, "cancel() ->", t.cancel("m"))
        print(" ", repr(t).split(" coro=")[0])
        for i in range(2):
            try:
                await t
            except asyncio.CancelledError as e:
                print("  await", i, e.args, type(e.__context__).__name__)
        try:
            t.result()
        except asyncio.CancelledError as e:
            print("  result()", e.args)
        try:
            t.exception()
        except asyncio.CancelledError as e:
            print("  exception()", e.args)
        print(" ", repr(t).split(" coro=")[0])

    # Cancelled before its first step: the message reaches the first await only.
    t = asyncio.create_task(ok(1, 0.01))
    t.cancel("early")
    for i in range(2):
        try:
            await t
        except asyncio.CancelledError as e:
            print("early", i, e.args)

    # A plain Future keeps its message for every retrieval.
    f = asyncio.get_running_loop().create_future()
    f.cancel("fm")
    for i in range(2):
        try:
            await f
        except asyncio.CancelledError as e:
            print("future", i, e.args)

    t = asyncio.create_task(ok(5, 0.5))
    g = asyncio.gather(t, ok(6, 0.1), return_exceptions=True)
    await asyncio.sleep(0.2)
    t.cancel("child")
    print("gather:", await g)
    print(asyncio.iscoroutinefunction(main), asyncio.iscoroutinefunction(print),
          asyncio.iscoroutinefunction(ok.__call__))


asyncio.run(main())
