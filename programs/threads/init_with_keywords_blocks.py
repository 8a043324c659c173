# A class called with keyword arguments runs its __init__ as an ordinary
# frame: it may block (here on a lock another thread holds) and the GIL
# may change hands inside it.
import threading
import time

lock = threading.Lock()
log = []

class Worker:
    def __init__(self, name, *, delay=0.0, lock=None):
        self.name = name
        with lock:
            log.append(f'{name} got the lock')
            time.sleep(delay)
        log.append(f'{name} built')

def holder():
    with lock:
        log.append('holder has the lock')
        time.sleep(0.2)
    log.append('holder released')

t = threading.Thread(target=holder)
t.start()
time.sleep(0.05)
w = Worker('w1', delay=0.01, lock=lock)
t.join()
print('\n'.join(log))
print(w.name)
