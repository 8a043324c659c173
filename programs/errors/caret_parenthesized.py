# The ~~~^^^ markers under a failing binary operation or subscript when an
# operand is in parentheses. The interpreter's printer (sys.excepthook here)
# skips the closing parentheses to find the operator; the traceback module
# (print_exc) judges a one- or two-character operator before skipping them,
# as CPython 3.11's traceback.py does.
import sys
import traceback

total = 10
count = 0
items = [1]
nothing = None


def cases():
    yield lambda: (total + 5) / count
    yield lambda: ((total + 5)) / count
    yield lambda: (total + 5)/count
    yield lambda: (total) // count
    yield lambda: ( total + 5 ) % count
    yield lambda: (nothing)[5]
    yield lambda: ((items))[5]
    yield lambda: items[ (5) ]
    yield lambda: items[ 5 ]
    yield lambda: {}[ 'k' ]
    yield lambda: ( 1 ) + ( nothing )


for f in cases():
    try:
        f()
    except Exception:
        sys.excepthook(*sys.exc_info())
        traceback.print_exc()
print('done')
