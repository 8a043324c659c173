# sys.exit(3): exit code 3, no traceback.
import sys

def main():
    print("doing work")
    sys.exit(3)
    print("not reached")

main()
