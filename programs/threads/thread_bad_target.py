# cpython: skip (thread traceback frames differ: CPython shows its threading.py path)
# A target that is not callable fails inside the new thread, not in start().
import threading

t = threading.Thread(target=5)
print(t.name)
t.start()
t.join()
print('start() returned normally; alive:', t.is_alive())
t = threading.Thread(target=len, args=(1, 2))
t.start()
t.join()
print('done')
