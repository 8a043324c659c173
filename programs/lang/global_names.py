# Global and builtin names seen by functions and by module-level code after
# every kind of change to the namespaces: rebinding, del, shadowing a builtin,
# writes through globals(), through the module object and through builtins.
import builtins
import sys


def get_len():
    return len


def get_x():
    return x


def show(tag):
    try:
        print(tag, get_x())
    except NameError as e:
        print(tag, 'NameError:', e)


print(get_len() is builtins.len)
len = lambda s: -1
print(get_len()('abc'))
del len
print(get_len()('abc'))

show('unset')
x = 1
show('assigned')
globals()['x'] = 2
show('globals()[]')
globals().update(x=3)
show('update')
sys.modules[__name__].x = 4
show('module attr')
setattr(sys.modules[__name__], 'x', 5)
show('setattr')
globals().pop('x')
show('pop')
globals().setdefault('x', 6)
show('setdefault')
del globals()['x']
show('del item')
x = 7
delattr(sys.modules[__name__], 'x')
show('delattr')
x = 8
del x
show('del')

old_abs = builtins.abs
builtins.abs = lambda v: 'patched'
print(abs(-1), [abs(i) for i in (1, 2)])
builtins.abs = old_abs
print(abs(-1))
del builtins.abs
try:
    abs(-1)
except NameError as e:
    print('NameError:', e)
builtins.abs = old_abs

total = 0
for i in range(5):
    total += i
print(total, i)


def bump():
    global total
    total += 100
    return total


print([bump() for _ in range(3)], total)
g = globals()
for name in ('total', 'i'):
    g[name] = name.upper()
print(total, i, bump.__globals__['total'])
