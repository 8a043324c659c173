# cpython: skip (stderr: CPython's tracebacks show its own multiprocessing files and lines)
# A crashing child does not take its parent down: each process has its own
# heap and interpreter. The parent reads what happened from exitcode.
import os, sys
from multiprocessing import Process, Queue

def raises():
    raise ValueError('something went wrong in the child')

def recurses(n=0):
    return recurses(n + 1)

def exits_hard():
    os._exit(3)

def exits_softly():
    sys.exit(4)

def waits_forever(q):
    q.get()

if __name__ == '__main__':
    for target in (raises, recurses, exits_hard, exits_softly):
        p = Process(target=target)
        p.start()
        p.join()
        print('%-12s exitcode %s' % (target.__name__, p.exitcode))
    q = Queue()
    p = Process(target=waits_forever, args=(q,))
    p.start()
    p.join(timeout=0.5)
    print('blocked on Queue.get, alive:', p.is_alive())
    p.terminate()
    p.join()
    print('after terminate: exitcode', p.exitcode, 'alive:', p.is_alive())
    print('the parent is still running')
