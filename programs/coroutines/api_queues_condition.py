# asyncio.LifoQueue, PriorityQueue and Condition (wait, notify, notify_all,
# wait_for, the errors on an un-acquired lock, cancellation while waiting).
import asyncio


async def main():
    lq = asyncio.LifoQueue(maxsize=3)
    for i in range(3):
        lq.put_nowait(i)
    try:
        lq.put_nowait(3)
    except asyncio.QueueFull:
        print("LifoQueue full", lq.full(), str(lq))
    print([lq.get_nowait() for _ in range(3)])

    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b"), (1, "0")]:
        await pq.put(item)
    print(pq.qsize(), [await pq.get() for _ in range(4)])
    try:
        pq.get_nowait()
    except asyncio.QueueEmpty:
        print("PriorityQueue empty")

    cond = asyncio.Condition()
    print(cond.locked())
    try:
        await cond.wait()
    except RuntimeError as e:
        print(e)
    try:
        cond.notify()
    except RuntimeError as e:
        print(e)

    woken = []

    async def waiter(i):
        async with cond:
            r = await cond.wait()
            woken.append((i, r, cond.locked()))

    tasks = [asyncio.create_task(waiter(i)) for i in range(4)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0)
    print(woken)
    tasks[2].cancel()
    async with cond:
        cond.notify_all()
    print(await asyncio.gather(*tasks, return_exceptions=True))
    print(woken, cond.locked())

    state = {"n": 0}

    async def bump():
        for _ in range(3):
            await asyncio.sleep(0.01)
            async with cond:
                state["n"] += 1
                cond.notify_all()

    bumper = asyncio.create_task(bump())
    async with cond:
        got = await cond.wait_for(lambda: state["n"] >= 3 and "three")
    print(got, state)
    await bumper

    lock = asyncio.Lock()
    shared = asyncio.Condition(lock)
    async with shared:
        print(lock.locked(), shared.locked())
    print(lock.locked())


asyncio.run(main())
