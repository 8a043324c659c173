# AttributeError: 'Foo' object has no attribute 'bar'.
class Foo:
    def __init__(self):
        self.size = 1

def use(obj):
    return obj.bar

f = Foo()
print(f.size)
print(use(f))
