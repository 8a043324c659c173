# Three coroutines each sleep 1 second; gather() runs them concurrently on
# one thread, so the whole takes about 1 second, not 3. (pygil's clock is
# virtual: the loop sleeps until its next timer without real waiting.)
import asyncio
import time

async def fetch(name, seconds):
    print(f'{name}: start')
    await asyncio.sleep(seconds)
    print(f'{name}: done after {seconds} s')
    return f'{name}-data'

async def main():
    start = time.perf_counter()
    results = await asyncio.gather(fetch('A', 1), fetch('B', 1), fetch('C', 1))
    elapsed = time.perf_counter() - start
    print(results)
    print(f'elapsed: {elapsed:.1f} s (not 3.0)')

asyncio.run(main())
