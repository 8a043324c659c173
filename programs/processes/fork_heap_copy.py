# The child's heap is a faithful copy: classes, instances, closures,
# bound methods, cycles and shared references all keep their shape, and
# nothing the child changes reaches the parent.
import os, sys

class Animal:
    kind = 'animal'
    def __init__(self, name):
        self.name = name
        self.friends = []
    def greet(self):
        return 'I am %s the %s' % (self.name, self.kind)

class Dog(Animal):
    kind = 'dog'

def make_counter():
    n = 0
    def count():
        nonlocal n
        n += 1
        return n
    return count

rex = Dog('rex')
rex.friends.append(rex)             # a cycle
pair = (rex, rex)                   # two references to one object
counter = make_counter()
counter()
bark = rex.greet                    # a bound method
table = {('key', 1): rex, frozenset({1, 2}): 'fs'}

sys.stdout.flush()
pid = os.fork()
if pid == 0:
    print('child:', isinstance(rex, Dog), isinstance(rex, Animal), type(rex).__mro__[1] is Animal)
    print('child:', rex.friends[0] is rex, pair[0] is pair[1] is rex, bark() == rex.greet())
    print('child: counter goes on at', counter(), counter())
    print('child:', table[('key', 1)] is rex, table[frozenset({2, 1})])
    Dog.kind = 'wolf'
    rex.name = 'fang'
    print('child:', bark(), flush=True)
    os._exit(0)
os.waitpid(pid, 0)
print('parent:', bark(), 'counter at', counter(), Dog.kind)
