# A fork in the middle of loops: the child's copies of a dict iterator, a set
# iterator and a suspended generator go on from where the parent was, and
# advancing them in the child leaves the parent's untouched.
import os, sys

d = {'a': 1, 'b': 2, 'c': 3, 'd': 4}
s = {10, 20, 30}
def gen():
    for i in range(4):
        yield 'g%d' % i
g = gen()
next(g)
it = iter(s)
next(it)
child = False
for k in d:
    print('child' if child else 'parent', k, flush=True)
    if k == 'b' and not child:
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:
            child = True
            print('child: generator', list(g), 'set items left', len(list(it)), flush=True)
        else:
            os.waitpid(pid, 0)
if child:
    os._exit(0)
print('parent: generator', list(g), 'set items left', len(list(it)))
