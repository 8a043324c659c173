# Class attributes vs instance attributes.
class Counter:
    count = 0
    shared = []
    def __init__(self, name):
        self.name = name
        Counter.count += 1
        self.shared.append(name)
a = Counter("a")
b = Counter("b")
print(Counter.count, a.count, b.count)
a.count = 100
print(Counter.count, a.count, b.count)
print(Counter.shared, a.shared is b.shared)
del a.count
print(a.count)
print(sorted(vars(a)), "count" in vars(Counter))
Counter.new_attr = "added later"
print(a.new_attr, b.new_attr)
b.new_attr = "shadowed"
print(a.new_attr, b.new_attr, Counter.new_attr)
class Config:
    debug = False
    def enable(self):
        self.debug = True
c1, c2 = Config(), Config()
c1.enable()
print(c1.debug, c2.debug, Config.debug)
print(a.__dict__)
print(getattr(Counter, "count"), hasattr(Counter, "name"))
