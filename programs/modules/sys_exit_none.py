# sys.exit() and sys.exit(None) exit with code 0; finally blocks run.
import sys
print("start")
try:
    sys.exit(None)
except SystemExit as e:
    print("code:", e.code, "args:", e.args)
try:
    sys.exit()
except SystemExit as e:
    print("code:", e.code)
try:
    sys.exit("text")
except SystemExit as e:
    print("code:", repr(e.code))
print(issubclass(SystemExit, BaseException), issubclass(SystemExit, Exception))
try:
    sys.exit(0)
finally:
    print("finally before exit")
print("not reached")
