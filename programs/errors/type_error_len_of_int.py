# TypeError from a builtin: object of type 'int' has no len().
def sizes(items):
    return [len(x) for x in items]

print(sizes(["ab", [1, 2, 3]]))
print(sizes(["ab", 7]))
