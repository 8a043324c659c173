# asyncio.wait with CPython 3.11's rules, FIRST_EXCEPTION, and as_completed's errors and timeout.
import asyncio
async def v(x):
    await asyncio.sleep(x)
    return x
async def main():
    t = asyncio.create_task(v(0.1))
    for args, kw in [((t,), {}), (([],), {}), (([t],), {'return_when': 'BOGUS'}), ((set(),), {})]:
        try:
            await asyncio.wait(*args, **kw)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    c = v(0)
    try:
        await asyncio.wait([c])
    except TypeError as e:
        print(type(e).__name__, e)
    c.close()
    bad = asyncio.create_task(v('x'))
    good = asyncio.create_task(v(0.2))
    done, pending = await asyncio.wait([bad, good, t], return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending), type(bad.exception()).__name__)
    done, pending = await asyncio.wait({good})
    print(len(done), len(pending))
    try:
        for f in asyncio.as_completed(t):
            pass
    except TypeError as e:
        print(e)
    r = []
    for f in asyncio.as_completed([v(0.3), v(0.1)], timeout=0.2):
        try:
            r.append(await f)
        except TimeoutError:
            r.append('timeout')
    print(r)
asyncio.run(main())
