# Queue: get() blocks until an item arrives, put() blocks while the queue is full.
import queue
import threading

q = queue.Queue(maxsize=2)
received = []

def consumer():
    while True:
        item = q.get()
        if item is None:
            break
        received.append(item)

c = threading.Thread(target=consumer)
c.start()
for i in range(8):
    q.put(i)
q.put(None)
c.join()
print('received in order:', received)
print(q.qsize(), q.empty(), q.full(), q.maxsize)

# Timeouts raise Empty and Full.
try:
    q.get(timeout=0.2)
except queue.Empty:
    print('Empty after waiting 0.2s')
try:
    q.get_nowait()
except queue.Empty as e:
    print('get_nowait:', repr(e))
try:
    q.get(block=False)
except queue.Empty:
    print('get(block=False): Empty')
q.put('a')
q.put('b')
print('full:', q.full(), q.qsize())
try:
    q.put('c', timeout=0.2)
except queue.Full:
    print('Full after waiting 0.2s')
try:
    q.put_nowait('c')
except queue.Full as e:
    print('put_nowait:', repr(e))
print(q.get(), q.get_nowait(), q.empty())

# A consumer blocked with a timeout gets an item put in time.
got = []
def patient():
    got.append(q.get(timeout=5))
t = threading.Thread(target=patient)
t.start()
q.put('in time')
t.join()
print(got)
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
print(queue.Empty, queue.Full)
