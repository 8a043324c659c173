# sys.exit('message'): message printed to stderr, exit code 1.
import sys

def fail(reason):
    print("about to fail")
    sys.exit("fatal: " + reason)

fail("config missing")
