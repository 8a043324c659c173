# pygil: --sched random --seed 7
# cpython: skip (the seed's unlocked MONEY program under a random schedule: pygil-specific)
import time,threading
MONEY = 0
def change(n):
    global MONEY
    MONEY += n
    MONEY -= n
def run(n):
    for i in range(100000):
        change(n)
t1  = threading.Thread(target=run,args=(6,))
t2  = threading.Thread(target=run,args=(7,))
t1.start()
t2.start()
t1.join()
t2.join()
print('MONEY:%s'%MONEY)
