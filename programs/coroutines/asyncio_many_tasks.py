# 10,000 concurrent tasks on one thread: each waits 10 ms (all at once) and
# updates a shared counter. No lock is needed: a task only gives up control
# at an await, and `counter += 1` contains none.
import asyncio
import time

counter = 0

async def worker(i):
    global counter
    await asyncio.sleep(0.01)
    counter += 1
    return i * i

async def main():
    start = time.perf_counter()
    tasks = [asyncio.create_task(worker(i)) for i in range(10_000)]
    results = await asyncio.gather(*tasks)
    print('tasks:', len(results), 'counter:', counter)
    print('sum of squares:', sum(results))
    print('all done:', all(t.done() for t in tasks))
    print(f'elapsed under a second: {time.perf_counter() - start < 1.0}')

asyncio.run(main())
