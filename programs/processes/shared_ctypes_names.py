# multiprocessing.Value and Array as CPython shows them: a Synchronized
# wrapper around a ctypes value (c_int, c_double ...), or the bare ctypes
# object with lock=False, which has no get_lock().
import multiprocessing as mp

if __name__ == '__main__':
    v = mp.Value('i', 0)
    r = mp.Value('i', 5, lock=False)
    d = mp.Value('d', 1.5)
    a = mp.Array('i', 3)
    ra = mp.Array('d', [1.0, 2.0], lock=False)
    print(type(v).__name__, type(r).__name__, type(d).__name__, type(a).__name__, type(ra).__name__)
    print(type(v).__module__, type(r).__module__, type(a).__module__, type(ra).__module__)
    print(repr(v), repr(r), repr(d))
    print(v.value, r.value, a[:], len(a), ra[:])
    try:
        r.get_lock()
    except AttributeError as e:
        print('AttributeError:', e)
    with v.get_lock():
        v.value += 1
    print(v.value, type(mp.RawValue('q', 7)).__name__, type(mp.RawArray('b', 4)).__name__)
