# io.StringIO and capturing output: print(file=...), redirect_stdout and
# redirect_stderr, and print() following a replaced sys.stdout.
import io
import sys
from contextlib import redirect_stdout, redirect_stderr

buf = io.StringIO()
buf.write('hello\n')
print('world', 42, file=buf)
print(repr(buf.getvalue()), buf.tell())
buf.seek(0)
print(repr(buf.readline()), repr(buf.read()), buf.read())
buf.seek(0)
print(buf.readlines(), list(io.StringIO('a\nb\nc')))
s = io.StringIO('initial text')
print(s.read(7), s.tell(), repr(s.read()), s.getvalue())
s.seek(0)
s.write('INIT')
print(s.getvalue())
s.truncate(4)
print(repr(s.getvalue()), s.closed)
s.close()
print(s.closed)
try:
    s.write('x')
except ValueError as e:
    print('ValueError:', e)

out = io.StringIO()
with redirect_stdout(out):
    print('captured', 1)
    print('twice')
print('back', repr(out.getvalue()))
err = io.StringIO()
with redirect_stderr(err):
    print('to err', file=sys.stderr)
print(repr(err.getvalue()))
old = sys.stdout
sys.stdout = io.StringIO()
print('hidden')
captured = sys.stdout.getvalue()
sys.stdout = old
print('restored', repr(captured))
with io.StringIO() as f:
    f.write('abc')
    print(f.getvalue())
print(io.StringIO('x\ny\n').read().splitlines())
