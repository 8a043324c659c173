# An async for left early (a break, an exception) drops its fresh async
# generator: the event loop closes it with aclose() in a task of its own,
# so its `finally` (which may await) runs on the loop's next passes.
import asyncio

async def ticker(name, n):
    try:
        for i in range(n):
            await asyncio.sleep(0.1)
            yield i
    finally:
        print(name, "cleanup start")
        await asyncio.sleep(0.05)
        print(name, "cleanup end")

async def main():
    async for x in ticker("first", 10):
        print("first got", x)
        if x == 1:
            break
    print("after first loop")
    try:
        async for x in ticker("second", 10):
            raise ValueError(x)
    except ValueError as e:
        print("caught", e)
    await asyncio.sleep(0.5)
    print("end main")

asyncio.run(main())
