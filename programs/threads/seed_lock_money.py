# The seed document's lock program (线程锁), without the timing line:
# with the lock, MONEY always ends at 0.
import time,threading
MONEY = 0
def change(n):
    global MONEY
    MONEY += n
    MONEY -= n
def run(n):
    for i in range(200000):
        lock.acquire()
        try:
            change(n)
        finally:
            lock.release()
t1  = threading.Thread(target=run,args=(6,))
t2  = threading.Thread(target=run,args=(7,))
lock = threading.Lock()
t1.start()
t2.start()
t1.join()
t2.join()
print('MONEY:%s  '%MONEY)
