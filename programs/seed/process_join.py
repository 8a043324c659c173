# cpython: skip (pids: pygil's first process is 1000 and children count up)
import os
from multiprocessing import Process
def run(name):
    print('子进程%s'%name,os.getpid())
if __name__ == '__main__':
    print('主进程 %s'%os.getpid())
    p = Process(target=run,args=('run',))
    p.start()
    p.join()
    print('子进程结束')
