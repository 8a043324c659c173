# Subclassing Thread: __init__ calling super().__init__() and overriding run().
import threading

class Counter(threading.Thread):
    def __init__(self, label, n):
        super().__init__()
        self.label = label
        self.n = n
        self.total = 0

    def run(self):
        for i in range(self.n):
            self.total += i

workers = [Counter('a', 10), Counter('b', 100)]
print([w.name for w in workers])
print(repr(workers[0]))
for w in workers:
    w.start()
for w in workers:
    w.join()
print([(w.label, w.total) for w in workers])
print(repr(workers[1]).split(' ')[0], 'stopped' in repr(workers[1]))

class Named(threading.Thread):
    def run(self):
        print('running', self.name, threading.current_thread() is self)

n = Named(name='custom')
n.start()
n.join()

# run() can be called directly: it then runs in the calling thread.
class Direct(threading.Thread):
    def run(self):
        print('run() in', threading.current_thread().name)

Direct().run()

# The default run() calls the target once and then forgets it.
t = threading.Thread(target=print, args=('target ran',))
t.run()
try:
    t.run()
except AttributeError as e:
    print('AttributeError:', e)
