# cpython: skip (CPython hangs forever; pygil reports the deadlock and exits with status 3)
# Two threads take two locks in opposite orders.
import threading

a = threading.Lock()
b = threading.Lock()
has_b = threading.Event()
print('lock a is at', hex(id(a)), 'and lock b at', hex(id(b)))

def worker():
    with b:
        has_b.set()
        with a:
            print('worker got both locks')

a.acquire()
t = threading.Thread(target=worker, name='worker')
t.start()
has_b.wait()
print('main holds a, worker holds b')
with b:
    print('main got both locks')
