# A manager's Namespace: attributes set in one process are seen in the others.
import multiprocessing as mp


def child(ns, event):
    ns.result = ns.x * 10
    ns.names = ns.names + ['child']
    event.set()


if __name__ == '__main__':
    manager = mp.Manager()
    ns = manager.Namespace(x=4, _hidden=1)
    ns.names = ['parent']
    print(ns)
    event = manager.Event()
    print(event.is_set())
    p = mp.Process(target=child, args=(ns, event))
    p.start()
    print(event.wait(5))
    p.join()
    print(ns.result, ns.names, ns)
    del ns.result
    try:
        ns.result
    except AttributeError as e:
        print('AttributeError:', e)
    print(ns._hidden if hasattr(ns, '_hidden') else 'no _hidden on the proxy')
    ns.y = [1, 2]
    ns.y.append(3)   # a copy: lost
    print(ns.y, ns)
    print(type(ns).__name__, type(event).__name__)
    manager.shutdown()
