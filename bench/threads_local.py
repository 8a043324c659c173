# The seed's threading.local program: each thread works on its own value.
import threading
local = threading.local()
def change(n):
    money = local.money
    money += n
    money -= n
def run(n):
    local.money = 0
    for i in range(1000000):
        change(n)
    return local.money
results = []
def worker(n):
    results.append(run(n))
t1 = threading.Thread(target=worker, args=(6,))
t2 = threading.Thread(target=worker, args=(7,))
t1.start()
t2.start()
t1.join()
t2.join()
print(results)
