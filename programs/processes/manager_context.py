# A Manager is a server process: a child of this one, named SyncManager-N,
# listed by active_children(), shut down at the end of a with block.
import multiprocessing as mp
import os


def show(x):
    return x.split(' at 0x')[0] + ' at 0x...>'


def child(d):
    d['child saw'] = mp.current_process().name


if __name__ == '__main__':
    with mp.Manager() as manager:
        proc = manager._process
        print(type(manager).__name__, type(manager).__module__)
        print(proc.name, proc.is_alive(), proc.daemon, proc.pid != os.getpid())
        print([p.name for p in mp.active_children()])
        d = manager.dict()
        print(show(repr(d)), d, show(repr(manager.list())), show(repr(manager.Lock())))
        print(show(repr(manager.Queue())), show(repr(manager.Value('i', 1))), manager.Value('i', 1))
        p = mp.Process(target=child, args=(d,))
        p.start()
        print(p.name)
        p.join()
        print(d)
    print(proc.is_alive(), proc.exitcode, mp.active_children())
    m2 = mp.Manager()
    print(m2._process.name)
    from multiprocessing import managers
    print(isinstance(m2, managers.SyncManager), isinstance(m2, managers.BaseManager))
    print(isinstance(m2.dict(), managers.DictProxy), isinstance(m2.list(), managers.ListProxy),
          isinstance(m2.Value('i', 0), managers.ValueProxy), isinstance(m2.Namespace(), managers.BaseProxy))
    print(managers.Namespace(b=2, a=1), managers.Value('i', 5))
    print([p.name for p in mp.active_children()])
    # m2 is shut down when the program ends.
