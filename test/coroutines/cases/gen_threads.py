# Generators and threads: a generator outlives the thread that created it,
# a generator resumed by send() may block (sleep, lock) inside its body,
# and a deep send() ping-pong needs no host recursion.
import threading, time

made = []
def maker():
    def counter():
        n = 0
        while True:
            n = n + (yield n)
    g = counter()
    next(g)
    g.send(1)
    made.append(g)
t = threading.Thread(target=maker)
t.start()
t.join()
g = made[0]
print(t.is_alive(), g.send(10), g.send(100))

lock = threading.Lock()
def worker_gen():
    while True:
        item = yield
        time.sleep(0.01)          # blocks inside the generator body
        with lock:
            print('processed', item)

def drive(name, items):
    w = worker_gen()
    next(w)
    for i in items:
        w.send(f'{name}{i}')
    w.close()

a = threading.Thread(target=drive, args=('a', range(2)))
a.start()
a.join()
drive('m', range(2))

def ping():
    count = 0
    while True:
        v = yield count
        count += v

p = ping()
next(p)
for _ in range(100000):
    last = p.send(1)
print(last)

def deep(n):
    if n == 0:
        yield 'bottom'
        return 0
    r = yield from deep(n - 1)
    return r + 1
d = deep(200)
print(next(d))
try:
    next(d)
except StopIteration as s:
    print('depth', s.value)
