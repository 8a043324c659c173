# SystemExit runs finally blocks and can be caught.
import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit with code", e.code)
try:
    print("exiting")
    sys.exit(2)
finally:
    print("finally still runs")
