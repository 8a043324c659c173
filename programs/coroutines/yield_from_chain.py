# A `yield from` delegation chain returning values: each level delegates to
# the next, values sent by the driver reach the innermost generator, and
# each level's return value becomes the value of its `yield from`.

def averager(name):
    total = count = 0
    while True:
        value = yield
        if value is None:
            break
        total += value
        count += 1
    print(f'  {name}: {count} values')
    return total / count if count else 0.0

def grouper(results, key):
    while True:
        results[key] = yield from averager(key)
        return key

def report(data):
    results = {}
    for key, values in data.items():
        g = grouper(results, key)
        next(g)                       # prime: runs down to averager's first yield
        for v in values:
            g.send(v)                 # goes straight through grouper to averager
        try:
            g.send(None)              # averager returns; grouper returns too
        except StopIteration as stop:
            print('grouper returned', stop.value)
    for key in sorted(results):
        print(f'{key:>8}: {results[key]:.2f}')

data = {
    'girls;kg': [40.9, 38.5, 44.3, 42.2, 45.2, 41.7, 44.5, 38.0, 40.6, 44.5],
    'boys;m': [1.38, 1.5, 1.32, 1.25, 1.37, 1.48, 1.25, 1.49, 1.46, 1.44],
}
report(data)

def chain(*levels):
    if not levels:
        got = yield 'bottom'
        return [got]
    below = yield from chain(*levels[1:])
    return [levels[0]] + below

c = chain('a', 'b', 'c')
print(next(c))
try:
    c.send('sent')
except StopIteration as stop:
    print(stop.value)
