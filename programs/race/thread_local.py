# pygil: --race
# cpython: skip (--race reports are pygil's own; times are virtual)
import threading,time
local = threading.local()
def change(n):
    money = local.money
    money += n
    money -= n
def run(n):
    #每个Thread对thread.money都可以读写
    local.money = 0
    for i in range(1000000):
        change(n)
    print('%s local.money:'%threading.current_thread().name,local.money)
s = time.time()
t1 = threading.Thread(target=run,name='Thread-1',args=(6,))
t2 = threading.Thread(target=run,name='Thread-2',args=(7,))
t1.start()
t2.start()
t1.join()
t2.join()
e = time.time()
print('耗时：%s'%(e-s))
print(local)
