# Views of the globals dict (items, values, module attributes) see every
# assignment, also ones made while iterating over them.
k = v = None
a = 1
b = 2
c = 3
for k, v in globals().items():
    if k in ('a', 'b', 'c'):
        print(k, v)
        a = b = c = v * 10
print(a, b, c)
vals = globals().values()
a = 'A'
print([x for x in vals if x == 'A'])
import sys
m = sys.modules[__name__]
a = 'via module'
print(m.a, getattr(m, 'a'), vars(m)['a'], 'a' in dir(m))
def f():
    global b
    b = 'from f'
f()
print(m.b, globals()['b'], list(globals()).index('b') < list(globals()).index('c'))
