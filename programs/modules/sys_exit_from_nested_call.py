# sys.exit(n) from nested calls ends the program with that code; except Exception does not catch it.
import sys
def inner():
    sys.exit(7)
def outer():
    try:
        inner()
    except Exception:
        print("not caught here")
print("calling")
outer()
print("not reached")
