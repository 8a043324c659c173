# Objects sent between processes are copied (pickled), never shared:
# classes and functions travel by name and must exist in the receiver;
# a lambda cannot be pickled.
import queue
from multiprocessing import Process, Queue, JoinableQueue, Pipe

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)

def mutate_and_return(q_in, q_out):
    p = q_in.get()
    p.x = 100
    q_out.put(p)

def echo(conn):
    while True:
        msg = conn.recv()
        if msg is None:
            break
        conn.send(('echo', msg))
    conn.close()

def consumer(jq, out):
    while True:
        item = jq.get()
        out.put(item * 2)
        jq.task_done()

if __name__ == '__main__':
    q_in, q_out = Queue(), Queue()
    original = Point(1, [2, 3])
    w = Process(target=mutate_and_return, args=(q_in, q_out))
    w.start()
    q_in.put(original)
    back = q_out.get()
    w.join()
    print('sent', original, 'got back', back, 'same object:', back is original)
    print('still a Point:', isinstance(back, Point))

    shared = [1, 2]
    q_in.put([shared, shared])
    a, b = q_in.get()
    print('sharing inside one message survives:', a is b, 'but it is a copy:', a is not shared)

    parent_end, child_end = Pipe()
    e = Process(target=echo, args=(child_end,))
    e.start()
    for msg in ['hello', {'k': Point(0, 0)}, (1, 2.5, None)]:
        parent_end.send(msg)
        print(parent_end.recv())
    print('poll with nothing sent:', parent_end.poll(0.1))
    try:
        parent_end.send(lambda x: x)
    except Exception as err:
        print(type(err).__name__ + ':', str(err).split(' at 0x')[0])
    parent_end.send(None)
    e.join()

    r, wr = Pipe(duplex=False)
    wr.send('one way')
    print(r.recv())
    try:
        r.send('back')
    except OSError as err:
        print('OSError:', err)

    q = Queue()
    try:
        q.get(timeout=0.2)
    except queue.Empty:
        print('Empty after the timeout')
    q.put(1)
    print(q.get(), q.empty())

    jq, out = JoinableQueue(), Queue()
    c = Process(target=consumer, args=(jq, out), daemon=True)
    c.start()
    for i in range(5):
        jq.put(i)
    jq.join()
    print('all tasks done:', sorted(out.get() for _ in range(5)))
