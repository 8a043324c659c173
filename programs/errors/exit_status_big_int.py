# sys.exit with an int too big for a C long exits with status 255, silently, as CPython does.
import sys
print("exiting")
sys.exit(2**100)
