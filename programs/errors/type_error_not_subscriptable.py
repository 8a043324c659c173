# TypeError: 'int' object is not subscriptable.
def first(seq):
    return seq[0]

def firsts(items):
    return [first(x) for x in items]

print(firsts(["abc", [1, 2]]))
print(firsts(["abc", 5]))
