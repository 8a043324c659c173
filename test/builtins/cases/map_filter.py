# map and filter, including laziness over infinite generators
def naturals():
    n = 0
    while True:
        yield n
        n += 1
squares = map(lambda x: x * x, naturals())
print(next(squares), next(squares), next(squares), next(squares))
evens = filter(lambda x: x % 2 == 0, naturals())
print([next(evens) for _ in range(4)])
pairs = zip(naturals(), "abc")
print(list(pairs))
numbered = enumerate(map(str, naturals()), 1)
print(next(numbered), next(numbered))
def noisy(x):
    print("  calling noisy", x)
    return -x
m = map(noisy, [1, 2, 3])
print("created")
print("got", next(m))
print("got", next(m))
print(list(map(str, [1, 2, 3])), list(map(pow, [2, 3], [5, 2, 9])), list(map(lambda *a: a, "ab", "cd", "ef")))
print(list(map(len, ["", "ab"])), list(map(int, "123")), list(map(abs, [])))
m = map(abs, [-1])
print(iter(m) is m, type(m).__name__, repr(m).startswith("<map object at 0x"), isinstance(m, map), list(m), list(m))
print(list(filter(None, [0, 1, "", "x", None, [], [0], 0.0, 2.5])), list(filter(str.isdigit, "a1b2")))
print(list(filter(bool, [0, 3])), list(filter(lambda x: x > 1, range(5))))
f = filter(None, [])
print(iter(f) is f, type(f).__name__, repr(f).startswith("<filter object at 0x"), isinstance(f, filter))
class Words:
    def __init__(self, *ws):
        self.ws = ws
    def __iter__(self):
        return iter(self.ws)
print(list(map(str.upper, Words("a", "b"))), list(filter(lambda w: w != "b", Words("a", "b", "c"))))
