# cpython: skip (CPython waits forever; pygil reports the deadlock and exits with status 3)
# A task waits for an Event nobody will ever set: the event loop has nothing
# to run and no timer, and no other thread can wake it.
import asyncio

async def main():
    done = asyncio.Event()
    print('waiting for an event nobody sets')
    await done.wait()

asyncio.run(main())
