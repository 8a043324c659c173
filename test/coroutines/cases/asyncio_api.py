# asyncio API: Queue, Lock, Semaphore, Event, gather(return_exceptions), as_completed,
# wait, wait_for, cancel with a message, futures and callbacks, the old loop API.
import asyncio

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print('put', i)
    await q.put(None)

async def consumer(q):
    total = 0
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            break
        print('got', item)
        await asyncio.sleep(0.1)
        total += item
    return total

async def locked(lock, name, log):
    async with lock:
        log.append(name + '+')
        await asyncio.sleep(0.01)
        log.append(name + '-')

async def limited(sem, i, active, peak):
    async with sem:
        active[0] += 1
        peak[0] = max(peak[0], active[0])
        await asyncio.sleep(0.1)
        active[0] -= 1
    return i

async def waiter(ev, name):
    print(name, 'waiting')
    await ev.wait()
    print(name, 'released')

async def fail(msg, delay):
    await asyncio.sleep(delay)
    raise ValueError(msg)

async def value(v, delay):
    await asyncio.sleep(delay)
    return v

async def main():
    q = asyncio.Queue(maxsize=2)
    print(q, q.maxsize, q.empty())
    res = await asyncio.gather(producer(q, 4), consumer(q))
    print('gather', res)
    lock = asyncio.Lock()
    log = []
    await asyncio.gather(*(locked(lock, n, log) for n in 'abc'))
    print(''.join(log), lock.locked())
    sem = asyncio.Semaphore(2)
    active, peak = [0], [0]
    print(await asyncio.gather(*(limited(sem, i, active, peak) for i in range(5))), 'peak', peak[0])
    ev = asyncio.Event()
    ws = [asyncio.create_task(waiter(ev, f'w{i}')) for i in range(2)]
    await asyncio.sleep(0)
    print('is_set', ev.is_set())
    ev.set()
    await asyncio.gather(*ws)
    r = await asyncio.gather(value(1, 0.2), fail('boom', 0.1), value(3, 0), return_exceptions=True)
    print('return_exceptions', r)
    try:
        await asyncio.gather(value(1, 0.2), fail('first', 0.1))
    except ValueError as e:
        print('gather raised', e)
    for c in asyncio.as_completed([value('slow', 0.3), value('fast', 0.1), value('mid', 0.2)]):
        print('as_completed', await c)
    tasks = [asyncio.create_task(value(i, i / 10)) for i in range(1, 4)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print('wait first', [t.result() for t in done], len(pending))
    done, pending = await asyncio.wait(tasks, timeout=0.15)
    print('wait timeout', sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(tasks)
    print('wait all', sorted(t.result() for t in done), len(pending))
    t = asyncio.create_task(value('x', 1), name='worker')
    print(t.get_name(), t.done(), asyncio.current_task().get_name())
    t.cancel('stop it')
    try:
        await t
    except asyncio.CancelledError as e:
        print('cancelled with', e.args, t.cancelled())
    print(await asyncio.wait_for(value('in time', 0.1), 1))
    try:
        await asyncio.wait_for(value('late', 1), 0.1)
    except TimeoutError as e:
        print('TimeoutError', type(e.__cause__).__name__)
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.1, fut.set_result, 'from callback')
    print(await fut, loop.is_running())
    c = value(1, 0)
    try:
        asyncio.get_running_loop().run_until_complete(c)
    except RuntimeError as e:
        print(e)
    c.close()

asyncio.run(main())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(e)
loop = asyncio.new_event_loop()
print(loop.run_until_complete(value('old api', 0.5)), loop.is_closed())
loop.close()
print(loop.is_closed())
c = value(1, 0)
try:
    loop.run_until_complete(c)
except RuntimeError as e:
    print(e)
c.close()
try:
    asyncio.run(5)
except ValueError as e:
    print(e)
