# threading.local: each thread sees only its own attributes.
import threading

data = threading.local()
data.owner = 'main'
seen = {}
lock = threading.Lock()

def work(name):
    with lock:
        seen[name + ' before'] = getattr(data, 'owner', '<unset>')
    data.owner = name
    data.items = [name] * 2
    for _ in range(3):
        data.items.append(len(data.items))
    with lock:
        seen[name + ' after'] = (data.owner, data.items)

threads = [threading.Thread(target=work, args=(n,)) for n in ('t1', 't2')]
for t in threads:
    t.start()
for t in threads:
    t.join()
for k in sorted(seen):
    print(k, seen[k])
print('main still sees', data.owner, hasattr(data, 'items'))
try:
    data.missing
except AttributeError as e:
    print('AttributeError:', e)
print(repr(data).startswith('<_thread._local object at 0x'))

# A subclass's __init__ runs again in each thread that uses the object.
class Settings(threading.local):
    def __init__(self, level):
        self.level = level
        self.inits = 1

settings = Settings(3)
settings.level = 10
def read():
    with lock:
        seen['settings'] = (settings.level, settings.inits)
t = threading.Thread(target=read)
t.start()
t.join()
print('thread saw', seen['settings'], 'main has', settings.level)
try:
    threading.local(1)
except TypeError as e:
    print('TypeError:', e)
print(sorted(vars(data)))
