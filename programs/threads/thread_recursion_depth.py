# How deep a function can recurse before RecursionError, in the main thread
# and in a new thread (whose bootstrap frames count, as in CPython).
import concurrent.futures
import threading


def probe(n=0):
    try:
        return probe(n + 1)
    except RecursionError:
        return n


print('main', probe())
out = []
t = threading.Thread(target=lambda: out.append(probe()))
t.start()
t.join()
print('thread', out)
with concurrent.futures.ThreadPoolExecutor(1) as ex:
    print('pool', ex.submit(probe).result())
