# A Semaphore(2) lets at most two threads into the guarded section at once.
import threading
import time

pool = threading.Semaphore(2)
guard = threading.Lock()
inside = 0
most = 0
done = []

def worker(i):
    global inside, most
    with pool:
        with guard:
            inside += 1
            most = max(most, inside)
        time.sleep(0.1)
        with guard:
            inside -= 1
            done.append(i)

threads = [threading.Thread(target=worker, args=(i,)) for i in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print('most threads inside at once:', most)
print('all done:', sorted(done))
print('value back to', pool._value)
print(repr(pool).startswith('<threading.Semaphore at 0x'), repr(pool).endswith(': value=2>'))
