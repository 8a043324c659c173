# A timeout: wait_for() cancels the slow operation when its time is up and
# raises TimeoutError; the operation sees the cancellation at its await and
# can clean up.
import asyncio

async def slow_query(seconds):
    try:
        print(f'query: started, needs {seconds} s')
        await asyncio.sleep(seconds)
        print('query: finished')
        return 'rows'
    except asyncio.CancelledError:
        print('query: cancelled, cleaning up')
        raise

async def main():
    print('result:', await asyncio.wait_for(slow_query(0.5), timeout=2))
    try:
        await asyncio.wait_for(slow_query(5), timeout=1)
    except TimeoutError:
        print('timed out after 1 s')
    except asyncio.TimeoutError:
        print('never here: asyncio.TimeoutError is TimeoutError in 3.11')
    print('TimeoutError is asyncio.TimeoutError:', TimeoutError is asyncio.TimeoutError)

asyncio.run(main())
