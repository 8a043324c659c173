# The seed's locked MONEY program: two threads, a lock around every change.
import threading
MONEY = 0
lock = threading.Lock()
def change(n):
    global MONEY
    MONEY += n
    MONEY -= n
def run(n):
    for i in range(1000000):
        lock.acquire()
        try:
            change(n)
        finally:
            lock.release()
t1 = threading.Thread(target=run, args=(6,))
t2 = threading.Thread(target=run, args=(7,))
t1.start()
t2.start()
t1.join()
t2.join()
print('MONEY:%s' % MONEY)
