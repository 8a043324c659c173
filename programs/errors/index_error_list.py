# IndexError: list index out of range.
def item_at(lst, n):
    return lst[n]

def walk(lst):
    for n in range(len(lst) + 1):
        print(item_at(lst, n))

walk([10, 20, 30])
