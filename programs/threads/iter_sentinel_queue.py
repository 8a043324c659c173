# The worker idiom for item in iter(q.get, None): each q.get() waits for
# the producer thread, and the sentinel None ends the loop. Also list() and
# next() of such an iterator, one whose callable raises StopIteration, and
# one over a bound method (a reader's read() until '').
import threading, queue, time
q = queue.Queue()
def prod():
    for v in [1, 2, 3, None]:
        time.sleep(0.01); q.put(v)
threading.Thread(target=prod).start()
for item in iter(q.get, None):
    print('got', item)
print('done')
threading.Thread(target=prod).start()
print(list(iter(q.get, None)))
threading.Thread(target=prod).start()
it = iter(q.get, None)
print(next(it), next(it), list(it), list(it))
def countdown():
    n = [3]
    def step():
        n[0] -= 1
        if n[0] < 0:
            raise StopIteration
        return n[0]
    return step
it = iter(countdown(), -5)
print([x for x in it], list(it))
class Reader:
    def __init__(self): self.lines = ['a', 'b', '']
    def read(self): return self.lines.pop(0)
print(list(iter(Reader().read, '')))
