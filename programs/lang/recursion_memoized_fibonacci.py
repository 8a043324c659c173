# Recursion: naive and memoised Fibonacci, factorial, deep-ish recursion.
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(15)])
memo = {}
def mfib(n):
    if n in memo:
        return memo[n]
    result = n if n < 2 else mfib(n - 1) + mfib(n - 2)
    memo[n] = result
    return result
print(mfib(100), len(memo))
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(20), fact(25))
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(900))
def fib_default_memo(n, cache={0: 0, 1: 1}):
    if n not in cache:
        cache[n] = fib_default_memo(n - 1) + fib_default_memo(n - 2)
    return cache[n]
print(fib_default_memo(200))
def flatten(x):
    if not isinstance(x, list):
        return [x]
    out = []
    for item in x:
        out.extend(flatten(item))
    return out
print(flatten([1, [2, [3, [4, [5]]]], 6]))
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(10), is_odd(7), is_even(7))
