# call_soon_threadsafe from another thread wakes a loop that has nothing to do.
import asyncio, threading, time
async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    def worker():
        time.sleep(0.5)
        loop.call_soon_threadsafe(fut.set_result, 'from thread')
    threading.Thread(target=worker).start()
    t0 = loop.time()
    print(await fut, round(loop.time() - t0, 1))
asyncio.run(main())
