# Output printed before the crash appears on stdout; the traceback on stderr.
import sys
print("line 1")
print("warning", file=sys.stderr)
print("line 2")
values = [1, 2]
print(values[5])
print("never printed")
