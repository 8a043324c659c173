# pygil: --trace tasks
# cpython: skip (the --trace tasks lines on stderr are pygil's)
# Two tasks taking turns: every line on stderr is one task switch at an
# await — the virtual time, which task gave way to which, and what the task
# that stopped is now waiting for.
import asyncio

async def chatter(name, pause, times):
    for i in range(times):
        print(f'{name} {i}')
        await asyncio.sleep(pause)
    return name

async def main():
    done = await asyncio.gather(chatter('ping', 0.1, 2), chatter('pong', 0.15, 2))
    q = asyncio.Queue()
    async def consumer():
        return await q.get()
    c = asyncio.create_task(consumer(), name='consumer')
    await asyncio.sleep(0)
    await q.put('item')
    print(done, await c)

asyncio.run(main())
