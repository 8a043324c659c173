# Sending into a pipe whose read end every process has closed raises BrokenPipeError, as writing to a closed pipe does.
import multiprocessing as mp
import os


def child(conn, other):
    other.close()
    print('child got', conn.recv())
    conn.close()


if __name__ == '__main__':
    a, b = mp.Pipe()
    b.close()
    for send in (lambda: a.send('x'), lambda: a.send_bytes(b'x')):
        try:
            send()
        except BrokenPipeError as e:
            print('BrokenPipeError', e.errno, e)
    parent_end, child_end = mp.Pipe()
    p = mp.Process(target=child, args=(child_end, parent_end))
    p.start()
    child_end.close()
    parent_end.send('hello')
    p.join()
    try:
        parent_end.send('again')
    except BrokenPipeError as e:
        print('after the child closed its end and exited:', e)
    r, w = mp.Pipe(duplex=False)
    r.close()
    try:
        w.send(1)
    except BrokenPipeError as e:
        print('one-way:', e)
