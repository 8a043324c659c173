# A bounded buffer built from one Condition: the producer waits while the
# buffer is full, the consumer while it is empty.
import threading

buffer = []
CAPACITY = 2
cond = threading.Condition()
consumed = []
waits = {'producer': 0, 'consumer': 0}

def producer():
    for i in range(10):
        with cond:
            while len(buffer) >= CAPACITY:
                waits['producer'] += 1
                cond.wait()
            buffer.append(i)
            cond.notify_all()
    with cond:
        while len(buffer) >= CAPACITY:
            cond.wait()
        buffer.append(None)
        cond.notify_all()

def consumer():
    while True:
        with cond:
            while not buffer:
                waits['consumer'] += 1
                cond.wait()
            item = buffer.pop(0)
            cond.notify_all()
        if item is None:
            return
        consumed.append(item * item)

c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start()
p.start()
p.join()
c.join()
print(consumed)
print('buffer empty:', buffer == [])
print('someone had to wait:', waits['producer'] + waits['consumer'] > 0)
