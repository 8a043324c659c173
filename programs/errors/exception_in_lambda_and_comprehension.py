# Traceback frames for lambdas and comprehensions.
invert = lambda x: 1 / x

def invert_all(values):
    return [invert(v) for v in values]

print(invert_all([1, 2, 4]))
print(invert_all([1, 0]))
