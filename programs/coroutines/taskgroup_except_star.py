# A TaskGroup whose tasks fail raises an ExceptionGroup of their errors
# (after cancelling the others); `except*` takes it apart by type.
import asyncio

async def worker(name, go, error):
    await go.wait()
    if error is not None:
        raise error
    print(f"{name} finished")
    return name

async def slow(name):
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise

async def main():
    go = asyncio.Event()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("a", go, None))
            tg.create_task(worker("b", go, ValueError("b failed")))
            tg.create_task(worker("c", go, KeyError("c")))
            tg.create_task(slow("d"))
            await asyncio.sleep(0.2)
            go.set()
    except* ValueError as eg:
        print("value errors:", [str(e) for e in eg.exceptions])
    except* KeyError as eg:
        print("key errors:", [repr(e) for e in eg.exceptions])
    print("after the group")

asyncio.run(main())
