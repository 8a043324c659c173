# A Pipe's reader sees EOFError once every copy of the write end is closed:
# the parent's own copy (inherited by fork) and the child's, closed when it exits.
from multiprocessing import Process, Pipe
import time

def child(conn, n):
    time.sleep(0.2)
    for i in range(n):
        conn.send(i)
    conn.close()

if __name__ == '__main__':
    parent_conn, child_conn = Pipe()
    p = Process(target=child, args=(child_conn, 3))
    p.start()
    child_conn.close()          # the parent's copy of the child's end
    got = []
    while True:
        try:
            got.append(parent_conn.recv())
        except EOFError:
            print('EOFError once every copy of the other end is closed')
            break
    print(got)
    p.join()
    r, w = Pipe(duplex=False)
    q = Process(target=child, args=(w, 1))
    q.start()
    w.close()
    print(r.recv(), r.poll(5))
    try:
        r.recv()
    except EOFError:
        print('EOFError after the writer exited')
    q.join()
