# One event loop per thread: two threads run asyncio.run() at the same time,
# each with its own loop, while the main thread waits; a loop sleeping on a
# timer lets other threads run.
import asyncio
import threading

results = {}

async def job(name, n):
    loop = asyncio.get_running_loop()
    total = 0
    for i in range(n):
        await asyncio.sleep(0.05)
        total += i
    return name, total, loop

def run_in_thread(name, n):
    name, total, loop = asyncio.run(job(name, n))
    results[name] = (total, loop.is_closed())

def cpu():
    s = 0
    for i in range(20000):
        s += i
    results['cpu'] = s

threads = [threading.Thread(target=run_in_thread, args=(f'loop{i}', 5 + i)) for i in range(2)]
threads.append(threading.Thread(target=cpu))
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))

def no_loop_here():
    try:
        asyncio.get_event_loop()
    except RuntimeError as e:
        results['err'] = str(e)
t = threading.Thread(target=no_loop_here, name='Worker')
t.start()
t.join()
print(results['err'])

async def outer():
    inner = job('nested', 1)
    try:
        asyncio.run(inner)
    except RuntimeError as e:
        print(e)
    inner.close()
    loop = asyncio.get_running_loop()
    print(loop is asyncio.get_event_loop())
c = outer()
asyncio.run(c)
