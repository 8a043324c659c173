# Cancelling a task while it iterates an async generator: the CancelledError
# reaches the generator's await, its finally runs, then the consumer's handler.
import asyncio
async def ticks():
    try:
        i = 0
        while True:
            await asyncio.sleep(0.1)
            yield i
            i += 1
    finally:
        print('ticks finally')
async def consume():
    try:
        async for t in ticks():
            print('tick', t)
    except asyncio.CancelledError:
        print('consumer cancelled')
        raise
async def main():
    task = asyncio.create_task(consume())
    await asyncio.sleep(0.35)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print('done', task.cancelled())
    agen = ticks()
    print(await agen.__anext__())
    await agen.aclose()
asyncio.run(main())
