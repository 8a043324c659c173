# Annotations that subscript asyncio's and multiprocessing's classes, as
# typed code does (asyncio.Queue[int]); they are evaluated at definition.
import asyncio
import multiprocessing.pool
import queue
import concurrent.futures

print(asyncio.Queue[int], asyncio.LifoQueue[str], asyncio.PriorityQueue[tuple])
print(asyncio.Future[int], asyncio.Task[str], multiprocessing.pool.ApplyResult[int])
print(queue.Queue[int], concurrent.futures.Future[int])


async def worker(q: asyncio.Queue[int]) -> None:
    print(await q.get())


async def main():
    q = asyncio.Queue()
    q.put_nowait(1)
    await worker(q)


asyncio.run(main())
