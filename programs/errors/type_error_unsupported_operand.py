# TypeError: unsupported operand type(s) for +: 'int' and 'str'.
def add_all(items):
    result = 0
    for item in items:
        result = result + item
    return result

print(add_all([1, 2, 3]))
print(add_all([1, "2", 3]))
