# cpython: skip (pids)
from multiprocessing import Process,Queue
import os,time
def write(q):
    print('Process write.....')
    for i in ['A','B','C','D']:
        print('Process %s put %s into queue.'%(os.getpid(),i))
        q.put(i)
        time.sleep(1)
def read(q):
    print('Process read.....')
    while True:
        value = q.get(True)
        print('Process %s get %s from queue.'%(os.getpid(),value))

if __name__ == '__main__':
    q = Queue()
    w = Process(target=write,args=(q,))
    r = Process(target=read,args=(q,))
    w.start()
    r.start()
    w.join()
    #将死循环强制终止
    r.terminate()
