# After a fork each process has its own globals: the same function, run in
# the parent and in the child, reads and writes its own process's copy.
import os

counter = 0


def bump(n):
    global counter
    counter += n
    return counter


bump(1)
pid = os.fork()
if pid == 0:
    print('child', bump(10), bump(10))
    os._exit(0)
os.waitpid(pid, 0)
print('parent', bump(100), counter)
pid = os.fork()
if pid == 0:
    print('child 2', bump(1000), counter)
    os._exit(0)
os.waitpid(pid, 0)
print('parent again', bump(1), counter)
