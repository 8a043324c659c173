# Pool: a task or a result that cannot be pickled fails its job (get()
# raises) instead of getting lost; map's chunksize is not checked (below 1
# nothing is sent and every result is None), imap's is; apply's args reach
# the worker as they are. Also Pipe's send_bytes/recv_bytes.
import multiprocessing as mp
import sys

def hide_addresses(s):
    words = s.split(' ')
    for i, w in enumerate(words):
        if w.startswith('0x'):
            words[i] = '0x...' + w.lstrip('0x0123456789abcdef')
    return ' '.join(words)

def attempt(label, f):
    try:
        r = f()
        print(label, 'ok', r)
    except Exception as e:
        # Function reprs carry addresses: hide them.
        print(label, type(e).__name__, hide_addresses(str(e)))
    sys.stdout.flush()

def square(x):
    return x * x

def make_closure(x):
    return lambda: x

anonymous = lambda x: x

if __name__ == '__main__':
    with mp.Pool(2) as pool:
        attempt('unpicklable result:', lambda: pool.apply(make_closure, (1,)))
        attempt('unpicklable in map:', lambda: pool.map(make_closure, [1, 2]))
        attempt('unpicklable argument:', lambda: pool.apply(square, (lambda: 1,)))
        attempt('unpicklable function:', lambda: pool.map(anonymous, [1, 2]))
        attempt('unpicklable in imap:', lambda: list(pool.imap(anonymous, [1, 2])))
        errors = []
        r = pool.apply_async(make_closure, (3,), error_callback=lambda e: errors.append(type(e).__name__))
        r.wait()
        print('error_callback:', errors, r.successful())
        attempt('args not a tuple:', lambda: pool.apply(square, 5))
        attempt('args a list:', lambda: pool.apply(square, [6]))
        attempt('chunksize 0:', lambda: pool.map(square, range(3), chunksize=0))
        attempt('chunksize -1:', lambda: pool.map(square, range(3), chunksize=-1))
        attempt('imap chunksize 0:', lambda: list(pool.imap(square, range(3), 0)))
        attempt('imap chunksize 2:', lambda: list(pool.imap(square, range(3), 2)))
        attempt('still works:', lambda: pool.map(square, range(5)))

    a, b = mp.Pipe()
    attempt('send_bytes(str):', lambda: a.send_bytes('abc'))
    attempt('offset -1:', lambda: a.send_bytes(b'abc', -1))
    attempt('offset 4:', lambda: a.send_bytes(b'abc', 4))
    attempt('size -1:', lambda: a.send_bytes(b'abc', 1, -1))
    attempt('size 3:', lambda: a.send_bytes(b'abc', 1, 3))
    attempt('maxlength -1:', lambda: b.recv_bytes(-1))
    a.send_bytes(b'hello', 1, 3)
    a.send_bytes(bytearray(b'xy'))
    print(b.recv_bytes(), b.recv_bytes(10))
    a.send_bytes(b'too long')
    attempt('maxlength 2:', lambda: b.recv_bytes(2))
    attempt('after a bad length:', b.recv_bytes)
    r, w = mp.Pipe(duplex=False)
    attempt('send_bytes on reader:', lambda: r.send_bytes(b'x'))
    attempt('recv_bytes on writer:', w.recv_bytes)
    w.close()
    attempt('recv_bytes at EOF:', r.recv_bytes)
