# What os.fork() copies: the heap (the child's changes stay in the child),
# only the calling thread, and locks in the state they had.
import os, sys, threading, time, signal

data = {'list': [1, 2, 3], 'n': 0}
alias = data['list']

class Counter:
    total = 0

def child_changes():
    data['list'].append(4)
    data['n'] += 1
    Counter.total = 99
    print('child sees', data, alias is data['list'], Counter.total, flush=True)

sys.stdout.flush()
pid = os.fork()
if pid == 0:
    child_changes()
    os._exit(0)
_, status = os.waitpid(pid, 0)
print('parent sees', data, Counter.total, os.WIFEXITED(status), os.WEXITSTATUS(status))

# Only the thread that forks exists in the child.
started = threading.Event()
stop = threading.Event()
held = threading.Lock()

def worker():
    with held:
        started.set()
        stop.wait()

t = threading.Thread(target=worker)
t.start()
started.wait()
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    print('threads in child:', threading.active_count(), flush=True)
    # The worker held the lock at fork time and does not exist here: the lock stays held.
    print('lock free in child:', held.acquire(timeout=0.1), flush=True)
    os._exit(7)
_, status = os.waitpid(pid, 0)
print('child exit code', os.WEXITSTATUS(status))
stop.set()
t.join()
print('lock free in parent:', held.acquire(timeout=0.1))

# Exit statuses: a return code, an uncaught exception, a signal.
def run_child(body):
    sys.stdout.flush()
    pid = os.fork()
    if pid == 0:
        body()
        os._exit(0)
    _, st = os.waitpid(pid, 0)
    return st

st = run_child(lambda: os._exit(3))
print('exit 3:', os.WIFEXITED(st), os.WEXITSTATUS(st), os.waitstatus_to_exitcode(st))
st = run_child(lambda: os.kill(os.getpid(), signal.SIGTERM))
print('SIGTERM:', os.WIFSIGNALED(st), os.WTERMSIG(st), os.waitstatus_to_exitcode(st))

sys.stdout.flush()
pid = os.fork()
if pid == 0:
    time.sleep(10)
    os._exit(0)
os.kill(pid, signal.SIGKILL)
_, st = os.waitpid(pid, 0)
print('SIGKILL:', os.WIFSIGNALED(st), os.WTERMSIG(st))

# waitpid with WNOHANG does not block; wait() with no children fails.
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    time.sleep(0.5)
    os._exit(5)
print('nohang:', os.waitpid(pid, os.WNOHANG))
got, st = os.wait()
print('wait:', got == pid, os.WEXITSTATUS(st))
try:
    os.wait()
except ChildProcessError as e:
    print('ChildProcessError:', e)
print('cpu_count is an int:', isinstance(os.cpu_count(), int))
