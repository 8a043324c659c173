# wait() with each return_when, and as_completed(): futures come back as
# they finish (the finished ones first), each once; both honour a timeout.
# The sleeps are far apart, so the order is the same on every run.
import concurrent.futures as cf
from concurrent.futures import FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, wait, as_completed
import time


def nap(t, fail=False):
    time.sleep(t)
    if fail:
        raise ValueError('failed after %s' % t)
    return t


def results(fs):
    return sorted(f.result() for f in fs if f.exception() is None)


with cf.ThreadPoolExecutor(max_workers=4) as ex:
    fs = [ex.submit(nap, t) for t in (0.3, 0.1, 0.5)]
    done, not_done = wait(fs, return_when=FIRST_COMPLETED)
    print('FIRST_COMPLETED:', results(done), len(not_done))
    r = wait(fs)
    print(type(r).__name__, results(r.done), r.not_done)

    fs = [ex.submit(nap, 0.2, True), ex.submit(nap, 0.1), ex.submit(nap, 0.6)]
    done, not_done = wait(fs, return_when=FIRST_EXCEPTION)
    print('FIRST_EXCEPTION:', len(done), results(done), len(not_done))
    print([repr(f.exception()) for f in done if f.exception()])
    wait(fs)

    # Already finished: wait returns at once (even FIRST_EXCEPTION, when one failed).
    print(len(wait(fs, return_when=FIRST_EXCEPTION).done), len(wait(fs, return_when=FIRST_COMPLETED).done))

    fs = [ex.submit(nap, t) for t in (0.1, 0.9)]
    done, not_done = wait(fs, timeout=0.3)
    print('timeout:', results(done), len(not_done))
    wait(fs)

    try:
        wait(fs, return_when='SOMETIMES')
    except ValueError as e:
        print('ValueError:', e)
    try:
        wait([ex.submit(nap, 0.1)], return_when='SOMETIMES')
    except ValueError as e:
        print('ValueError:', e)

    # as_completed: in completion order; finished futures come first.
    early = ex.submit(nap, 0)
    time.sleep(0.05)
    fs = [ex.submit(nap, t) for t in (0.4, 0.2, 0.3)]
    for f in as_completed(fs + [early, fs[0]]):
        print('as_completed:', f.result())
    print(sorted(f.result() for f in as_completed(fs)))

    fs = [ex.submit(nap, t) for t in (0.1, 0.2, 0.8)]
    got = []
    try:
        for f in as_completed(fs, timeout=0.5):
            got.append(f.result())
    except TimeoutError as e:
        print('TimeoutError:', e, got)
    # Gathered by a builtin rather than a for loop.
    fs = [ex.submit(nap, t) for t in (0.3, 0.1, 0.2)]
    print([f.result() for f in list(as_completed(fs))])
    fs = [ex.submit(nap, t) for t in (0.3, 0.1, 0.8)]
    it = as_completed(fs, timeout=0.5)
    try:
        print(next(it).result(), next(it).result())
        next(it)
    except TimeoutError as e:
        print('TimeoutError:', e)
