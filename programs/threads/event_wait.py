# Event: waiters block until set(); wait(timeout) returns False on timeout.
import threading

ev = threading.Event()
print(ev.is_set(), repr(ev).endswith(': unset>'))
print('wait(0.2) on unset event:', ev.wait(0.2))
print('wait(0):', ev.wait(0), 'wait(-5):', ev.wait(-5))

results = []
lock = threading.Lock()
def waiter(i):
    r = ev.wait()
    with lock:
        results.append((i, r))

threads = [threading.Thread(target=waiter, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
print('before set:', results)
ev.set()
for t in threads:
    t.join()
print('after set:', sorted(results))
print(ev.is_set(), ev.wait(), ev.wait(0.1), repr(ev).endswith(': set>'))
ev.clear()
print('cleared:', ev.is_set(), ev.wait(0.1))

# A waiter with a timeout that the event beats.
go = threading.Event()
out = []
def timed():
    out.append(go.wait(timeout=5))
t = threading.Thread(target=timed)
t.start()
go.set()
t.join()
print('timed waiter got:', out)

# A waiter whose timeout expires first.
never = threading.Event()
def gives_up():
    out.append(never.wait(0.3))
t = threading.Thread(target=gives_up)
t.start()
t.join()
print('gave up:', out)
