# Process's class layout (BaseProcess holds the methods), CPython's module
# names on the classes, terminate()/kill() before start(), and
# SimpleQueue's small API.
import multiprocessing as mp
import sys

def attempt(label, f):
    try:
        r = f()
        print(label, 'ok', r)
    except Exception as e:
        print(label, type(e).__name__, e)
    sys.stdout.flush()

def child(q):
    q.put(['from', 'child'])

if __name__ == '__main__':
    print([c.__name__ for c in mp.Process.__mro__])
    print(mp.Process.__module__, mp.pool.Pool.__module__ if hasattr(mp, 'pool') else '')
    print(type(mp.current_process()).__name__, type(mp.current_process()).__module__)
    print(isinstance(mp.current_process(), mp.process.BaseProcess) if hasattr(mp, 'process') else '')
    attempt('bad keyword:', lambda: mp.Process(foo=1))
    p = mp.Process(target=print)
    attempt('terminate before start:', p.terminate)
    attempt('kill before start:', p.kill)
    attempt('close before start:', p.close)
    attempt('terminate after close:', p.terminate)

    q = mp.SimpleQueue()
    c = mp.Process(target=child, args=(q,))
    c.start()
    print(q.get(), q.empty())
    c.join()
    attempt('put unpicklable:', lambda: q.put(lambda: 1))
    attempt('qsize:', lambda: q.qsize())
    attempt('get(False):', lambda: q.get(False))
    q.put(1)
    attempt('empty:', q.empty)
    attempt('close:', q.close)
    attempt('close again:', q.close)
    attempt('get after close:', q.get)
    attempt('put after close:', lambda: q.put(2))
    attempt('empty after close:', q.empty)
