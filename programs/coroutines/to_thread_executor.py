# Blocking calls handed to threads from asyncio: loop.run_in_executor and
# asyncio.to_thread run them in the loop's default ThreadPoolExecutor
# (threads named asyncio_N) while the loop goes on; results and exceptions
# come back to the awaiting task. asyncio.run() shuts the pool down.
import asyncio, threading, time

def blocking(n):
    time.sleep(0.1 * n)
    return n

async def main():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, blocking, 1))
    print(await asyncio.gather(asyncio.to_thread(blocking, 2), asyncio.to_thread(blocking, 1), asyncio.sleep(0.05, "slept")))
    print(await asyncio.to_thread(lambda a, b=0: a + b, 1, b=2))
    try:
        await asyncio.to_thread(lambda: 1 / 0)
    except ZeroDivisionError as e:
        print("error from thread:", e)
    print(sorted(t.name for t in threading.enumerate()))
    start = loop.time()
    await asyncio.gather(*(asyncio.to_thread(time.sleep, 0.2) for _ in range(3)))
    print("3 sleeps in threads took", round(loop.time() - start, 1))
    fut = loop.run_in_executor(None, time.sleep, 5)
    fut.cancel()
    print("cancelled:", fut.cancelled())

asyncio.run(main())
print(sorted(t.name for t in threading.enumerate()))
t = threading.Thread(target=lambda: None)
print(t.name)
