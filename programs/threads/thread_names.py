# Default thread names, current_thread() inside threads, main_thread().
import threading

def show():
    print('in', threading.current_thread().name)

def other():
    pass

print(threading.current_thread().name, threading.main_thread().name)
print(threading.current_thread() is threading.main_thread())
a = threading.Thread(target=show)
b = threading.Thread(target=other)
c = threading.Thread(target=show, name='worker-c')
d = threading.Thread()
e = threading.Thread(target=lambda: None)
f = threading.Thread(target=5)
print([t.name for t in (a, b, c, d, e, f)])
for t in (a, c):
    t.start()
    t.join()
a.name = 'renamed'
print(a.name)

class Job(threading.Thread):
    pass

print(Job().name, threading.Thread(name=42).name)
print(threading.active_count(), [t.name for t in threading.enumerate()])
started = threading.Event()
finish = threading.Event()

def hold():
    started.set()
    finish.wait()

h = threading.Thread(target=hold, name='holder')
h.start()
started.wait()
print(threading.active_count(), sorted(t.name for t in threading.enumerate()))
finish.set()
h.join()
print(threading.active_count())
print(threading.get_ident() == threading.current_thread().ident)
print(isinstance(threading.get_native_id(), int), h.ident is not None, Job().ident)
