# cpython: skip (prints pygil's own counters: GIL hand-offs and task switches)
# The same I/O-bound job two ways: 20 downloads, each waiting 5 times for
# 0.1 s of "network" with a little work in between. Threads overlap their
# waits by blocking and handing the GIL to one another; coroutines overlap
# them on one thread, the event loop switching tasks at each await.
# pygil.stats() reports the virtual clock and both counters.
import asyncio
import threading
import time
import pygil

DOWNLOADS = 20
WAITS = 5

def parse(chunk):
    return sum(range(chunk % 50))

def download_blocking(i, results):
    total = 0
    for chunk in range(WAITS):
        time.sleep(0.1)                  # the thread blocks; the GIL goes to another thread
        total += parse(i * WAITS + chunk)
    results[i] = total

async def download_async(i):
    total = 0
    for chunk in range(WAITS):
        await asyncio.sleep(0.1)         # the task yields; the loop runs another task
        total += parse(i * WAITS + chunk)
    return total

def with_threads():
    results = [0] * DOWNLOADS
    threads = [threading.Thread(target=download_blocking, args=(i, results)) for i in range(DOWNLOADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results

async def with_coroutines():
    return await asyncio.gather(*(download_async(i) for i in range(DOWNLOADS)))

def measure(label, job):
    before = pygil.stats()
    start = time.perf_counter()
    results = job()
    elapsed = time.perf_counter() - start
    after = pygil.stats()
    print(f'{label}:')
    print(f'  checksum {sum(results)}, elapsed {elapsed:.2f} s (one by one it would be {DOWNLOADS * WAITS * 0.1:.0f} s)')
    print(f'  GIL hand-offs: {after["gil_handoffs"] - before["gil_handoffs"]}')
    print(f'  task switches: {after["task_switches"] - before["task_switches"]}')

measure('threads', with_threads)
measure('coroutines', lambda: asyncio.run(with_coroutines()))
