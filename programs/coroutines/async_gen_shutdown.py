# asyncio.run() ends by closing the async generators its loop saw iterated
# that are still suspended (shutdown_asyncgens), so their `finally` runs;
# one never iterated is not the loop's to close.
import asyncio
async def ticker(name):
    try:
        i = 0
        while True:
            yield i
            i += 1
    finally:
        print(name, "closed")
async def main():
    a = ticker("kept")
    print(await a.__anext__())
    b = ticker("never started")
    c = ticker("looped")
    async for x in c:
        if x == 2:
            break
    print("main ends")
asyncio.run(main())
print("after run")
