# TypeError: can only concatenate str (not "int") to str.
def label(name, count):
    return name + ": " + count

def show(rows):
    for name, count in rows:
        print(label(name, count))

show([("apples", "3"), ("pears", 4)])
