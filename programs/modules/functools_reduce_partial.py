# functools.reduce and functools.partial.
from functools import reduce, partial
import functools
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(lambda a, b: a * b, range(1, 11)))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []))
print(reduce(max, [3, 9, 2]), reduce(lambda a, b: a + b, [], 0))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print("TypeError:", e)
def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
two_to = partial(power, 2)
print(square(5), two_to(10), square(base=3))
print(square.func is power, square.args, square.keywords, two_to.args)
int_base2 = partial(int, base=2)
print(int_base2("1010"), int_base2("111"))
greet = functools.partial(print, "Hello", sep=", ")
greet("world")
print(list(map(partial(power, exp=3), [1, 2, 3])))
