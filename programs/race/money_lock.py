# pygil: --race
# cpython: skip (--race reports are pygil's own; times are virtual)
import time,threading
MONEY = 0
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
start = time.time()
t1  = threading.Thread(target=run,args=(6,))
t2  = threading.Thread(target=run,args=(7,))
lock = threading.Lock()
t1.start()
t2.start()
t1.join()
t2.join()
end = time.time()
print('MONEY:%s  '%MONEY,'运行时间：%s'%(end-start))
