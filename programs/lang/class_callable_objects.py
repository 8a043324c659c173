# __call__ makes instances callable.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n
add5 = Adder(5)
print(add5(10), callable(add5), callable(Adder), callable(5))
print(list(map(add5, [1, 2, 3])))
class Memo:
    def __init__(self, func):
        self.func = func
        self.cache = {}
    def __call__(self, *args):
        if args not in self.cache:
            self.cache[args] = self.func(*args)
        return self.cache[args]
@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(fib.cache))
class Greeter:
    def __call__(self, *names, greeting="Hello"):
        return [f"{greeting} {n}" for n in names]
g = Greeter()
print(g("a", "b", greeting="Hi"))
print(type(fib).__name__)
