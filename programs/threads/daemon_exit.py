# At exit the interpreter waits for non-daemon threads but not for daemon ones.
import threading
import time

def ticker():
    for i in range(100):
        print('tick', i)
        time.sleep(0.4)

def worker():
    time.sleep(1.0)
    print('worker finished')

d = threading.Thread(target=ticker, daemon=True)
w = threading.Thread(target=worker)
print('daemon flags:', d.daemon, w.daemon)
d.start()
w.start()
time.sleep(0.6)
print('main thread done')
