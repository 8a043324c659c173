# The classic manager gotcha: d['k'] returns a copy of the list the server
# holds, so appending to it changes only that copy. Reassigning the key sends
# the new list back to the server.
import multiprocessing as mp


def child(d):
    d['items'].append('from child')      # lost
    items = d['items']
    items.append('from child, reassigned')
    d['items'] = items                   # kept


if __name__ == '__main__':
    with mp.Manager() as manager:
        d = manager.dict()
        d['items'] = []
        d['items'].append(1)
        print(d['items'])
        items = d['items']
        items.append(1)
        print(d['items'], items)
        d['items'] = items
        print(d['items'])
        p = mp.Process(target=child, args=(d,))
        p.start()
        p.join()
        print(d)
        # A value read twice is two copies.
        print(d['items'] is d['items'], d['items'] == d['items'])
        # The object put in is copied too.
        mine = {'n': 1}
        d['obj'] = mine
        mine['n'] = 2
        print(d['obj'], mine)
        l = manager.list([[0], [0]])
        l[0].append(1)
        print(l)
        # A proxy inside a managed container keeps pointing at the server's object.
        inner = manager.list()
        d['inner'] = inner
        d['inner'].append('shared')
        print(inner, d['inner'])
