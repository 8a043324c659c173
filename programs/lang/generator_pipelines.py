# Chaining generators into lazy pipelines.
def numbers(n):
    for i in range(n):
        print(f"  produce {i}")
        yield i
def squares(it):
    for x in it:
        yield x * x
def only_even(it):
    for x in it:
        if x % 2 == 0:
            yield x
pipeline = only_even(squares(numbers(5)))
print("pipeline built")
for value in pipeline:
    print("consume", value)
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
def integers():
    i = 1
    while True:
        yield i
        i += 1
print(list(take(5, squares(integers()))))
words = ["alpha", "beta", "gamma", "delta"]
lengths = (len(w) for w in words)
long_ones = (n for n in lengths if n > 4)
print(sum(long_ones))
def running_total(it):
    total = 0
    for x in it:
        total += x
        yield total
print(list(running_total(range(1, 6))))
def chunk(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf
print(list(chunk(range(7), 3)))
