# The RuntimeErrors of start(), join() and the daemon flag.
import threading

def attempt(label, f):
    try:
        f()
        print(label, 'ok')
    except (RuntimeError, AssertionError) as e:
        print(label, type(e).__name__, e)

t = threading.Thread(target=lambda: None)
attempt('join before start:', t.join)
attempt('join current thread:', threading.current_thread().join)
t.start()
attempt('start twice:', t.start)
t.join()
attempt('start after finish:', t.start)

def set_daemon():
    t.daemon = True
attempt('daemon after start:', set_daemon)

class Forgetful(threading.Thread):
    def __init__(self):
        pass  # no super().__init__()

f = Forgetful()
attempt('start without __init__:', f.start)
attempt('join without __init__:', f.join)
attempt('name without __init__:', lambda: f.name)
attempt('repr without __init__:', lambda: repr(f))
attempt('is_alive without __init__:', f.is_alive)

def set_forgetful_daemon():
    f.daemon = True
attempt('daemon without __init__:', set_forgetful_daemon)
attempt('group argument:', lambda: threading.Thread(group=1))

def join_self():
    attempt('thread joins itself:', threading.current_thread().join)
s = threading.Thread(target=join_self)
s.start()
s.join()
