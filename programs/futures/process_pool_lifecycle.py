# ProcessPoolExecutor over its life: the initializer runs in each worker,
# a worker that dies breaks the pool (BrokenProcessPool), calls still in the
# parent can be cancelled (the pool sends at most max_workers + 1 ahead),
# shutdown(cancel_futures=True) cancels the rest, and work submitted before
# the end of the program is still done.
import concurrent.futures as cf, os, time, sys, io
def sq(x):
    time.sleep(0.1)
    return x * x
def die(x):
    os._exit(3)
def init(v):
    global G
    G = v
def getg(_):
    return G
def late(msg):
    time.sleep(0.2)
    print(msg, flush=True)
if __name__ == '__main__':
    with cf.ProcessPoolExecutor(2, initializer=init, initargs=(7,)) as ex:
        print(list(ex.map(getg, range(3))))
    ex = cf.ProcessPoolExecutor(2)
    f = ex.submit(die, 1)
    try:
        f.result()
    except cf.process.BrokenProcessPool as e:
        print(type(e).__name__, e)
    try:
        ex.submit(sq, 1)
    except cf.BrokenExecutor as e:
        print('submit:', e)
    ex.shutdown()
    ex = cf.ProcessPoolExecutor(1)
    fs = [ex.submit(sq, i) for i in range(6)]
    time.sleep(0.05)
    print(fs[0].running(), fs[5].running())
    print(fs[5].cancel(), fs[0].cancel())
    ex.shutdown(wait=False, cancel_futures=True)
    print(fs[4].cancelled(), fs[5].cancelled())
    print(fs[0].result())
    ex2 = cf.ProcessPoolExecutor(2)
    f = ex2.submit(late, 'printed by a worker at the end')
    print('main done', flush=True)
