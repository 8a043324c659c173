# Async generator methods on a finished generator (CPython 3.11): asend()
# and __anext__() raise StopAsyncIteration, aclose() and athrow() return
# None; athrow() before the first step raises the exception in the caller;
# an awaitable from asend() cannot be awaited twice.
import asyncio


async def agen():
    yield 1
    yield 2


async def main():
    g = agen()
    a = g.asend(None)
    print(type(a).__name__, await a)
    try:
        await a
    except RuntimeError as e:
        print("reuse:", e)
    await g.aclose()
    for name, make in [("asend", lambda: g.asend(None)), ("__anext__", g.__anext__),
                       ("athrow", lambda: g.athrow(ValueError)), ("aclose", g.aclose)]:
        try:
            print(name, "->", await make())
        except BaseException as e:
            print(name, "raises", type(e).__name__)
    g = agen()
    async for _ in g:
        pass
    print("exhausted athrow ->", await g.athrow(ValueError("v")))
    g = agen()
    try:
        await g.athrow(ValueError("early"))
    except ValueError as e:
        print("fresh athrow raises", e)
    print([x async for x in g])


asyncio.run(main())
