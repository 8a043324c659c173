# join(timeout) returns after the timeout even if the thread is still running.
import threading
import time

def sleeper():
    time.sleep(1.0)
    print('sleeper woke up')

t = threading.Thread(target=sleeper)
t.start()
start = time.monotonic()
t.join(0.3)
print('after join(0.3): alive =', t.is_alive())
print('waited about 0.3s:', 0.25 <= time.monotonic() - start < 0.6)
t.join()
print('after join(): alive =', t.is_alive())
print('waited about 1s in total:', 0.95 <= time.monotonic() - start < 1.5)
t.join(0.5)
print('joining a finished thread returns at once')
t2 = threading.Thread(target=sleeper)
t2.start()
t2.join(-1)
print('negative timeout: alive =', t2.is_alive())
t2.join()
