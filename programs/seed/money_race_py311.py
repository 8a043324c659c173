# pygil: --gil-model py311
# CPython 3.11 honours a GIL drop request only at function entry, backward jumps and after
# calls, so no switch falls inside MONEY += n: this prints MONEY:0, as CPython 3.11 does.
import threading
MONEY = 0
def change(n):
    global MONEY
    MONEY += n
    MONEY -= n
def run(n):
    for i in range(300000):
        change(n)
t1  = threading.Thread(target=run,args=(6,))
t2  = threading.Thread(target=run,args=(7,))
t1.start()
t2.start()
t1.join()
t2.join()
print('MONEY:%s'%MONEY)
