# cpython: skip (stderr: CPython's tracebacks show its own multiprocessing files and lines)
# SIGINT raises KeyboardInterrupt in the main thread of the process it is
# sent to, interrupting a blocking call; uncaught, it ends the process by SIGINT.
import os, time, signal, sys
from multiprocessing import Process, Queue

def waits(q):
    try:
        q.get()
    except KeyboardInterrupt:
        print('child interrupted while waiting', flush=True)
        raise

def sleeper():
    time.sleep(10)

if __name__ == '__main__':
    q = Queue()
    p = Process(target=waits, args=(q,))
    p.start()
    time.sleep(0.2)
    os.kill(p.pid, signal.SIGINT)
    p.join()
    print('exitcode', p.exitcode)
    sys.stdout.flush()
    pid = os.fork()
    if pid == 0:
        sleeper()
        os._exit(0)
    time.sleep(0.2)
    os.kill(pid, signal.SIGINT)
    _, st = os.waitpid(pid, 0)
    print('raw child:', os.WIFSIGNALED(st), os.WTERMSIG(st))
    try:
        os.kill(os.getpid(), signal.SIGINT)
        time.sleep(1)
    except KeyboardInterrupt:
        print('KeyboardInterrupt in the main process')
