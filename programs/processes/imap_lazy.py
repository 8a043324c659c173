# A for loop (or a comprehension) over imap() gets each result as it
# arrives, as in CPython: the parent's prints come between the workers'.
# Ordered imap waits for the first item (the slowest here); imap_unordered
# hands out whatever is done. list() and enumerate() get the same values.
import time
from multiprocessing import Pool


def work(x):
    time.sleep(0.1 * x)
    print('worker done', x, flush=True)
    return x * x


if __name__ == '__main__':
    with Pool(3) as p:
        for r in p.imap(work, [3, 1, 2]):
            print('imap got', r, flush=True)
        for r in p.imap_unordered(work, [3, 1, 2]):
            print('imap_unordered got', r, flush=True)
        print([r for r in p.imap(work, [2, 1])])
        print(list(p.imap(work, [1, 2])))
        for i, r in enumerate(p.imap(work, [2, 1])):
            print('enumerate', i, r, flush=True)
