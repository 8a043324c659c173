# return: implicit None, multiple values, early return.
def nothing():
    pass
def bare():
    return
def multi():
    return 1, "two", [3]
def early(n):
    for i in range(n):
        if i * i > n:
            return i
    return -1
print(nothing(), bare())
print(multi())
a, b, c = multi()
print(a, b, c)
print(early(10), early(0))
def nested_return(x):
    if x:
        if x > 5:
            return "big"
        return "small"
print(nested_return(10), nested_return(1), nested_return(0))
def returns_function():
    def inner():
        return "inner"
    return inner
print(returns_function()())
def loop_return():
    while True:
        return "from loop"
print(loop_return())
