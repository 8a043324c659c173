# Method calls with attribute reads and writes on an instance: 4 million
# calls (about 0.2 s of CPython 3.11 time, so the calls are measured rather
# than process start-up).
class Counter:
    def __init__(self):
        self.count = 0
        self.step = 1

    def bump(self):
        self.count += self.step

    def value(self):
        return self.count


c = Counter()
for i in range(2000000):
    c.bump()
    if c.value() % 400000 == 0:
        c.step = c.step + 1
print(c.value(), c.step)
