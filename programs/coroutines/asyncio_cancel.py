# Cancelling a task: cancel() asks; the task receives CancelledError at the
# await where it is suspended, runs its cleanup (finally), and ends
# cancelled. A task may also catch the cancellation and carry on.
import asyncio

async def ticker(name, log):
    n = 0
    try:
        while True:
            await asyncio.sleep(0.1)
            n += 1
            log.append(f'{name}{n}')
    finally:
        print(f'{name}: cleanup after {n} ticks')

async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('stubborn: ignoring the first cancel')
    await asyncio.sleep(0.1)
    return 'survived'

async def main():
    log = []
    t = asyncio.create_task(ticker('t', log), name='ticker')
    await asyncio.sleep(0.35)
    print('cancel() returns', t.cancel())
    print('done right after cancel()?', t.done())
    try:
        await t
    except asyncio.CancelledError:
        print('awaiting it raises CancelledError')
    print(t.get_name(), 'cancelled:', t.cancelled(), 'log:', log)
    print('cancel() on a finished task returns', t.cancel())
    s = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    s.cancel()
    print('stubborn returned', await s, 'cancelled:', s.cancelled())
    g = asyncio.gather(ticker('g1', log), ticker('g2', log))
    await asyncio.sleep(0.15)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print('gather cancelled its children')

asyncio.run(main())
