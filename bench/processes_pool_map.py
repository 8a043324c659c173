# Pool(4).map over 10,000 items: task and result messages copied between
# processes, results kept in order.
from multiprocessing import Pool

def work(x):
    return x * x + 1

if __name__ == '__main__':
    with Pool(4) as pool:
        r = pool.map(work, range(10000))
    print(len(r), sum(r))
