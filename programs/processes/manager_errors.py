# Errors through proxies: the server's exception is raised in the caller.
# After shutdown a proxy's connection is broken.
import multiprocessing as mp
import threading
from multiprocessing.managers import SyncManager, RemoteError

if __name__ == '__main__':
    manager = SyncManager()
    try:
        manager.dict()
    except AssertionError as e:
        print('AssertionError:', e)
    print(hasattr(manager, '_process'))
    manager.start()
    try:
        manager.start()
    except mp.ProcessError as e:
        print(type(e).__name__, e)
    d = manager.dict(a=1)
    l = manager.list([1, 2])
    try:
        d['missing']
    except KeyError as e:
        print('KeyError', repr(e))
    try:
        del d['missing']
    except KeyError as e:
        print('KeyError', repr(e))
    try:
        l[5]
    except IndexError as e:
        print('IndexError:', e)
    try:
        l.remove(99)
    except ValueError as e:
        print('ValueError:', e)
    try:
        l.index(99)
    except ValueError as e:
        print('ValueError:', e)
    try:
        d.nosuchmethod()
    except AttributeError as e:
        print('AttributeError:', e)
    try:
        manager.Array('i', 3)
    except RemoteError as e:
        print('RemoteError', 'TypeError' in str(e))
    try:
        l.sort(key=lambda x: -x)
    except Exception as e:
        print(type(e).__name__, str(e).startswith("Can't pickle <function <lambda>"))
    try:
        d.pop('nothing')
    except KeyError as e:
        print('KeyError', repr(e))
    print(d, l)
    manager.shutdown()
    manager.shutdown()
    print(manager._process.is_alive(), manager._process.exitcode)
    for action in (lambda: d['a'], lambda: l.append(3), lambda: len(d)):
        try:
            action()
        except Exception as e:
            print(type(e).__name__, e)
    # str() of a proxy whose server is gone falls back on its repr.
    print(str(d).split(' at 0x')[0], str(d).endswith("; '__str__()' failed>"))

    def other_thread():
        try:
            d['a']
        except Exception as e:
            print('new thread:', type(e).__name__, e)

    t = threading.Thread(target=other_thread)
    t.start()
    t.join()
    try:
        manager.dict()
    except AssertionError as e:
        print('AssertionError:', e)
    try:
        manager.start()
    except mp.ProcessError as e:
        print(type(e).__name__, e)
    try:
        with manager:
            pass
    except mp.ProcessError as e:
        print(type(e).__name__, e)
