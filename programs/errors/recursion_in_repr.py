# The repr of a list nested deeper than the recursion limit raises
# RecursionError with CPython's words; a list that contains itself does not
# (it shows as [...]).
nested = []
for i in range(2000):
    nested = [nested]
try:
    repr(nested)
except RecursionError as e:
    print('RecursionError:', e)

shallow = []
for i in range(900):
    shallow = [shallow]
print(len(repr(shallow)))


def deeper(n):
    # Python frames count against the same limit.
    if n == 0:
        return len(repr(shallow))
    return deeper(n - 1)


try:
    print(deeper(200))
except RecursionError as e:
    print('RecursionError:', e)

me = [1]
me.append(me)
print(me, {'k': me})
