# next() of an iterator that reads a generator (enumerate, map, zip,
# filter): the generator runs for it; next(gen, default) gives the default
# once the generator has ended. (next(enumerate(map(str, gen))) as the
# program's first next() was a pygil internal error.)
def naturals():
    n = 0
    while True:
        yield n
        n += 1


numbered = enumerate(map(str, naturals()), 1)
print(next(numbered), next(numbered))
pairs = zip(naturals(), 'ab')
print(next(pairs), next(pairs), next(pairs, 'done'))
odd = filter(lambda x: x % 2, naturals())
print(next(odd), next(odd))


def two():
    yield 1
    yield 2
    return 'finished'


g = two()
print(next(g, None), next(g, None), next(g, None), next(g, 'again'))
g = two()
print(next(map(lambda x: x * 10, g)), list(g))
