# RLock: the owner may re-acquire; only the owner may release.
import threading

r = threading.RLock()
print(r.acquire(), r.acquire(), r.acquire(blocking=False))
print(repr(r).split(' owner')[0], 'count=3' in repr(r))
r.release()
r.release()
r.release()
print(repr(r).split(' at ')[0])
try:
    r.release()
except RuntimeError as e:
    print('RuntimeError:', e)

def nested(depth):
    with r:
        if depth > 0:
            return nested(depth - 1)
        return 'reached the bottom'
print(nested(5))

r.acquire()
results = []
def other():
    results.append(('non-blocking', r.acquire(False)))
    results.append(('timeout', r.acquire(timeout=0.1)))
    try:
        r.release()
    except RuntimeError as e:
        results.append(('release', str(e)))
t = threading.Thread(target=other)
t.start()
t.join()
print(results)
r.release()

def taker():
    with r:
        with r:
            results.append('other thread took it twice')
t = threading.Thread(target=taker)
t.start()
t.join()
print(results[-1])
print(type(r))
