# The seed's unlocked MONEY program: two threads, 2 x 1,000,000 calls.
# It prints only what is deterministic under CPython (the lost updates are not).
import threading
MONEY = 0
def change(n):
    global MONEY
    MONEY += n
    MONEY -= n
def run(n):
    for i in range(1000000):
        change(n)
t1 = threading.Thread(target=run, args=(6,))
t2 = threading.Thread(target=run, args=(7,))
t1.start()
t2.start()
t1.join()
t2.join()
print('done')
