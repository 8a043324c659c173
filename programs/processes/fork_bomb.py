# pygil: --max-processes 20
# cpython: skip (the process limit is pygil's --max-processes)
# The simulated OS refuses a fork that would exceed --max-processes, as
# Linux does at its limit: fork() raises BlockingIOError (EAGAIN).
import os, time

children = []
try:
    while True:
        pid = os.fork()
        if pid == 0:
            time.sleep(1)
            os._exit(0)
        children.append(pid)
except BlockingIOError as e:
    print('forked', len(children), 'children, then:', e)
for pid in children:
    os.waitpid(pid, 0)
print('all reaped')

# A real fork bomb: every process forks forever, until the limit stops it.
failures = 0
try:
    while True:
        os.fork()
except BlockingIOError:
    failures += 1
# Every process stays a while, so the table stays full and each one's next fork fails.
time.sleep(1)
if os.getpid() == 1000:
    print('the bomb stopped at the limit')
