# Several processes fill a dict and a list that a Manager's server process
# holds; the parent sees every change once the workers are done.
import multiprocessing as mp


def worker(n, d, l):
    d[n] = n * n
    l.append(n)
    d.setdefault('visits', 0)


if __name__ == '__main__':
    with mp.Manager() as manager:
        d = manager.dict()
        l = manager.list()
        procs = [mp.Process(target=worker, args=(i, d, l)) for i in range(5)]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        print(sorted(d.items(), key=str))
        print(sorted(l), len(l))
        print(len(d), 3 in d, 7 in d, d.get(4), d.get(9, 'none'))
        # Methods, slices, and what they return (copies, not proxies).
        l.sort()
        print(l, l[1:3], l[-1], type(l[1:3]).__name__)
        l[0:2] = ['a', 'b', 'c']
        del l[-1]
        l += [10, 11]
        l.insert(0, 'first')
        l.extend(range(2))
        print(l, l.count(0), l.index('c'), l.pop(), l.pop(0))
        l.remove('a')
        l.reverse()
        print(l, list(l), [x for x in l][:2], 'c' in l)
        print(l + ['x'], type(l + ['x']).__name__, l * 0)
        keys = d.keys()
        print(type(keys).__name__, sorted(keys, key=str), sorted(d.values()), sorted(d, key=str))
        c = d.copy()
        print(type(c).__name__, len(c))
        d.update({'a': 1}, b=2)
        print(d.pop('a'), d.pop('zz', 'default'), d.popitem())
        d.clear()
        print(d, len(d), bool(d), bool(l))
        print(str(d), str(l))
        print(manager.dict({'x': 1}, y=2), manager.list('abc'), manager.list(range(3)))
