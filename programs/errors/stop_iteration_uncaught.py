# Uncaught StopIteration from next() on an exhausted iterator.
def take_two(it):
    return next(it), next(it)

numbers = iter([1, 2, 3])
print(take_two(numbers))
print(take_two(numbers))
