# A queue held by a manager: producers and a consumer in other processes,
# and a JoinableQueue the parent joins.
import multiprocessing as mp


def producer(q, start):
    for i in range(start, start + 3):
        q.put(i)


def consumer(q, out):
    total = 0
    while True:
        item = q.get()
        if item is None:
            break
        total += item
    out.put(total)


def worker(jq, results):
    while True:
        item = jq.get()
        if item is None:
            jq.task_done()
            break
        results.append(item * 2)
        jq.task_done()


if __name__ == '__main__':
    with mp.Manager() as manager:
        q = manager.Queue()
        out = manager.Queue()
        print(type(q).__name__, q.empty(), q.qsize())
        prods = [mp.Process(target=producer, args=(q, s)) for s in (0, 10)]
        cons = mp.Process(target=consumer, args=(q, out))
        cons.start()
        for p in prods:
            p.start()
        for p in prods:
            p.join()
        q.put(None)
        print('total', out.get(timeout=5))
        cons.join()
        import queue
        try:
            q.get(timeout=0.01)
        except queue.Empty:
            print('Empty')
        small = manager.Queue(1)
        small.put('x')
        print(small.full())
        try:
            small.put('y', timeout=0.01)
        except queue.Full:
            print('Full')
        jq = manager.JoinableQueue()
        results = manager.list()
        w = mp.Process(target=worker, args=(jq, results))
        w.start()
        for i in range(5):
            jq.put(i)
        jq.put(None)
        jq.join()
        w.join()
        print(sorted(results))
        print(type(jq).__name__)
