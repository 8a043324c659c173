# Generator functions: yield, next, iteration, StopIteration, return value.
def countdown(n):
    print("start")
    while n > 0:
        yield n
        n -= 1
    print("end")
g = countdown(3)
print(type(g).__name__)
print(next(g))
print(next(g))
print(list(g))
print(next(g, "exhausted"))
def gen_with_return():
    yield 1
    return "result"
g = gen_with_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
def pairs(items):
    for i, x in enumerate(items):
        yield i, x
for i, x in pairs("ab"):
    print(i, x)
def lazy():
    print("body runs only on first next")
    yield
g = lazy()
print("created")
print(next(g))
def chained():
    yield from range(2)
    yield from "ab"
print(list(chained()))
print(sum(x for x in countdown(4)))
def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print("generator finally")
for v in gen_finally():
    print(v)
