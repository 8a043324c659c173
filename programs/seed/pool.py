# cpython: skip (pids and the order in which the pool's workers start)
import os,time
from multiprocessing import Pool

def run(name):
    print('子进程%s'%name,os.getpid())
    time.sleep(1)

if __name__ == '__main__':
    print('主进程 %s'%os.getpid())
    p = Pool(5)
    for i in range(5):
        p.apply_async(run,args=(i,))
    print('Waiting for all subprocesses done...')
    p.close()
    p.join()
    print('结束')
