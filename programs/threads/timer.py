# Timer runs a function after a delay unless cancelled first.
import threading
import time

start = time.monotonic()
fired = []
delays = []
def fire(label, extra=None):
    fired.append((label, extra))
    delays.append(time.monotonic() - start)

t = threading.Timer(0.5, fire, args=('first',), kwargs={'extra': 1})
print(t.name, isinstance(t, threading.Thread))
t.start()
t.join()
print(fired, 'after about 0.5s:', 0.45 <= delays[0] < 1.0)

c = threading.Timer(5, fire, args=('never',))
c.start()
time.sleep(0.1)
c.cancel()
c.join()
print('cancelled; fired:', [f[0] for f in fired], 'cancel took effect at once:', time.monotonic() - start < 1.5)

t2 = threading.Timer(0.2, fire, ['list args'])
t2.start()
t2.join()
print([f[0] for f in fired])
