# loop.set_task_factory: create_task, asyncio.create_task and gather make their tasks through the factory; get_task_factory; the TypeError for a non-callable.
import asyncio

made = []

class LoggingTask(asyncio.Task):
    pass

def factory(loop, coro, **kwargs):
    made.append(coro.__name__)
    return LoggingTask(coro, loop=loop, **kwargs)

async def work(n):
    await asyncio.sleep(0)
    return n * 2

async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_task_factory())
    try:
        loop.set_task_factory(5)
    except TypeError as e:
        print('TypeError:', e)
    loop.set_task_factory(factory)
    print(loop.get_task_factory() is factory)
    t = asyncio.create_task(work(1), name='first')
    u = loop.create_task(work(2))
    print(type(t).__name__, t.get_name(), await t, await u)
    print(await asyncio.gather(work(3), work(4)))
    loop.set_task_factory(None)
    v = asyncio.create_task(work(5))
    print(type(v).__name__, await v, made)

asyncio.run(main())
