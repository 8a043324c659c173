# The seed document's threading.local program, without the timing line, and
# with the second thread started after the first ends so the output order is fixed.
import threading,time
local = threading.local()
def change(n):
    money = local.money
    money += n
    money -= n
def run(n):
    #每个Thread对thread.money都可以读写
    local.money = 0
    for i in range(100000):
        change(n)
    print('%s local.money:'%threading.current_thread().name,local.money)
t1 = threading.Thread(target=run,name='Thread-1',args=(6,))
t2 = threading.Thread(target=run,name='Thread-2',args=(7,))
t1.start()
t1.join()
t2.start()
t2.join()
print(repr(local).split(' at ')[0])
