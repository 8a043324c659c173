# TypeError: f() takes 2 positional arguments but 3 were given.
def pair(a, b):
    return (a, b)

def build():
    return pair(1, 2, 3)

print(pair(1, 2))
print(build())
