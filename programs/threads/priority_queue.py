# PriorityQueue (heap order, as heapq), LifoQueue and SimpleQueue.
import queue

pq = queue.PriorityQueue()
for item in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'A'), (0, 'z'), (2, 'a'), (5, 'e')]:
    pq.put(item)
print('heap list:', pq.queue)
print([pq.get() for _ in range(pq.qsize())])

class Job:
    def __init__(self, priority, name):
        self.priority = priority
        self.name = name
    def __lt__(self, other):
        return self.priority < other.priority

jobs = queue.PriorityQueue()
for p, n in [(2, 'second'), (1, 'first-a'), (3, 'third'), (1, 'first-b'), (1, 'first-c'), (2, 'second-b')]:
    jobs.put(Job(p, n))
print([jobs.get().name for _ in range(6)])

lq = queue.LifoQueue()
for i in range(5):
    lq.put(i)
print('lifo:', [lq.get() for _ in range(5)])

sq = queue.SimpleQueue()
for x in 'abc':
    sq.put(x)
print('simple:', sq.qsize(), sq.get(), sq.get_nowait(), sq.get(block=False), sq.empty())
try:
    sq.get(timeout=0.1)
except queue.Empty:
    print('SimpleQueue Empty')
try:
    sq.get(timeout=-1)
except ValueError as e:
    print('ValueError:', e)
print(type(sq))
