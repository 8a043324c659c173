# The traceback module: print_exc/format_exc for the exception being handled,
# format_exception and friends for an exception object, format_tb/print_tb.
import sys
import traceback


def level3(x):
    return 10 / x


def level2(x):
    return level3(x) + 1


def level1(x):
    return level2(x) * 2


try:
    level1(0)
except ZeroDivisionError:
    traceback.print_exc(file=sys.stdout)
    text = traceback.format_exc()
    print(text.splitlines()[-1])
    print(traceback.format_exc(limit=1))
    print(traceback.format_exc(limit=-1))

print(repr(traceback.format_exc()))

try:
    try:
        {}['missing']
    except KeyError as e:
        raise ValueError('while looking up') from e
except ValueError as e:
    parts = traceback.format_exception(e)
    print(len(parts), parts[0], parts[-1], end='')
    print(''.join(traceback.format_exception(e, chain=False)), end='')
    print(traceback.format_exception_only(e))
    print(traceback.format_exception_only(type(e), e))
    traceback.print_exception(e, file=sys.stdout)
    traceback.print_exception(type(e), e, e.__traceback__, file=sys.stdout, chain=False)
    print(traceback.format_tb(e.__traceback__))
    traceback.print_tb(e.__traceback__, file=sys.stdout)

err = RuntimeError('never raised')
print(traceback.format_exception(err))
e = ValueError('with note')
e.add_note('a note')
print(traceback.format_exception_only(e))


def worker():
    try:
        [][1]
    except IndexError:
        print('caught in worker:', traceback.format_exc().splitlines()[-1])


import threading
t = threading.Thread(target=worker)
t.start()
t.join()
traceback.print_exc(file=sys.stdout)
