# cpython: skip (CPython hangs here; the deadlock report is pygil's)
# A deadlock report names what each thread waits in: a Barrier, a Queue's join, a join of
# another thread, a lock; and the main thread waiting for them all at exit.
import threading, queue, time
q = queue.Queue()
bar = threading.Barrier(3)
lk = threading.Lock()
def w1():
    bar.wait()
def w2():
    q.put(1); q.join()
def w3():
    with lk:
        time.sleep(0.01)
        t4.join()
def w4():
    time.sleep(0.005)
    lk.acquire()
t1 = threading.Thread(target=w1); t2 = threading.Thread(target=w2)
t3 = threading.Thread(target=w3); t4 = threading.Thread(target=w4)
for t in (t1, t2, t3, t4): t.start()
print("main done")
