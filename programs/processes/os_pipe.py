# os.pipe() between a parent and its forked child: the child writes lines,
# the parent reads until the end of input (every write end closed), and
# writes and reads that cannot happen raise as in CPython.
import os, sys
r, w = os.pipe()
print(r, w)
pid = os.fork()
if pid == 0:
    os.close(r)
    for i in range(3):
        os.write(w, f"line {i}\n".encode())
    os.close(w)
    os._exit(0)
os.close(w)
data = b""
while True:
    chunk = os.read(r, 4)
    if not chunk:
        break
    data += chunk
print(data.decode(), end="")
os.close(r)
_, status = os.waitpid(pid, 0)
print("child exit", os.WEXITSTATUS(status))
r2, w2 = os.pipe()
os.close(r2)
try:
    os.write(w2, b"x")
except BrokenPipeError as e:
    print(type(e).__name__, e)
try:
    os.close(99)
except OSError as e:
    print(e)
try:
    os.read(w2, 1)
except OSError as e:
    print(e)
try:
    os.read(r2, -1)
except OSError as e:
    print('negative count:', e)
os.write(1, b"raw write\n")
print("buffered print")
sys.stdout.flush()
os.write(1, b"after flush\n")
print(os.pipe())
