# cpython: skip (CPython's traceback also shows its own asyncio/runners.py and base_events.py lines)
# An exception escaping asyncio.run() shows the coroutine's frames; a task
# whose exception nobody retrieved is reported when the loop is closed.
import asyncio
async def bad():
    await asyncio.sleep(0.1)
    raise KeyError('lost')
async def main():
    asyncio.create_task(bad())
    await asyncio.sleep(1)
    print('main done')
    raise ValueError('main failed')
asyncio.run(main())
