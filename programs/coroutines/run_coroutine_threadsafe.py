# asyncio.run_coroutine_threadsafe: another thread hands a coroutine to the running loop and waits on a concurrent.futures.Future for its result, its exception, a timeout, or cancels it.
import asyncio
import threading
import concurrent.futures

async def add(a, b):
    await asyncio.sleep(0.01)
    return a + b

async def fail():
    await asyncio.sleep(0.01)
    raise ValueError('bad')

async def forever():
    await asyncio.sleep(100)

def worker(loop, out):
    f = asyncio.run_coroutine_threadsafe(add(2, 3), loop)
    out.append(('result', f.result(timeout=5)))
    g = asyncio.run_coroutine_threadsafe(fail(), loop)
    try:
        g.result(timeout=5)
    except ValueError as e:
        out.append(('error', str(e)))
    h = asyncio.run_coroutine_threadsafe(forever(), loop)
    try:
        h.result(timeout=0.05)
    except concurrent.futures.TimeoutError:
        out.append(('timeout', h.done()))
    out.append(('cancel', h.cancel()))
    try:
        asyncio.run_coroutine_threadsafe(5, loop)
    except TypeError as e:
        out.append(('TypeError', str(e)))

async def main():
    loop = asyncio.get_running_loop()
    out = []
    t = threading.Thread(target=worker, args=(loop, out))
    t.start()
    while t.is_alive():
        await asyncio.sleep(0.01)
    t.join()
    for item in out:
        print(*item)
    print(type(asyncio.run_coroutine_threadsafe).__name__)

asyncio.run(main())
