# ', '.join(...) over a generator that waits on futures: the generator's
# body blocks in result() while the pool's threads finish the work.
from concurrent.futures import ThreadPoolExecutor
import time


def work(n):
    time.sleep(0.01 * (5 - n))
    return n * n


with ThreadPoolExecutor(max_workers=3) as ex:
    fs = [ex.submit(work, i) for i in range(5)]
    print(', '.join(str(f.result()) for f in fs))
    print(sorted(f.result() for f in fs), sum(f.result() for f in fs))
