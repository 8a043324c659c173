# threading.excepthook: a program's own hook receives the uncaught exception
# of a thread (type, value, traceback, thread) instead of the default report.
import threading

print(threading.excepthook is threading.__excepthook__, threading.ExceptHookArgs)
seen = []


def hook(args):
    seen.append(args.thread.name)
    print(type(args).__name__, args.exc_type.__name__, args.exc_value, args.thread.name, len(args),
          args.thread is workers[0] or args.thread is workers[1], args.exc_traceback is args.exc_value.__traceback__)


threading.excepthook = hook


def fail(n):
    if n % 2:
        raise ValueError(f'odd {n}')
    raise SystemExit(n)  # the hook sees this too (the default one says nothing)


workers = [threading.Thread(target=fail, args=(n,), name=f'W{n}') for n in (1, 2)]
for w in workers:  # one at a time: CPython's real threads would interleave the prints
    w.start()
    w.join()
print(seen)
