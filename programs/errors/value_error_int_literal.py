# ValueError: invalid literal for int() with base 10.
def parse(fields):
    return [int(f) for f in fields]

def load(line):
    return parse(line.split(","))

print(load("1,2,3"))
print(load("4,abc,6"))
