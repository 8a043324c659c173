# fork() of a process holding a 100,000-element list (of lists), 20 times:
# the cost of copying a heap. Each child checks its copy and exits.
import os

data = [[i, str(i)] for i in range(100000)]
for _ in range(20):
    pid = os.fork()
    if pid == 0:
        os._exit(0 if len(data) == 100000 and data[-1][1] == '99999' else 1)
    _, status = os.waitpid(pid, 0)
    assert os.WEXITSTATUS(status) == 0
print('forked 20 times')
