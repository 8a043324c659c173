# Barrier: every party waits until all have arrived; wait() returns distinct indices.
import threading

action_runs = []
barrier = threading.Barrier(3, action=lambda: action_runs.append('all arrived'))
indices = []
after = []
lock = threading.Lock()

def party(name):
    i = barrier.wait()
    with lock:
        indices.append(i)
        after.append(name)

threads = [threading.Thread(target=party, args=(n,)) for n in 'abc']
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(indices), sorted(after), action_runs)
print(barrier.parties, barrier.n_waiting, barrier.broken)
print(repr(barrier).endswith(': waiters=0/3>'))

# A barrier is reusable: a second round works the same way.
indices.clear()
threads = [threading.Thread(target=party, args=(n,)) for n in 'xyz']
for t in threads:
    t.start()
for t in threads:
    t.join()
print('second round:', sorted(indices), action_runs)

# A timeout breaks the barrier for everybody waiting.
b2 = threading.Barrier(3)
outcomes = []
def impatient():
    try:
        b2.wait(timeout=0.2)
        outcomes.append('passed')
    except threading.BrokenBarrierError:
        outcomes.append('broken')
threads = [threading.Thread(target=impatient) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(outcomes, b2.broken, repr(b2).endswith(': broken>'))
try:
    b2.wait()
except threading.BrokenBarrierError as e:
    print('still broken:', repr(e))
b2.reset()
print('after reset:', b2.broken)

# abort() breaks it too.
b3 = threading.Barrier(2)
def abort_later():
    b3.abort()
def stuck():
    try:
        b3.wait()
    except threading.BrokenBarrierError:
        outcomes.append('aborted')
s = threading.Thread(target=stuck)
s.start()
a = threading.Thread(target=abort_later)
a.start()
s.join()
a.join()
print(outcomes[-1], b3.broken)

# An action that raises breaks the barrier; the exception reaches the last arriver.
def bad_action():
    raise KeyError('action failed')
b4 = threading.Barrier(1, action=bad_action)
try:
    b4.wait()
except KeyError as e:
    print('KeyError:', e, b4.broken)
print(issubclass(threading.BrokenBarrierError, RuntimeError))
