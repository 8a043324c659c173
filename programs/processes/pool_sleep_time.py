# Five one-second sleeps in a Pool: a sleeping process needs no core, so
# Pool(5) finishes in about 1 s however many cores there are; Pool(2) runs
# them in three rounds, about 3 s.
import time
from multiprocessing import Pool

def nap(i):
    time.sleep(1)
    return i

if __name__ == '__main__':
    for n in (5, 2):
        start = time.time()
        with Pool(n) as p:
            print(p.map(nap, range(5)))
        print('Pool(%d): about %d s' % (n, round(time.time() - start)))
