# asyncio: 100,000 tasks, each awaiting sleep(0) once, gathered. Task
# creation, the event loop's ready queue and task steps dominate.
import asyncio


async def worker(i):
    await asyncio.sleep(0)
    return i & 1


async def main():
    tasks = [asyncio.create_task(worker(i)) for i in range(100_000)]
    results = await asyncio.gather(*tasks)
    print(sum(results))


asyncio.run(main())
