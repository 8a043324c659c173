# Method calls with attribute reads and writes on an instance.
class Counter:
    def __init__(self):
        self.count = 0
        self.step = 1

    def bump(self):
        self.count += self.step

    def value(self):
        return self.count


c = Counter()
for i in range(500000):
    c.bump()
    if c.value() % 100000 == 0:
        c.step = c.step + 1
print(c.value(), c.step)
