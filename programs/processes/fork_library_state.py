# A fork copies the state of library objects too: counters, iterators,
# deques and lru_cache's cache go on in the child from where the parent was.
import os, itertools, functools, collections, sys
c = itertools.count()
cy = itertools.cycle('ab')
z = zip([1,2,3], 'xyz')
m = map(str, [1,2,3])
dq = collections.deque([1,2,3])
@functools.lru_cache(maxsize=None)
def sq(x):
    return x * x
sq(2)
next(c); next(cy); next(z); next(m)
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    print('child', next(c), next(c), next(z), next(m), dq.popleft(), sq(2), sq(3), sq.cache_info(), flush=True)
    os._exit(0)
os.waitpid(pid, 0)
print('parent', next(c), next(z), next(m), dq.popleft(), sq.cache_info())
