# cpython: skip (thread traceback frames differ: CPython shows its threading.py path)
# An exception escaping run() is reported for that thread only; the others go on.
import threading

def divide(a, b):
    return a / b

def fine():
    print('the other thread is fine')

bad = threading.Thread(target=divide, args=(1, 0))
bad.start()
bad.join()
good = threading.Thread(target=fine)
good.start()
good.join()
print('bad thread alive:', bad.is_alive())

class Failing(threading.Thread):
    def run(self):
        raise ValueError('broken worker')

f = Failing(name='failing')
f.start()
f.join()

# SystemExit in a thread ends only that thread, silently.
import sys
s = threading.Thread(target=sys.exit, args=(5,))
s.start()
s.join()
print('main thread still running; exit status stays 0')
