# Uncaught ZeroDivisionError from float division.
def ratio(a, b):
    return a / b

def scale(values, total):
    return [ratio(v, total) for v in values]

print(scale([1.0, 2.0], 4.0))
print(scale([1.0], 0.0))
