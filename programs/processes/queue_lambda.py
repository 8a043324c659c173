# cpython: skip (stderr: CPython's feeder-thread traceback names its own files and the lambda's address)
# A lambda cannot be pickled. Queue.put does not raise: as in CPython the
# error is printed and the item dropped, and the queue goes on working.
from multiprocessing import Queue

q = Queue()
q.put(lambda: 1)
q.put('the next item')
print(q.get())
print(q.empty())
