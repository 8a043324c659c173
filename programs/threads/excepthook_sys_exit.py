# A threading.excepthook that calls sys.exit() just ends the thread, silently, as in CPython (only an Exception from the hook is reported).
import threading, sys
def hook(args):
    print('hook', args.exc_type.__name__)
    sys.exit(5)
threading.excepthook = hook
t = threading.Thread(target=lambda: 1/0)
t.start(); t.join()
print('after')
