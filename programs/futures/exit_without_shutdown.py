# A program that never shuts its executor down still has its queued work
# done before it exits: the workers finish the queue, then the program ends
# (idle workers do not keep it alive).
import concurrent.futures as cf
import threading
import time


def job(n):
    time.sleep(0.1 * n)
    print('job', n, 'done')
    return n


ex = cf.ThreadPoolExecutor(max_workers=2)
ex.submit(job, 1)
ex.submit(job, 2)
ex.submit(job, 3)
idle = cf.ThreadPoolExecutor(max_workers=2)
print(idle.submit(threading.current_thread).result().name)
print('main thread done')
