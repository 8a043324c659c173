# TypeError: f() missing 1 required positional argument.
def area(width, height):
    return width * height

def describe(shape):
    return f"area = {area(shape)}"

print(area(2, 3))
print(describe(4))
