import time,threading
def run():
    print('子线程 %s 开始。' % threading.current_thread().name)
    print('等两秒.....')
    time.sleep(2)
    print('子线程结束。')

print('主线程 %s'% threading.current_thread().name)
t = threading.Thread(target=run,name='child thread')
t.start()
t.join()
print('主线程结束。')
