# AttributeError on None returned by a function that forgot to return.
def find(items, target):
    for item in items:
        if item == target:
            return item

def shout(items, target):
    return find(items, target).upper()

print(shout(["a", "b"], "a"))
print(shout(["a", "b"], "z"))
