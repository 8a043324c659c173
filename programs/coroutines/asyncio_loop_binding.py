# A used asyncio.timeout() cannot be entered again, and a lock, event, semaphore, condition or queue belongs to the event loop it first waited in (another asyncio.run() may not wait on it).
import asyncio
async def main():
    cm = asyncio.timeout(10)
    async with cm:
        pass
    try:
        async with cm:
            pass
    except RuntimeError as e:
        print('RuntimeError:', e)
    ev = asyncio.Event()
    return ev
ev = asyncio.run(main())
async def second():
    try:
        await asyncio.wait_for(ev.wait(), 0.1)
    except Exception as e:
        print(type(e).__name__, str(e).split(' at ')[0])
asyncio.run(second())
async def third(ev):
    t = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    return t
async def fourth(ev):
    try:
        await ev.wait()
    except RuntimeError as e:
        print('RuntimeError:', str(e).split(' at ')[0], str(e).split('>')[-1])
ev2 = asyncio.Event()
asyncio.run(third(ev2))
asyncio.run(fourth(ev2))
