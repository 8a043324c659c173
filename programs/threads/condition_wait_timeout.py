# Condition.wait and wait_for with timeouts; the lock must be held.
import threading

cond = threading.Condition()
try:
    cond.wait()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    cond.notify()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    cond.notify_all()
except RuntimeError as e:
    print('RuntimeError:', e)

with cond:
    print('wait(0.2) with nobody to notify:', cond.wait(0.2))
    print('wait(0):', cond.wait(0), 'wait(-1):', cond.wait(-1))
    print('wait_for false predicate:', cond.wait_for(lambda: False, timeout=0.2))
    print('wait_for true predicate:', cond.wait_for(lambda: 'ready'))

state = {'value': 0}
def bump():
    for i in range(3):
        with cond:
            state['value'] += 1
            cond.notify()

with cond:
    t = threading.Thread(target=bump)
    t.start()
    print('wait_for value == 3:', cond.wait_for(lambda: state['value'] == 3, timeout=5))
t.join()

# The lock is held again when wait() returns, even after a timeout.
lock = threading.Lock()
c2 = threading.Condition(lock)
with c2:
    c2.wait(0.1)
    print('lock held after timed-out wait:', lock.locked())
print('released by with:', lock.locked())
print(repr(c2).startswith('<Condition(<unlocked _thread.lock object at'), repr(c2).endswith(', 0)>'))

# notify(n) wakes at most n waiters, in the order they started waiting.
import time
c3 = threading.Condition()
arrived = []
woken = []
def waiter(i):
    with c3:
        arrived.append(i)
        c3.wait()
        woken.append(i)

def wait_until(predicate):
    while True:
        with c3:
            if predicate():
                return
        time.sleep(0.01)

threads = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
wait_until(lambda: len(arrived) == 4)
with c3:
    c3.notify(2)
wait_until(lambda: len(woken) == 2)
time.sleep(0.1)
print('after notify(2):', len(woken), sorted(woken) == sorted(arrived[:2]))
with c3:
    c3.notify_all()
for t in threads:
    t.join()
print('after notify_all():', sorted(woken))
