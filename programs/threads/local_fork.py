# threading.local across threads and a fork: each thread, and the forked
# child, sees its own values; a subclass's __init__ runs again in each thread.
import os, threading
loc = threading.local()
loc.x = 'parent main'
def worker():
    loc.x = 'worker'
    print('worker sees', loc.x)
t = threading.Thread(target=worker); t.start(); t.join()
print('main sees', loc.x, sorted(vars(loc)))
pid = os.fork()
if pid == 0:
    print('child sees', loc.x)
    loc.x = 'child'
    t = threading.Thread(target=lambda: print('child thread has x:', hasattr(loc, 'x')))
    t.start(); t.join()
    print('child now', loc.x)
    os._exit(0)
os.waitpid(pid, 0)
print('parent still', loc.x)
class Sub(threading.local):
    def __init__(self, v):
        self.v = v
s = Sub(5)
t = threading.Thread(target=lambda: print('sub in thread', s.v)); t.start(); t.join()
print(repr(loc)[:22], loc.__dict__)
