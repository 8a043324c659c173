# asyncio.timeout's repr names its states as CPython's enum values do
# (created, active, expired, finished) with `when` rounded to 3 places, and
# reschedule() refuses a timeout that is not active.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    cm = asyncio.timeout_at(None)
    print(repr(cm))
    try:
        cm.reschedule(2)
    except RuntimeError as e:
        print(e)
    async with cm:
        cm.reschedule(12.34567)
        print(repr(cm), cm.when())
        cm.reschedule(None)
        print(repr(cm))
        await asyncio.sleep(0.01)
    print(repr(cm), cm.expired())
    try:
        cm.reschedule(3)
    except RuntimeError as e:
        print(e)
    try:
        async with asyncio.timeout_at(loop.time() - 1) as late:
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("expired:", late.expired(), repr(late), type(e.__cause__).__name__)
    try:
        late.reschedule(3)
    except RuntimeError as e:
        print(e)


asyncio.run(main())
