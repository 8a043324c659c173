# A plain Future whose exception nobody reads is reported, as a Task's is;
# one read through exception(), result() or an await is not.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    lost = loop.create_future()
    lost.set_exception(ValueError("nobody reads this"))
    read = loop.create_future()
    read.set_exception(KeyError("seen"))
    print(repr(read.exception()))
    awaited = asyncio.Future()
    awaited.set_exception(RuntimeError("awaited"))
    try:
        await awaited
    except RuntimeError as e:
        print('caught', e)
    print('end of main')


asyncio.run(main())
print('after')
