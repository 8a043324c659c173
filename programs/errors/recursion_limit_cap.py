# cpython: skip (CPython lets the recursion go on until the machine's memory or stack gives out)
# sys.setrecursionlimit may be set very high, but pygil stops a thread at a
# depth of 1,000,000 frames with RecursionError rather than exhausting the
# host's memory.
import sys
sys.setrecursionlimit(10**8)
print(sys.getrecursionlimit())


def down(n):
    return down(n + 1)


try:
    down(0)
except RecursionError as e:
    print('RecursionError:', e)
