# What pickle refuses when it is sent to another process: generators, coroutines, locks and what holds one (threading's classes, a Queue, any object or container around them), with CPython's messages.
import multiprocessing as mp, threading, queue, sys
def g(): yield 1
async def co(): pass
async def ag(): yield 1
class MyThread(threading.Thread):
    pass
class Holder:
    def __init__(self, x): self.x = x
c = co()
objs = [g(), (x for x in []), c, ag(), threading.Lock(), threading.RLock(), threading.Event(),
        threading.Condition(), threading.Condition(threading.Lock()), threading.Semaphore(2),
        threading.BoundedSemaphore(), threading.Barrier(2), threading.Thread(target=print), MyThread(),
        threading.local(), queue.Queue(), Holder(threading.Lock()), [1, 2, {'k': threading.RLock()}], (1, 'a', 2.5)]
a, b = mp.Pipe()
for obj in objs:
    try:
        a.send(obj)
        print("sent", type(obj).__name__, b.recv() if isinstance(obj, tuple) else '')
    except Exception as e:
        print(type(obj).__name__, type(e).__name__, e)
c.close()
def ident(x): return x
if __name__ == '__main__':
    with mp.Pool(2) as p:
        for obj in (threading.Lock(), g()):
            try:
                p.apply(ident, (obj,))
            except Exception as e:
                print(type(e).__name__, e)
