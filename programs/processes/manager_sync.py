# Synchronisation objects held by a manager, used from several processes:
# Condition, Semaphore, Barrier, Event.
import multiprocessing as mp


def waiter(cond, state, log):
    with cond:
        while not state.value:
            cond.wait()
        log.append('woke')


def limited(sem, inside, peak, lock):
    with sem:
        with lock:
            inside.value += 1
            peak.value = max(peak.value, inside.value)
        import time
        time.sleep(0.01)
        with lock:
            inside.value -= 1


def at_barrier(barrier, log):
    log.append('before')
    barrier.wait()
    log.append('after')


if __name__ == '__main__':
    with mp.Manager() as m:
        cond = m.Condition()
        state = m.Value('b', 0)
        log = m.list()
        ps = [mp.Process(target=waiter, args=(cond, state, log)) for _ in range(3)]
        for p in ps:
            p.start()
        import time
        time.sleep(0.1)
        with cond:
            state.value = 1
            cond.notify_all()
        for p in ps:
            p.join()
        print(list(log))

        sem = m.Semaphore(2)
        inside, peak, lock = m.Value('i', 0), m.Value('i', 0), m.Lock()
        ps = [mp.Process(target=limited, args=(sem, inside, peak, lock)) for _ in range(5)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print('peak', peak.value, 'inside', inside.value)

        barrier = m.Barrier(3)
        print(barrier.parties, barrier.n_waiting, barrier.broken)
        log = m.list()
        ps = [mp.Process(target=at_barrier, args=(barrier, log)) for _ in range(3)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print(list(log))

        ev = m.Event()
        print(ev.wait(0.01), ev.is_set())
        ev.set()
        print(ev.wait(), ev.is_set())
        ev.clear()
        print(ev.is_set())
