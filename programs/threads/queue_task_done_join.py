# task_done() and join(): join() returns once every item put has been marked done.
import queue
import threading

q = queue.Queue()
done = []
lock = threading.Lock()

def worker(name):
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        with lock:
            done.append(item * 10)
        q.task_done()

workers = [threading.Thread(target=worker, args=(f'w{i}',)) for i in range(3)]
for w in workers:
    w.start()
for i in range(10):
    q.put(i)
q.join()
print('all tasks done:', sorted(done))
print('unfinished:', q.unfinished_tasks)
for w in workers:
    q.put(None)
q.join()
for w in workers:
    w.join()
print('workers alive:', [w.is_alive() for w in workers])
try:
    q.task_done()
except ValueError as e:
    print('ValueError:', e)

# join() on a queue with no pending tasks returns at once.
q2 = queue.Queue()
q2.join()
q2.put(1)
q2.get()
q2.task_done()
q2.join()
print('empty joins return')
