# pygil: --race
# cpython: skip (--race is pygil's own; the output itself is what CPython prints)
# A producer and two consumers share results only through queue.Queue and
# join(): every access is ordered, so --race reports nothing.
import queue
import threading

tasks = queue.Queue()
results = {}


def worker(name):
    while True:
        n = tasks.get()
        if n is None:
            tasks.task_done()
            break
        results[n] = n * n
        tasks.task_done()


workers = [threading.Thread(target=worker, args=(f"w{i}",)) for i in range(2)]
for w in workers:
    w.start()
for n in range(10):
    tasks.put(n)
for _ in workers:
    tasks.put(None)
tasks.join()
for w in workers:
    w.join()
print(sorted(results.items()))
