# Proxies travel: as Pool task arguments, through a multiprocessing.Queue,
# to a child Process. A Manager made in a child is that child's own. When
# the server is killed, a client blocked in a call sees EOFError and the
# others a broken pipe.
import multiprocessing as mp
import time

def f(d, i):
    d[i] = i * 2
    return i

def g(q):
    q.put('hi')

def inchild():
    m = mp.Manager()
    d = m.dict(a=1)
    print('child manager', m._process.name, d)

if __name__ == '__main__':
    m = mp.Manager()
    d = m.dict()
    with mp.Pool(2) as pool:
        print(pool.starmap(f, [(d, i) for i in range(4)]))
    print(sorted(d.items()))
    q = mp.Queue()
    q.put(d)
    d2 = q.get()
    d2['x'] = 1
    print(sorted(d.items(), key=str), type(d2).__name__)
    mq = m.Queue()
    q.put(mq)
    print(type(q.get()).__name__)
    p = mp.Process(target=g, args=(mq,))
    p.start()
    p.join()
    print(mq.get())
    p = mp.Process(target=inchild)
    p.start()
    p.join()
    print(p.exitcode)
    lk = m.Lock()
    lk.acquire()

    def blocker(lk):
        try:
            lk.acquire()
        except Exception as e:
            print('blocker', type(e).__name__, e)
    p = mp.Process(target=blocker, args=(lk,))
    p.start()
    time.sleep(0.1)
    m._process.terminate()
    m._process.join()
    p.join()
    print(m._process.exitcode)
    try:
        d['a']
    except Exception as e:
        print(type(e).__name__, e)
    print(mp.active_children())
